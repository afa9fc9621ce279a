using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>One analyzer set over the sampled documents: analyzer time (telemetry) and wall time per document.</summary>
internal sealed record IdeSetStats(string Set, SetKind Kind, double MedianMs, double P95Ms, double MedianWallMs, double P95WallMs, IReadOnlyList<double> AnalyzerMs);

/// <summary>Per-document ("live") timing of a group of projects: which documents were sampled, and each set's figures.</summary>
internal sealed record IdeResult(string Group, int Documents, int Sampled, IReadOnlyList<IdeSetStats> Sets)
{
    public IdeSetStats? Set(SetKind kind, string? name = null) => Sets.FirstOrDefault(s => s.Kind == kind && (name is null || s.Set == name));
}

/// <summary>
/// Each document analyzed alone, as the IDE does after an edit: a new compilation per document and per set (so no
/// analyzer or compiler cache survives from another document), its references and declarations bound first (the IDE's
/// compilation after an edit has them from the previous version), then
/// CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null) for that document only, compilation start
/// actions included.
/// </summary>
internal static class IdeTiming
{
    public static async Task<IdeResult> MeasureAsync(string group, IReadOnlyList<GeneratedProject> projects, IReadOnlyList<AnalyzerSet> sets, int maxDocuments, int seed)
    {
        var parsed = projects.Select(p => (Project: p, Trees: Runner.Parse(p))).ToList();
        var all = parsed.SelectMany((p, projectIndex) => p.Trees.Select((_, treeIndex) => (projectIndex, treeIndex))).ToList();
        var random = new Random(seed);
        var sample = (all.Count <= maxDocuments ? all : all.OrderBy(_ => random.Next()).Take(maxDocuments).ToList())
            .OrderBy(d => d.projectIndex).ThenBy(d => d.treeIndex).ToList();
        Console.Error.WriteLine($"Per-document timing, {group}: {sample.Count} of {all.Count} documents, sets {string.Join(", ", sets.Select(s => s.Name))}");

        var analyzerMs = sets.Select(_ => new List<double>()).ToArray();
        var wallMs = sets.Select(_ => new List<double>()).ToArray();
        var done = 0;
        foreach (var (projectIndex, treeIndex) in sample)
        {
            var (project, trees) = parsed[projectIndex];
            for (var i = 0; i < sets.Count; i++)
            {
                var (analyzer, wall) = await MeasureDocumentAsync(project, trees, trees[treeIndex], sets[i]).ConfigureAwait(false);
                analyzerMs[i].Add(analyzer);
                wallMs[i].Add(wall);
            }

            if (++done % 25 == 0)
            {
                Console.Error.WriteLine($"  [{group}] {done}/{sample.Count} documents");
            }
        }

        var stats = sets.Select((s, i) => new IdeSetStats(
            s.Name,
            s.Kind,
            Percentile(analyzerMs[i], 0.5),
            Percentile(analyzerMs[i], 0.95),
            Percentile(wallMs[i], 0.5),
            Percentile(wallMs[i], 0.95),
            analyzerMs[i])).ToList();
        foreach (var s in stats)
        {
            Console.Error.WriteLine($"  [{group}] {s.Set}: analyzers median {s.MedianMs:N2} ms, p95 {s.P95Ms:N2} ms; wall median {s.MedianWallMs:N1} ms, p95 {s.P95WallMs:N1} ms");
        }

        return new IdeResult(group, all.Count, sample.Count, stats);
    }

    private static async Task<(double AnalyzerMs, double WallMs)> MeasureDocumentAsync(GeneratedProject project, ImmutableArray<SyntaxTree> trees, SyntaxTree tree, AnalyzerSet set)
    {
        var compilation = Runner.CompileDeclared(project, trees);
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(set.Analyzers, options);
        var model = compilation.GetSemanticModel(tree);
        var watch = Stopwatch.StartNew();
        _ = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).ConfigureAwait(false);
        watch.Stop();

        var total = 0.0;
        foreach (var analyzer in set.Analyzers)
        {
            try
            {
                var info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
                total += info.ExecutionTime.TotalMilliseconds;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // An analyzer without telemetry counts nothing.
            }
        }

        return (total, watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
