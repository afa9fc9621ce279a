using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>A target of issue 7 and how this run did against it; Pass is null when it could not be judged.</summary>
internal sealed record TargetResult(string Target, string Measured, string Limit, bool? Pass)
{
    public string Result => Pass switch { true => "PASS", false => "FAIL", null => "n/a" };
}

/// <summary>The results of one run, as markdown (bench-results/latest.md, stdout) and JSON (bench-results/latest.json).</summary>
internal sealed class Report
{
    public const double SrmShareOfBindingAws = 5.0;
    public const double SrmShareOfBindingNoSdk = 0.5;
    public const double ScalingAllowance = 1.2;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The peers whose per-analyzer average every SRM analyzer must stay below.</summary>
    private static readonly string[] ComparedPeers = { "Meziantou", "Roslynator" };

    private Report(BenchOptions options, MachineInfo machine, IReadOnlyList<AnalyzerSet> sets, IReadOnlyList<ProjectResult> projects, TimeSpan elapsed)
    {
        Options = options;
        Machine = machine;
        Sets = sets;
        Projects = projects.OrderBy(p => !p.ReferencesAws).ThenBy(p => p.Files).ToList();
        ElapsedSeconds = Math.Round(elapsed.TotalSeconds, 1);
        Targets = EvaluateTargets().ToList();
    }

    public BenchOptions Options { get; }

    public MachineInfo Machine { get; }

    [JsonIgnore]
    public IReadOnlyList<AnalyzerSet> Sets { get; }

    public IReadOnlyList<object> AnalyzerSets => Sets
        .Select(s => (object)new { s.Name, Kind = s.Kind.ToString(), s.Source, Analyzers = s.Analyzers.Length, s.LoadError })
        .ToList();

    public IReadOnlyList<string> AwsSdkReferences => References.AwsSdkNames;

    public string FrameworkReferences => "Basic.Reference.Assemblies.Net100 (.NET 10 reference assemblies)";

    public IReadOnlyList<ProjectResult> Projects { get; }

    public double ElapsedSeconds { get; }

    public IReadOnlyList<TargetResult> Targets { get; }

    private IEnumerable<ProjectResult> Aws => Projects.Where(p => p.ReferencesAws);

    private IEnumerable<ProjectResult> NoSdk => Projects.Where(p => !p.ReferencesAws);

