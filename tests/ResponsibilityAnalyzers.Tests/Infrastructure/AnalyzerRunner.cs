using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResponsibilityAnalyzers.Tests.Infrastructure;

/// <summary>Runs analyzers on raw sources outside the test framework, for the meta-tests and harnesses.</summary>
public static class AnalyzerRunner
{
    private static readonly ConcurrentDictionary<Sdk, Task<ImmutableArray<MetadataReference>>> References = new();

    public static Task<ImmutableArray<MetadataReference>> ReferencesFor(Sdk sdk) =>
        References.GetOrAdd(sdk, s => AwsSdk.For(s).ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

    /// <summary>The references a corpus source is compiled against: the CDK for an AWS CDK app, else <paramref name="otherwise"/>.</summary>
    public static Sdk For(string source, Sdk otherwise) => source.Contains("Amazon.CDK", StringComparison.Ordinal) ? Sdk.Cdk : otherwise;

    public static async Task<CSharpCompilation> CompileAsync(Sdk sdk, params string[] sources)
    {
        var references = await ReferencesFor(sdk);
        return CSharpCompilation.Create(
            "Analyzed",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, path: $"/0/Test{i}.cs"))
                // The stand-ins mirror SDK packages (they need AWSSDK.Core): a CDK app is compiled without them.
                .Concat(sdk == Sdk.Cdk ? [] : SourceCorpus.StandIns.Select((source, i) => CSharpSyntaxTree.ParseText(source, path: $"/0/StandIn{i}.cs"))),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The analyzers' diagnostics plus one "AD0001"-style entry per exception an analyzer threw.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions)> RunAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions? options = null)
    {
        var exceptions = new ConcurrentBag<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, diagnostic) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
        {
            exceptions.Add(diagnostic.ToString());
        }

        return (diagnostics.Where(d => d.Id != "AD0001").ToImmutableArray(), exceptions.ToImmutableArray());
    }
}
