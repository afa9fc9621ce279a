using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ResponsibilityAnalyzers.Tests.Infrastructure;

/// <summary>
/// A copy of the DocumentStore sample (its files depend on each other and on implicit usings) as one in-memory project
/// against SDK v4, and the findings on it that a fixer offers to fix.
/// </summary>
public static class SampleProject
{
    /// <summary>What ImplicitUsings gives a console app (Microsoft.NET.Sdk).</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>The .cs files of <paramref name="folder"/> (not bin/obj); with <paramref name="withConfig"/>, its .editorconfig and .globalconfig too, as the build reads them.</summary>
    public static async Task<Project> LoadAsync(string folder, bool withConfig = false)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "DocumentStore", "DocumentStore", LanguageNames.CSharp,
            filePath: "/sample/DocumentStore.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: await AnalyzerRunner.ReferencesFor(Sdk.V4)));
        project = project.AddDocument("GlobalUsings.g.cs", SourceText.From(ImplicitUsings), filePath: "/sample/GlobalUsings.g.cs").Project;
        var separator = Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace(separator, '/');
            project = project.AddDocument(relative, SourceText.From(File.ReadAllText(file)), filePath: "/sample/" + relative).Project;
        }

        foreach (var config in withConfig ? new[] { ".editorconfig", ".globalconfig" } : Array.Empty<string>())
        {
            if (File.Exists(Path.Combine(folder, config)))
            {
                project = project.AddAnalyzerConfigDocument(config, SourceText.From(File.ReadAllText(Path.Combine(folder, config))), filePath: "/sample/" + config).Project;
            }
        }

        return project;
    }

    /// <summary>Every finding on the project as the build prints its place ("File.cs(19,9): SRM4001", 1-based), and whether a fixer offers a code action for it.</summary>
    public static async Task<ImmutableArray<(string Finding, bool Fixable)>> FindingsAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = (await AnalyzerRunner.RunAsync(compilation, Catalog.Analyzers, project.AnalyzerOptions)).Diagnostics;
        var findings = new List<(string, bool)>();
        foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            var actions = new List<CodeAction>();
            foreach (var fixer in Catalog.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            }

            var start = diagnostic.Location.GetLineSpan().StartLinePosition;
            findings.Add(($"{Path.GetFileName(diagnostic.Location.SourceTree!.FilePath)}({start.Line + 1},{start.Character + 1}): {diagnostic.Id}", actions.Count > 0));
        }

        return findings.ToImmutableArray();
    }
}