    public static Report Build(BenchOptions options, MachineInfo machine, IReadOnlyList<AnalyzerSet> sets, IReadOnlyList<ProjectResult> projects, TimeSpan elapsed) =>
        new(options, machine, sets, projects, elapsed);

    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    });

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        var peers = Sets.Where(s => s.Kind == SetKind.Peer).ToList();
        Line(md, $"### ResponsibilityAnalyzers performance ({Machine.StartedUtc.ToString("yyyy-MM-dd HH:mm", Invariant)} UTC)");
        Line(md);
        Line(md, $"Generated projects (seed {Options.Seed}, {Pct(Options.AwsShare * 100)} of files call S3 and DynamoDB), compiled in memory against the .NET 10 " +
                 $"reference assemblies and AWS SDK for .NET 4.1.0; Roslyn {Machine.Roslyn}, {Machine.Runtime}, {Machine.Cores} cores ({Machine.Cpu}); " +
                 $"load average (1/5/15 min) {Machine.LoadAverageAtStart ?? "n/a"} at start, {Machine.LoadAverageAtEnd ?? "n/a"} at end; run took {ElapsedSeconds.ToString("N0", Invariant)} s.");
        Line(md);

        // Projects.
        Line(md, "| Project | Files | Lines | Files calling AWS | Binding ms | Binding ms / 1,000 lines | First type lookup ms⁶ | SRM diagnostics |");
        Line(md, "|---|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var p in Projects)
        {
            Line(md, $"| {Label(p)} | {p.Files.ToString("N0", Invariant)} | {p.Lines.ToString("N0", Invariant)} | {p.AwsFiles.ToString("N0", Invariant)} | " +
                     $"{p.BindingMs.ToString("N0", Invariant)} | {Num(p.BindingMs / p.Kloc)} | {Num(p.FirstTypeLookupMs)} | {p.Set(SetKind.Srm)?.Diagnostics.ToString("N0", Invariant) ?? "-"} |");
        }

        Line(md);

        // Analyzer sets.
        Line(md, "**Analyzer time, ms per 1,000 lines (% of binding)**¹");
        Line(md);
        Line(md, "| Analyzer set | Analyzers² | " + string.Join(" | ", Projects.Select(Label)) + " |");
        Line(md, "|---|--:|" + string.Concat(Projects.Select(_ => "--:|")));
        Line(md, "| Binding (compiler, for scale) | | " + string.Join(" | ", Projects.Select(p => Num(p.BindingMs / p.Kloc))) + " |");
        foreach (var set in Sets.Where(s => s.Kind == SetKind.Srm).Concat(Sets.Where(s => s.Kind == SetKind.NoOp)).Concat(peers))
        {
            var name = set.Kind == SetKind.Srm ? "**SRM, all rules**" : set.Kind == SetKind.NoOp ? "No-op floor" : $"{set.Name}, total";
            if (!set.Loaded)
            {
                Line(md, $"| {name} | not loaded | " + string.Join(" | ", Projects.Select(_ => "-")) + " |");
                continue;
            }

            var first = Projects.Select(p => p.Set(set.Kind, set.Name)).FirstOrDefault(r => r is not null);
            var count = first is null ? "" : $"{first.Ran} / {first.Loaded}";
            Line(md, $"| {name} | {count} | " + string.Join(" | ", Projects.Select(p => Cell(p, p.Set(set.Kind, set.Name), total: true))) + " |");
            if (set.Kind != SetKind.NoOp)
            {
                var perName = set.Kind == SetKind.Srm ? "SRM, per analyzer (average)" : $"{set.Name}, per analyzer (average)";
                Line(md, $"| {perName} | | " + string.Join(" | ", Projects.Select(p => Cell(p, p.Set(set.Kind, set.Name), total: false))) + " |");
            }
        }

        Line(md);

        // SRM analyzers one by one.
        var srmAnalyzers = Projects.SelectMany(p => p.Set(SetKind.Srm)?.Analyzers ?? Array.Empty<AnalyzerTime>())
            .Select(a => (a.Name, a.Rules)).Distinct().ToList();
        var largestAws = Aws.OrderByDescending(p => p.Lines).FirstOrDefault();
        if (largestAws is not null && srmAnalyzers.Count > 0)
        {
            double MsPerKloc(ProjectResult p, string analyzer) =>
                (p.Set(SetKind.Srm)?.Analyzers.FirstOrDefault(a => a.Name == analyzer)?.Milliseconds ?? 0) / p.Kloc;

            var ordered = srmAnalyzers.OrderByDescending(a => MsPerKloc(largestAws, a.Name)).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
            Line(md, "**SRM analyzers one by one, AWS projects, ms per 1,000 lines** (slowest first; from the telemetry of the all-SRM run)");
            Line(md);
            var awsProjects = Aws.ToList();
            var compared = peers.Where(s => s.Loaded && ComparedPeers.Contains(s.Name)).ToList();
            var peerHeads = compared.Select(s => $"< {s.Name} average³").ToList();
            Line(md, "| SRM analyzer | Rules | " + string.Join(" | ", awsProjects.Select(Label)) + $" | % of binding ({Label(largestAws)}) |" +
                     string.Concat(peerHeads.Select(h => $" {h} |")));
            Line(md, "|---|---|" + string.Concat(awsProjects.Select(_ => "--:|")) + "--:|" + string.Concat(peerHeads.Select(_ => ":-:|")));
            foreach (var (analyzer, rules) in ordered)
            {
                var below = compared.Select(peer => awsProjects.All(p =>
                {
                    var peerSet = p.Set(SetKind.Peer, peer.Name);
                    return peerSet is not null && MsPerKloc(p, analyzer) < peerSet.PerAnalyzerMs / p.Kloc;
                }) ? "yes" : "**no**");
                var ms = MsPerKloc(largestAws, analyzer) * largestAws.Kloc;
                Line(md, $"| {analyzer} | {rules} | " + string.Join(" | ", awsProjects.Select(p => Num(MsPerKloc(p, analyzer)))) +
                         $" | {Pct(ms / largestAws.BindingMs * 100)} |" + string.Concat(below.Select(b => $" {b} |")));
            }

            Line(md);
            var slowest = ordered.Take(5).Select(a => $"{a.Name} ({Num(MsPerKloc(largestAws, a.Name))} ms)");
            Line(md, $"Five slowest ({Label(largestAws)}): {string.Join(", ", slowest)}.");
            Line(md);
        }

        // Scaling.
        var smallest = Aws.OrderBy(p => p.Lines).FirstOrDefault();
        if (smallest is not null && largestAws is not null && smallest != largestAws)
        {
            Line(md, $"**Scaling, AWS projects** ({Label(smallest)} → {Label(largestAws)})");
            Line(md);
            Line(md, $"| | {Label(smallest)} | {Label(largestAws)} | Ratio |");
            Line(md, "|---|--:|--:|--:|");
            Line(md, $"| Lines | {smallest.Lines.ToString("N0", Invariant)} | {largestAws.Lines.ToString("N0", Invariant)} | {Ratio(largestAws.Lines, smallest.Lines)} |");
            Line(md, $"| Binding, ms | {smallest.BindingMs.ToString("N0", Invariant)} | {largestAws.BindingMs.ToString("N0", Invariant)} | {Ratio(largestAws.BindingMs, smallest.BindingMs)} |");
            foreach (var set in Sets.Where(s => s.Kind == SetKind.Srm).Concat(Sets.Where(s => s.Kind != SetKind.Srm)).Where(s => s.Loaded))
            {
                var (a, b) = (smallest.Set(set.Kind, set.Name), largestAws.Set(set.Kind, set.Name));
                if (a is not null && b is not null)
                {
                    var name = set.Kind == SetKind.Srm ? "**SRM, all rules**" : set.Name;
                    Line(md, $"| {name}, ms | {Num(a.TotalMs)} | {Num(b.TotalMs)} | {Ratio(b.TotalMs, a.TotalMs)} |");
                }
            }

            Line(md);
            Line(md, "Every set ran on the same projects; a ratio well above the lines' in all rows at once says the machine got busier " +
                     "between the two sizes rather than that one set scales badly.");

            Line(md);
        }

        // Allocations.
        Line(md, "**Allocations of the SRM rules**⁴");
        Line(md);
        Line(md, "| Project | SRM run | No-op run | SRM own (difference) | Per 1,000 lines |");
        Line(md, "|---|--:|--:|--:|--:|");
        foreach (var p in Projects)
        {
            var srm = p.Set(SetKind.Srm);
            var noOp = p.Set(SetKind.NoOp);
            if (srm is null || noOp is null)
            {
                continue;
            }

            // Without registered work the SRM run binds nothing, so there is no binding to subtract.
            var own = srm.RegisteredWork ? srm.AllocatedBytes - noOp.AllocatedBytes : srm.AllocatedBytes;
            var baseline = srm.RegisteredWork ? Bytes(noOp.AllocatedBytes) : $"not subtracted⁵ ({Bytes(noOp.AllocatedBytes)})";
            Line(md, $"| {Label(p)} | {Bytes(srm.AllocatedBytes)} | {baseline} | {Bytes(own)} | {Bytes((long)(own / p.Kloc))} |");
        }

        Line(md);

        // Targets.
        Line(md, "**Targets (issue 7)**");
        Line(md);
        Line(md, "| Target | Measured | Limit | Result |");
        Line(md, "|---|--:|--:|:-:|");
        foreach (var t in Targets)
        {
            Line(md, $"| {t.Target} | {t.Measured} | {t.Limit} | {(t.Pass == false ? "**FAIL**" : t.Result)} |");
        }

        Line(md);
        foreach (var failed in Sets.Where(s => !s.Loaded))
        {
            Line(md, $"{failed.Name} ({failed.Source}) was not loaded: {failed.LoadError}");
            Line(md);
        }

        Line(md, "¹ Analyzer time is the sum of the time spent in each analyzer's callbacks, from Roslyn's analyzer telemetry " +
                 "(CompilationWithAnalyzers, logAnalyzerExecutionTime on, concurrentAnalysis off), on a fresh compilation per set. " +
                 "Binding is the wall time of compilation.GetDiagnostics() on a fresh compilation with concurrentBuild off (parsing excluded; " +
                 "the fastest of its runs). Both are single-threaded, so the percentages compare like with like. " +
                 $"Binding, the no-op floor and SRM are measured {Options.Runs} time(s) (--runs) and the peers {Options.PeerRuns} time(s) (--peer-runs), " +
                 "each on a fresh compilation, keeping the fastest: on a busy machine a pause of the process lands in whatever callback runs, " +
                 "which distorts a rule that takes a few milliseconds far more than a package that takes seconds.");
        Line(md);
        Line(md, "² Analyzers that registered at least one action in the first project / analyzers loaded. Analyzers whose rules are all " +
                 "disabled by default are not started by the driver and register nothing. A per-analyzer average is the set's total divided by " +
                 "the analyzers that registered an action in that project.");
        Line(md);
        Line(md, "³ yes: this SRM analyzer took less time than that peer's per-analyzer average on every AWS project measured.");
        Line(md);
        Line(md, "⁴ GC.GetTotalAllocatedBytes(true) over the whole analysis run (binding included) for the SRM set, minus the same for the " +
                 "no-op set on the same project. The no-op run pays for binding, the driver and the operation trees, so the difference " +
                 "is what the SRM rules themselves allocate, less the driver's per-callback overhead for the callbacks the no-op gets and the " +
                 "SRM rules do not (it registers object creations and invocations, which not every set of SRM rules does): a small negative " +
                 "difference means the rules allocate next to nothing.");
        Line(md);
        Line(md, "⁵ Without the AWS SDK the SRM rules register nothing beyond their compilation start action, so the driver binds nothing " +
                 "in that run; its whole allocation is the SRM cost.");
        Line(md);
        Line(md, "⁶ One GetTypeByMetadataName on a fresh compilation, the lookup the SRM rules' compilation start makes to learn whether " +
                 "the AWS SDK is referenced. Most of it is building the declaration table of all the syntax trees, which binding needs " +
                 "anyway and a build pays once, whoever asks first. The first SRM rule to start is charged for it, which is why the SRM " +
                 "time without the SDK grows with the project although the rules register nothing there.");
        return md.ToString();
    }

    private IEnumerable<TargetResult> EvaluateTargets()
    {
        foreach (var p in Aws)
        {
            if (p.Set(SetKind.Srm) is { } srm)
            {
                var share = srm.TotalMs / p.BindingMs * 100;
                yield return new TargetResult($"All SRM rules ≤ {Pct(SrmShareOfBindingAws)} of binding, {Label(p)}", Pct(share), $"≤ {Pct(SrmShareOfBindingAws)}", share <= SrmShareOfBindingAws);
            }
        }

        foreach (var p in NoSdk)
        {
            if (p.Set(SetKind.Srm) is { } srm)
            {
                var share = srm.TotalMs / p.BindingMs * 100;
                yield return new TargetResult($"All SRM rules ≤ {Pct(SrmShareOfBindingNoSdk)} of binding, {Label(p)}", Pct(share), $"≤ {Pct(SrmShareOfBindingNoSdk)}", share <= SrmShareOfBindingNoSdk);
            }
        }

        foreach (var peerName in ComparedPeers)
        {
            foreach (var p in Aws)
            {
                var srm = p.Set(SetKind.Srm);
                var peer = p.Set(SetKind.Peer, peerName);
                var target = $"Every SRM analyzer below {peerName}'s per-analyzer average, {Label(p)}";
                if (srm is null || srm.Analyzers.Count == 0 || peer is null || peer.Error is not null || peer.Ran == 0)
                {
                    yield return new TargetResult(target, peer?.Error is { } e ? "peer not loaded" : "-", "-", null);
                    continue;
                }

                var slowest = srm.Analyzers.MaxBy(a => a.Milliseconds)!;
                var average = peer.PerAnalyzerMs;
                yield return new TargetResult(
                    target,
                    $"slowest {slowest.Name}: {Num(slowest.Milliseconds / p.Kloc)} ms",
                    $"< {Num(average / p.Kloc)} ms",
                    slowest.Milliseconds < average);
            }
        }

        var aws = Aws.OrderBy(p => p.Lines).ToList();
        if (aws.Count >= 2 && aws[0].Set(SetKind.Srm) is { } small && aws[^1].Set(SetKind.Srm) is { } large && small.TotalMs > 0)
        {
            var lines = (double)aws[^1].Lines / aws[0].Lines;
            var ratio = large.TotalMs / small.TotalMs;
            var limit = lines * ScalingAllowance;
            yield return new TargetResult(
                $"SRM scaling, {Label(aws[0])} → {Label(aws[^1])} ({Ratio(aws[^1].Lines, aws[0].Lines)} the lines; binding {Ratio(aws[^1].BindingMs, aws[0].BindingMs)})",
                Ratio(large.TotalMs, small.TotalMs),
                $"≤ {limit.ToString("N1", Invariant)}×",
                ratio <= limit);
        }
    }

    private static string Cell(ProjectResult p, SetResult? set, bool total)
    {
        if (set is null)
        {
            return "-";
        }

        if (set.Error is not null)
        {
            return "not loaded";
        }

        if (!total)
        {
            return Num(set.PerAnalyzerMs / p.Kloc) + (set.Ran == 0 ? "" : $" ({set.Ran})");
        }

        return $"{Num(set.TotalMs / p.Kloc)} ({Pct(set.TotalMs / p.BindingMs * 100)})";
    }

    private static string Label(ProjectResult p) => $"{(p.ReferencesAws ? "AWS" : "No SDK")}, {p.Files.ToString("N0", Invariant)} files";

    private static string Num(double value) => Math.Abs(value) switch
    {
        >= 100 => value.ToString("N0", Invariant),
        >= 10 => value.ToString("N1", Invariant),
        >= 1 => value.ToString("N2", Invariant),
        >= 0.001 => value.ToString("N3", Invariant),
        0 => "0",
        _ => value.ToString("0.0e0", Invariant),
    };

    private static string Pct(double value) => Num(value) + " %";

    private static string Ratio(double large, double small) => small <= 0 ? "-" : (large / small).ToString("N1", Invariant) + "×";

    private static string Bytes(long bytes)
    {
        var abs = Math.Abs((double)bytes);
        return abs switch
        {
            >= 1 << 30 => (bytes / (double)(1 << 30)).ToString("N2", Invariant) + " GB",
            >= 1 << 20 => (bytes / (double)(1 << 20)).ToString("N1", Invariant) + " MB",
            >= 1 << 10 => (bytes / (double)(1 << 10)).ToString("N1", Invariant) + " KB",
            _ => bytes.ToString(Invariant) + " B",
        };
    }

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
