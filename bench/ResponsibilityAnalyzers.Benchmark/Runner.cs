using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>One analyzer's telemetry: its time, and the actions it registered (in all, and compilation start actions).</summary>
internal sealed record AnalyzerTime(string Name, string Rules, double Milliseconds, int Actions, int CompilationStartActions);

internal sealed record SetResult(
    string Name,
    SetKind Kind,
    string Source,
    int Loaded,
    int Ran,
    double TotalMs,
    double WallMs,
    long AllocatedBytes,
    int Diagnostics,
    int AnalyzerExceptions,
    IReadOnlyList<AnalyzerTime> Analyzers,
    string? Error)
{
    /// <summary>Total analyzer time divided by the analyzers that registered any action in this run.</summary>
    public double PerAnalyzerMs => Ran == 0 ? 0 : TotalMs / Ran;

    /// <summary>
    /// False when no analyzer registered anything beyond a compilation start action: then the driver has no reason to
    /// bind the compilation, and the run allocates (and costs) almost nothing.
    /// </summary>
    public bool RegisteredWork => Analyzers.Any(a => a.Actions > a.CompilationStartActions);
}

internal sealed record ProjectResult(
    string Project,
    string Label,
    ProjectKind Kind,
    ReferenceSet References,
    int Files,
    int AwsFiles,
    int Lines,
    double BindingMs,
    IReadOnlyList<double> BindingRunsMs,
    int CompilerErrors,
    IReadOnlyList<string> FirstErrors,
    int CompilerWarnings,
    double FirstTypeLookupMs,
    IReadOnlyList<SetResult> Sets)
{
    public bool ReferencesAws => References != ReferenceSet.NoSdk;

    public double Kloc => Lines / 1000.0;

    public SetResult? Set(SetKind kind, string? name = null) =>
        Sets.FirstOrDefault(s => s.Kind == kind && (name is null || s.Name == name));
}

/// <summary>Measures binding and each analyzer set on one generated project.</summary>
internal static class Runner
{
    private static readonly CSharpParseOptions GeneratedParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>Corpus code is read with the newest language version, as a project that sets LangVersion latest.</summary>
    private static readonly CSharpParseOptions CorpusParseOptions = new(LanguageVersion.Latest);

    private static readonly PropertyInfo[] ActionCounts = typeof(AnalyzerTelemetryInfo).GetProperties()
        .Where(p => p.PropertyType == typeof(int) && p.Name.EndsWith("ActionsCount", StringComparison.Ordinal))
        .ToArray();

