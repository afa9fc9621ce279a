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
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibilityAnalyzers.Tests.Meta;

/// <summary>
/// The DocumentStore sample as one project (its files depend on each other and on implicit usings, so the file-by-file
/// round trip cannot compile them): every fix offered on it, applied to the whole project, leaves code that compiles
/// and removes its diagnostic.
/// </summary>
public class SampleFixTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryFixOfferedOnTheSample_LeavesTheProjectCompiling()
    {
        var project = await SampleProjectAsync();
        var before = (await project.GetCompilationAsync())!;
        Assert.Empty(Errors(before));

        var counts = (await AnalyzeAsync(before)).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        var fixes = 0;
        var fixedIds = new HashSet<string>();
        var titles = new SortedSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var diagnostic in await AnalyzeAsync(before))
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            foreach (var fixer in Catalog.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                foreach (var action in actions)
                {
                    fixes++;
                    fixedIds.Add(diagnostic.Id);
                    titles.Add($"{diagnostic.Id} {action.Title}");
                    var apply = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
                    var after = (await apply.ChangedSolution.GetProject(project.Id)!.GetCompilationAsync())!;
                    var where = $"{Path.GetFileName(diagnostic.Location.SourceTree!.FilePath)}{diagnostic.Location.GetLineSpan().StartLinePosition} {diagnostic.Id} '{action.Title}'";
                    if (Errors(after) is { IsEmpty: false } errors)
                    {
                        failures.Add($"{where}: {string.Join("; ", errors)}");
                    }
                    else if ((await AnalyzeAsync(after)).Count(d => d.Id == diagnostic.Id) >= counts[diagnostic.Id])
                    {
                        failures.Add($"{where}: the diagnostic is still there");
                    }
                }
            }
        }

        output.WriteLine($"fixes applied to the sample: {fixes} ({string.Join(", ", fixedIds.OrderBy(id => id, StringComparer.Ordinal))}), failures: {failures.Count}");
        output.WriteLine("titles:" + Environment.NewLine + string.Join(Environment.NewLine, titles));

        // The sample's table and bucket set-up must keep exercising the two fixes that insert code.
        Assert.Contains("SRM4001", fixedIds);
        Assert.Contains("SRM4004", fixedIds);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static Task<Project> SampleProjectAsync() => SampleProject.LoadAsync(Repository.Path("samples", "DocumentStore"));

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation) =>
        (await AnalyzerRunner.RunAsync(compilation, Catalog.Analyzers)).Diagnostics;

    private static ImmutableArray<string> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToImmutableArray();
}
