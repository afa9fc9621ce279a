using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibilityAnalyzers.Tests.Meta;

/// <summary>
/// Every fixable diagnostic that the test sources and samples produce, fixed with every action offered: the code
/// still parses, gains no compiler error, loses that diagnostic, and changes only the statements the diagnostic
/// points at (its location and additional locations) plus, at most, using directives.
/// </summary>
public class FixRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryOfferedFix_LeavesCodeThatCompiles_AndChangesOnlyWhatItFixes()
    {
        var fixes = 0;
        var failures = new List<string>();
        foreach (var (name, source) in SourceCorpus.All)
        {
            var (document, sdk) = await CompilingDocumentAsync(source);
            if (document is null)
            {
                continue;
            }

            var before = await document.Project.GetCompilationAsync();
            var beforeErrors = Errors(before!);
            foreach (var diagnostic in await AnalyzeAsync(before!))
            {
                foreach (var fixer in Catalog.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    foreach (var action in await OfferedActionsAsync(document, fixer, diagnostic))
                    {
                        fixes++;
                        var problem = await CheckAsync(document, diagnostic, action, beforeErrors);
                        if (problem is not null)
                        {
                            failures.Add($"{name} [{sdk}] {diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition}, '{action.Title}': {problem}");
                        }
                    }
                }
            }
        }

        output.WriteLine($"fixes applied: {fixes}, failures: {failures.Count}");
        Assert.True(fixes > 0, "no fix was exercised");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>
    /// The protocol has one key scheme: every <c>srm.</c> property an analyzer emits is part of a remedy the fixers
    /// decode, and every remedy is offered as a code action by a fixer of its rule.
    /// </summary>
    [Fact]
    public async Task EveryRemedyAnAnalyzerEmits_IsReadByAFixer()
    {
        var remedies = 0;
        var failures = new List<string>();
        foreach (var (name, source) in SourceCorpus.All)
        {
            var (document, sdk) = await CompilingDocumentAsync(source);
            if (document is null)
            {
                continue;
            }

            foreach (var diagnostic in await AnalyzeAsync((await document.Project.GetCompilationAsync())!))
            {
                var where = $"{name} [{sdk}] {diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition}";
                var remedy = ResponsibilityAnalyzers.Core.Remedy.Decode(diagnostic.Properties, out var unread);
                if (!unread.IsEmpty)
                {
                    failures.Add($"{where}: properties no fixer reads: {string.Join(", ", unread)}");
                }

                if (remedy is null)
                {
                    continue;
                }

                remedies++;
                var offered = 0;
                foreach (var fixer in Catalog.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    offered += (await OfferedActionsAsync(document, fixer, diagnostic)).Length;
                }

                if (offered == 0)
                {
                    failures.Add($"{where}: a remedy ({string.Join(", ", remedy.Edits.Select(edit => edit.Kind))}) no fixer offers");
                }
            }
        }

        output.WriteLine($"remedies read: {remedies}, failures: {failures.Count}");
        Assert.True(remedies > 0, "no remedy was exercised");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static async Task<string?> CheckAsync(Document document, Diagnostic diagnostic, CodeAction action, ImmutableArray<string> beforeErrors)
    {
        if (action.EquivalenceKey is null)
        {
            return "the action has no equivalence key, so Fix All cannot group it";
        }

        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = operations.OfType<ApplyChangesOperation>().SingleOrDefault();
        if (apply is null)
        {
            return "the action changes nothing";
        }

        var fixedDocument = apply.ChangedSolution.GetDocument(document.Id)!;
        var fixedTree = (await fixedDocument.GetSyntaxTreeAsync())!;
        if (fixedTree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } parseError)
        {
            return "the fixed code does not parse: " + parseError;
        }

        var after = (await fixedDocument.Project.GetCompilationAsync())!;
        var newErrors = Errors(after).Except(beforeErrors).ToArray();
        if (newErrors.Length > 0)
        {
            return "new compiler errors: " + string.Join("; ", newErrors);
        }

        var beforeCount = (await AnalyzeAsync((await document.Project.GetCompilationAsync())!)).Count(d => d.Id == diagnostic.Id);
        var afterCount = (await AnalyzeAsync(after)).Count(d => d.Id == diagnostic.Id);
        if (afterCount >= beforeCount)
        {
            return $"the diagnostic is still there ({beforeCount} before, {afterCount} after)";
        }

        var oldText = (await document.GetTextAsync()).ToString();
        var oldRoot = (await document.GetSyntaxRootAsync())!;
        var allowed = new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations)
            .Where(location => location.IsInSource)
            .Select(location => Enclosing(oldRoot, location.SourceSpan))
            .ToArray();
        var regionStart = allowed.Min(span => span.Start);
        var regionEnd = allowed.Max(span => span.End);
        var newText = (await fixedDocument.GetTextAsync()).ToString();
        var tail = oldText.Substring(regionEnd);
        var head = WithoutUsingDirectives(oldText.Substring(0, regionStart));
        if (!newText.EndsWith(tail, StringComparison.Ordinal)
            || !WithoutUsingDirectives(newText.Substring(0, newText.Length - tail.Length)).StartsWith(head, StringComparison.Ordinal))
        {
            return "changed text outside the statements it fixes:\n" + newText;
        }

        return null;
    }

    /// <summary>The text without using directives, nor the blank line that sets a block of them apart (a fix that adds the first using adds one).</summary>
    private static string WithoutUsingDirectives(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"^[ \t]*(global )?using [^=(;]*;[ \t]*\r?\n([ \t]*\r?\n)?", "", System.Text.RegularExpressions.RegexOptions.Multiline);

    /// <summary>The statement (or, outside a method body, the member) that holds a span.</summary>
    private static TextSpan Enclosing(SyntaxNode root, TextSpan span)
    {
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        var holder = node.AncestorsAndSelf().FirstOrDefault(n => n is StatementSyntax && n.Parent is BlockSyntax or SwitchSectionSyntax)
            ?? node.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax or ArrowExpressionClauseSyntax)
            ?? root;
        return holder.FullSpan;
    }

    private static async Task<ImmutableArray<CodeAction>> OfferedActionsAsync(Document document, CodeFixProvider fixer, Diagnostic diagnostic)
    {
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fixer.RegisterCodeFixesAsync(context);
        return actions.ToImmutable();
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation) =>
        (await AnalyzerRunner.RunAsync(compilation, Catalog.Analyzers)).Diagnostics;

    private static ImmutableArray<string> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id + " " + d.GetMessage()).Distinct().ToImmutableArray();

    /// <summary>The source as a document of a project that compiles it (with the stand-ins), against SDK v4 (the CDK for a CDK app) if it can, else v3; none for sources that need no SDK.</summary>
    private static async Task<(Document? Document, Sdk Sdk)> CompilingDocumentAsync(string source)
    {
        foreach (var sdk in new[] { Sdk.None, AnalyzerRunner.For(source, Sdk.V4), Sdk.V3 })
        {
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(), VersionStamp.Default, "RoundTrip", "RoundTrip", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: await AnalyzerRunner.ReferencesFor(sdk)));
            var document = workspace.AddDocument(project.Id, "Source.cs", SourceText.From(source));

            // The stand-ins mirror SDK packages, which need AWSSDK.Core: a source that compiles without the SDK is
            // tried without them, or every no-SDK test source would fall through to a compilation with the SDK.
            for (var i = 0; sdk is not (Sdk.None or Sdk.Cdk) && i < SourceCorpus.StandIns.Count; i++)
            {
                document = document.Project.AddDocument($"StandIn{i}.cs", SourceText.From(SourceCorpus.StandIns[i])).Project.GetDocument(document.Id)!;
            }

            var compilation = await document.Project.GetCompilationAsync();
            if (Errors(compilation!).IsEmpty)
            {
                return sdk == Sdk.None ? (null, sdk) : (document, sdk);
            }
        }

        return (null, Sdk.None);
    }
}