    public static ImmutableArray<SyntaxTree> Parse(GeneratedProject project)
    {
        var options = project.Kind == ProjectKind.Corpus ? CorpusParseOptions : GeneratedParseOptions;
        return project.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, options, f.Path)).ToImmutableArray();
    }

    /// <summary>
    /// Per round: binding, then each set, each on its own fresh compilation so no measurement reuses another's bound
    /// trees; binding once more at the end. Binding keeps its fastest measurement, each set its fastest round. The
    /// peers, which take far longer, run in the first peerRuns rounds only. A project with compiler errors is measured
    /// all the same unless stopOnErrors (the generated ones, whose errors are the generator's fault).
    /// </summary>
    public static async Task<ProjectResult> MeasureAsync(GeneratedProject project, IReadOnlyList<AnalyzerSet> sets, string label, int runs = 1, int peerRuns = 1, bool stopOnErrors = true)
    {
        var trees = Parse(project);
        var bindings = new List<double>();
        var lookups = new List<double>();
        var best = new SetResult?[sets.Count];
        var errors = 0;
        var firstErrors = new List<string>();
        var warnings = 0;
        var rounds = Math.Max(runs, peerRuns);
        for (var run = 0; run < rounds; run++)
        {
            var round = rounds > 1 ? $"{label}, round {run + 1}/{rounds}" : label;
            if (run < runs)
            {
                var (ms, errorList, warningCount) = MeasureBinding(project, trees, round);
                bindings.Add(ms);
                (errors, warnings) = (errorList.Length, warningCount);
                firstErrors = errorList.Take(5).Select(e => e.ToString()).ToList();
                if (errors > 0 && stopOnErrors)
                {
                    break;
                }

                lookups.Add(MeasureFirstTypeLookup(project, trees));
            }

            for (var i = 0; i < sets.Count; i++)
            {
                if (run >= (sets[i].Kind == SetKind.Peer ? peerRuns : runs))
                {
                    continue;
                }

                var result = await MeasureSetAsync(project, trees, sets[i], round).ConfigureAwait(false);

                // The fastest round's times; the least allocation of all rounds (the first round of a project can
                // pay for loading metadata symbols that later rounds find cached).
                var allocated = Math.Min(result.AllocatedBytes, best[i]?.AllocatedBytes ?? long.MaxValue);
                best[i] = best[i] is null || result.TotalMs < best[i]!.TotalMs ? result with { AllocatedBytes = allocated } : best[i]! with { AllocatedBytes = allocated };
            }
        }

        if (errors == 0 || !stopOnErrors)
        {
            bindings.Add(MeasureBinding(project, trees, label).Ms);
        }

        return new ProjectResult(
            project.Name,
            project.Label,
            project.Kind,
            project.References,
            project.Files.Count,
            project.AwsFiles,
            project.Lines,
            bindings.Min(),
            bindings,
            errors,
            firstErrors,
            warnings,
            lookups.Count == 0 ? 0 : lookups.Min(),
            best.Where(b => b is not null).Select(b => b!).ToList());

        static (double Ms, ImmutableArray<Diagnostic> Errors, int Warnings) MeasureBinding(GeneratedProject project, ImmutableArray<SyntaxTree> trees, string label)
        {
            var compilation = Compile(project, trees);
            Settle();
            var watch = Stopwatch.StartNew();
            var diagnostics = compilation.GetDiagnostics();
            watch.Stop();
            var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
            var others = string.Join(", ", diagnostics.Where(d => d.Severity != DiagnosticSeverity.Error)
                .GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));
            Console.Error.WriteLine($"  [{label}] binding: {watch.Elapsed.TotalMilliseconds:N0} ms, {errors.Length} errors, other compiler diagnostics: {(others.Length == 0 ? "none" : others)}");
            foreach (var error in errors.Take(10))
            {
                Console.Error.WriteLine($"    {error}");
            }

            return (watch.Elapsed.TotalMilliseconds, errors, diagnostics.Length - errors.Length);
        }
    }

    /// <summary>
    /// The first GetTypeByMetadataName on a fresh compilation, as the SRM rules' compilation start makes it to learn
    /// whether the AWS SDK is referenced. Most of it is building the compilation's declaration table from every syntax
    /// tree, which binding needs anyway: whoever touches the symbols first pays it, in a build mostly the compiler.
    /// </summary>
    private static double MeasureFirstTypeLookup(GeneratedProject project, ImmutableArray<SyntaxTree> trees)
    {
        var compilation = Compile(project, trees);
        Settle();
        var watch = Stopwatch.StartNew();
        _ = compilation.GetTypeByMetadataName("Amazon.Runtime.ClientConfig");
        watch.Stop();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The compiler errors of a project, for the generator's self-check.</summary>
    public static ImmutableArray<Diagnostic> CompilerErrors(GeneratedProject project) =>
        Compile(project, Parse(project)).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

    /// <summary>What the .NET SDK leaves out of every build (NoWarn 1701;1702): the CDK's netcoreapp3.1 assemblies name older framework versions.</summary>
    private static readonly ImmutableDictionary<string, ReportDiagnostic> SdkNoWarn =
        ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("CS1701", ReportDiagnostic.Suppress).Add("CS1702", ReportDiagnostic.Suppress);

    internal static CSharpCompilation Compile(GeneratedProject project, ImmutableArray<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            project.Name,
            trees,
            References.For(project.References),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: SdkNoWarn,
                concurrentBuild: false));

    /// <summary>
    /// A fresh compilation with its references and declaration table bound, as the compiler binds them before it binds
    /// a method body (and as the IDE's compilation after an edit carries them over): otherwise the first analyzer of a
    /// set to ask for a type is charged the compiler's own set-up. Binding time includes it.
    /// </summary>
    internal static CSharpCompilation CompileDeclared(GeneratedProject project, ImmutableArray<SyntaxTree> trees)
    {
        var compilation = Compile(project, trees);
        _ = compilation.GetTypeByMetadataName("ResponsibilityAnalyzers.Benchmark.NotAType");
        return compilation;
    }

    private static async Task<SetResult> MeasureSetAsync(GeneratedProject project, ImmutableArray<SyntaxTree> trees, AnalyzerSet set, string label)
    {
        if (!set.Loaded)
        {
            return new SetResult(set.Name, set.Kind, set.Source, 0, 0, 0, 0, 0, 0, 0, Array.Empty<AnalyzerTime>(), set.LoadError ?? "not loaded");
        }

        var compilation = CompileDeclared(project, trees);
        var exceptions = 0;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (_, _, _) => Interlocked.Increment(ref exceptions),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        Settle();
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        var withAnalyzers = compilation.WithAnalyzers(set.Analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;

        var times = new List<AnalyzerTime>();
        foreach (var analyzer in set.Analyzers)
        {
            var rules = string.Join(", ", SafeRules(analyzer));
            try
            {
                var info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
                var actions = ActionCounts.Sum(p => (int)p.GetValue(info)!);
                times.Add(new AnalyzerTime(analyzer.GetType().Name, rules, info.ExecutionTime.TotalMilliseconds, actions, info.CompilationStartActionsCount));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                times.Add(new AnalyzerTime(analyzer.GetType().Name, rules, 0, 0, 0));
            }
        }

        var adCount = diagnostics.Count(d => d.Id == "AD0001");
        var result = new SetResult(
            set.Name,
            set.Kind,
            set.Source,
            set.Analyzers.Length,
            times.Count(t => t.Actions > 0),
            times.Sum(t => t.Milliseconds),
            watch.Elapsed.TotalMilliseconds,
            allocated,
            diagnostics.Length - adCount,
            exceptions + adCount,
            times.OrderByDescending(t => t.Milliseconds).ToList(),
            null);
        Console.Error.WriteLine(
            $"  [{label}] {set.Name}: analyzers {result.TotalMs:N1} ms ({result.Ran}/{result.Loaded} ran), wall {result.WallMs:N0} ms, " +
            $"{result.Diagnostics} diagnostics, {result.AnalyzerExceptions} analyzer exceptions");
        return result;
    }

    internal static IEnumerable<string> SafeRules(DiagnosticAnalyzer analyzer)
    {
        try
        {
            return analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Array.Empty<string>();
        }
    }

    /// <summary>Collects garbage left by the previous measurement, so it is not charged to the next one.</summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
