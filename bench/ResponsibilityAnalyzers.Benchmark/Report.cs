using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>A target of issue 10 and how this run did against it; Pass is null when it could not be judged.</summary>
internal sealed record TargetResult(string Target, string Measured, string Limit, bool? Pass)
{
    public string Result => Pass switch { true => "met", false => "missed", null => "n/a" };
}

/// <summary>A corpus build that was not measured because the folder's other build compiles (or has fewer errors).</summary>
internal sealed record SkippedBuild(string Label, int Errors, IReadOnlyList<string> FirstErrors);

/// <summary>The results of one run, as markdown (bench-results/latest.md, stdout) and JSON (bench-results/latest.json).</summary>
internal sealed class Report
{
    public const double SrmShareOfBindingAws = 5.0;
    public const double SrmShareOfBindingNoSdk = 0.5;
    public const double ScalingAllowance = 1.1;
    public const double LongMethodShareOfBinding = 5.0;
    public const double AllocatedMbPerKloc = 0.5;
    public const double IdeShareOfMeziantou = 0.25;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The peers whose per-analyzer average the SRM analyzers are compared with, in the table.</summary>
    private static readonly string[] ComparedPeers = { "Meziantou", "Roslynator" };

    /// <summary>The peer whose per-analyzer average every SRM analyzer must not exceed (the target).</summary>
    private const string TargetPeer = "Roslynator";

    private Report(BenchOptions options, MachineInfo machine, IReadOnlyList<AnalyzerSet> sets, IReadOnlyList<ProjectResult> projects, IReadOnlyList<SkippedBuild> skipped, IReadOnlyList<IdeResult> ide, TimeSpan elapsed)
    {
        Options = options;
        Machine = machine;
        Sets = sets;
        // Generated: with the SDK first, by size; the corpus in folder order; the long methods by length.
        Projects = projects.OrderBy(p => p.Kind).ThenBy(p => p.Kind == ProjectKind.Generated && !p.ReferencesAws)
            .ThenBy(p => p.Kind == ProjectKind.Corpus ? 0 : p.Lines).ToList();
        Ide = ide;
        Skipped = skipped;
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

    public string FrameworkReferences => "Basic.Reference.Assemblies.Net100 (.NET 10 reference assemblies); corpus net472 builds: Microsoft.NETFramework.ReferenceAssemblies.net472";

    public IReadOnlyList<ProjectResult> Projects { get; }

    public IReadOnlyList<IdeResult> Ide { get; }

    public IReadOnlyList<SkippedBuild> Skipped { get; }

    public double ElapsedSeconds { get; }

    public IReadOnlyList<TargetResult> Targets { get; }

    /// <summary>The AWS-heavy projects: generated with the SDK, and the corpus (both builds); not the long method.</summary>
    private IEnumerable<ProjectResult> Aws => Projects.Where(p => p.ReferencesAws && p.Kind != ProjectKind.LongMethod);

    private IEnumerable<ProjectResult> GeneratedAws => Projects.Where(p => p.ReferencesAws && p.Kind == ProjectKind.Generated);

    private IEnumerable<ProjectResult> NoSdk => Projects.Where(p => !p.ReferencesAws);

    private IEnumerable<ProjectResult> Main => Projects.Where(p => p.Kind != ProjectKind.LongMethod);

    private IEnumerable<ProjectResult> LongMethods => Projects.Where(p => p.Kind == ProjectKind.LongMethod);

    public static Report Build(BenchOptions options, MachineInfo machine, IReadOnlyList<AnalyzerSet> sets, IReadOnlyList<ProjectResult> projects, IReadOnlyList<SkippedBuild> skipped, IReadOnlyList<IdeResult> ide, TimeSpan elapsed) =>
        new(options, machine, sets, projects, skipped, ide, elapsed);

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
        var what = new List<string>();
        if (Options.Files.Count > 0)
        {
            what.Add($"generated projects (seed {Options.Seed}, {Pct(Options.AwsShare * 100)} of files call the AWS SDK)");
        }

        if (Options.CorpusFolder is not null)
        {
            what.Add($"the corpus {Options.CorpusFolder} (each first-level folder one project, built for net10.0 and for net472)");
        }

        if (Options.LongMethods.Count > 0)
        {
            what.Add("one long method");
        }

        Line(md, $"Measured: {string.Join("; ", what)}; compiled in memory against the .NET 10 reference assemblies (net472 builds: .NET Framework 4.7.2) " +
                 $"and AWS SDK for .NET {References.AwsSdkVersion} ({string.Join(", ", References.AwsPackages)}), the generated AWS project also against the AWS CDK ({string.Join(", ", References.CdkPackages)}); Roslyn {Machine.Roslyn}, {Machine.Runtime}, {Machine.Cores} cores ({Machine.Cpu}); " +
                 $"load average (1/5/15 min) {Machine.LoadAverageAtStart ?? "n/a"} at start, {Machine.LoadAverageAtEnd ?? "n/a"} at end; run took {ElapsedSeconds.ToString("N0", Invariant)} s.");
        Line(md);

        // Targets first: the summary.
        Line(md, "**Targets (issue 10)**");
        Line(md);
        Line(md, "| Target | Figure | Limit | Result |");
        Line(md, "|---|--:|--:|:-:|");
        foreach (var t in Targets)
        {
            Line(md, $"| {t.Target} | {t.Measured} | {t.Limit} | {(t.Pass == false ? "**missed**" : t.Result)} |");
        }

        Line(md);

        // Projects.
        Line(md, "| Project | Files | Lines | Files calling AWS | Compiler errors | Binding ms | Binding ms / 1,000 lines | First type lookup ms⁶ | SRM diagnostics |");
        Line(md, "|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var p in Projects)
        {
            Line(md, $"| {p.Label} | {p.Files.ToString("N0", Invariant)} | {p.Lines.ToString("N0", Invariant)} | {p.AwsFiles.ToString("N0", Invariant)} | " +
                     $"{(p.CompilerErrors == 0 ? "0" : $"**{p.CompilerErrors.ToString("N0", Invariant)}**")} | " +
                     $"{p.BindingMs.ToString("N0", Invariant)} | {Num(p.BindingMs / p.Kloc)} | {Num(p.FirstTypeLookupMs)} | {p.Set(SetKind.Srm)?.Diagnostics.ToString("N0", Invariant) ?? "-"} |");
        }

        Line(md);
        foreach (var p in Projects.Where(p => p.CompilerErrors > 0))
        {
            Line(md, $"{p.Label} does not compile ({p.CompilerErrors} errors); its figures count all the same. First errors:");
            Line(md);
            foreach (var error in p.FirstErrors)
            {
                Line(md, $"- `{error.Replace('`', '\'')}`");
            }

            Line(md);
        }

        if (Skipped.Count > 0)
        {
            Line(md, "Corpus builds not measured (the folder's other build compiles, or has fewer errors; real code targets one of the two):");
            Line(md);
            foreach (var b in Skipped)
            {
                Line(md, $"- {b.Label}: {b.Errors.ToString("N0", Invariant)} compiler errors, e.g. `{(b.FirstErrors.FirstOrDefault() ?? "").Replace('`', '\'')}`");
            }

            Line(md);
        }

        // Analyzer sets.
        var main = Main.ToList();
        Line(md, "**Analyzer time, ms per 1,000 lines (% of binding)**¹");
        Line(md);
        Line(md, "| Analyzer set | Analyzers² | " + string.Join(" | ", main.Select(p => p.Label)) + " |");
        Line(md, "|---|--:|" + string.Concat(main.Select(_ => "--:|")));
        Line(md, "| Binding (compiler, for scale) | | " + string.Join(" | ", main.Select(p => Num(p.BindingMs / p.Kloc))) + " |");
        foreach (var set in Sets.Where(s => s.Kind == SetKind.Srm).Concat(Sets.Where(s => s.Kind == SetKind.NoOp)).Concat(peers))
        {
            var name = set.Kind == SetKind.Srm ? "**SRM, all rules**" : set.Kind == SetKind.NoOp ? "No-op floor" : $"{set.Name}, total";
            if (!set.Loaded)
            {
                Line(md, $"| {name} | not loaded | " + string.Join(" | ", main.Select(_ => "-")) + " |");
                continue;
            }

            var first = main.Select(p => p.Set(set.Kind, set.Name)).FirstOrDefault(r => r is not null);
            var count = first is null ? "" : $"{first.Ran} / {first.Loaded}";
            Line(md, $"| {name} | {count} | " + string.Join(" | ", main.Select(p => Cell(p, p.Set(set.Kind, set.Name), total: true))) + " |");
            if (set.Kind != SetKind.NoOp)
            {
                var perName = set.Kind == SetKind.Srm ? "SRM, per analyzer (average)" : $"{set.Name}, per analyzer (average)";
                Line(md, $"| {perName} | | " + string.Join(" | ", main.Select(p => Cell(p, p.Set(set.Kind, set.Name), total: false))) + " |");
            }
        }

        Line(md);

        // SRM analyzers one by one.
        var awsProjects = Aws.ToList();
        var srmAnalyzers = awsProjects.SelectMany(p => p.Set(SetKind.Srm)?.Analyzers ?? Array.Empty<AnalyzerTime>())
            .Select(a => (a.Name, a.Rules)).Distinct().ToList();
        var largestAws = GeneratedAws.OrderByDescending(p => p.Lines).FirstOrDefault() ?? awsProjects.OrderByDescending(p => p.Lines).FirstOrDefault();
        if (largestAws is not null && srmAnalyzers.Count > 0)
        {
            var ordered = srmAnalyzers.OrderByDescending(a => MsPerKloc(largestAws, a.Name)).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
            Line(md, "**SRM analyzers one by one, AWS projects, ms per 1,000 lines** (slowest first; from the telemetry of the all-SRM run)");
            Line(md);
            var compared = peers.Where(s => s.Loaded && ComparedPeers.Contains(s.Name)).ToList();
            var peerHeads = compared.Select(s => $"≤ {s.Name} average³").ToList();
            Line(md, "| SRM analyzer | Rules | " + string.Join(" | ", awsProjects.Select(p => p.Label)) + $" | % of binding ({largestAws.Label}) |" +
                     string.Concat(peerHeads.Select(h => $" {h} |")));
            Line(md, "|---|---|" + string.Concat(awsProjects.Select(_ => "--:|")) + "--:|" + string.Concat(peerHeads.Select(_ => ":-:|")));
            foreach (var (analyzer, rules) in ordered)
            {
                var below = compared.Select(peer => awsProjects.All(p =>
                {
                    var peerSet = p.Set(SetKind.Peer, peer.Name);
                    return peerSet is not null && MsPerKloc(p, analyzer) <= peerSet.PerAnalyzerMs / p.Kloc;
                }) ? "yes" : "**no**");
                var ms = MsPerKloc(largestAws, analyzer) * largestAws.Kloc;
                Line(md, $"| {analyzer} | {rules} | " + string.Join(" | ", awsProjects.Select(p => Num(MsPerKloc(p, analyzer)))) +
                         $" | {Pct(ms / largestAws.BindingMs * 100)} |" + string.Concat(below.Select(b => $" {b} |")));
            }

            Line(md);
            var slowest = ordered.Take(5).Select(a => $"{a.Name} ({Num(MsPerKloc(largestAws, a.Name))} ms)");
            Line(md, $"Five slowest ({largestAws.Label}): {string.Join(", ", slowest)}.");
            Line(md);
        }

        // Scaling.
        var generated = GeneratedAws.OrderBy(p => p.Lines).ToList();
        if (generated.Count >= 2)
        {
            var (smallest, largest) = (generated[0], generated[^1]);
            Line(md, $"**Scaling, generated AWS projects** ({smallest.Label} → {largest.Label})");
            Line(md);
            Line(md, $"| | {smallest.Label} | {largest.Label} | Ratio |");
            Line(md, "|---|--:|--:|--:|");
            Line(md, $"| Lines | {smallest.Lines.ToString("N0", Invariant)} | {largest.Lines.ToString("N0", Invariant)} | {Ratio(largest.Lines, smallest.Lines)} |");
            Line(md, $"| Binding, ms | {smallest.BindingMs.ToString("N0", Invariant)} | {largest.BindingMs.ToString("N0", Invariant)} | {Ratio(largest.BindingMs, smallest.BindingMs)} |");
            foreach (var set in Sets.Where(s => s.Kind == SetKind.Srm).Concat(Sets.Where(s => s.Kind != SetKind.Srm)).Where(s => s.Loaded))
            {
                var (a, b) = (smallest.Set(set.Kind, set.Name), largest.Set(set.Kind, set.Name));
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

        // The long method.
        if (LongMethods.Any())
        {
            Line(md, "**One long method** (N PutObjectRequest locals, each built with an initializer and sent on the next statement)");
            Line(md);
            Line(md, "| Project | Lines | Binding ms | No-op floor ms | SRM, all rules, ms | SRM % of binding | Three slowest SRM analyzers, ms |");
            Line(md, "|---|--:|--:|--:|--:|--:|---|");
            foreach (var p in LongMethods)
            {
                var srm = p.Set(SetKind.Srm);
                var noOp = p.Set(SetKind.NoOp);
                var slowest = srm is null ? "-" : string.Join(", ", srm.Analyzers.Take(3).Select(a => $"{a.Name} {Num(a.Milliseconds)}"));
                Line(md, $"| {p.Label} | {p.Lines.ToString("N0", Invariant)} | {p.BindingMs.ToString("N0", Invariant)} | {(noOp is null ? "-" : Num(noOp.TotalMs))} | " +
                         $"{(srm is null ? "-" : Num(srm.TotalMs))} | {(srm is null ? "-" : Pct(srm.TotalMs / p.BindingMs * 100))} | {slowest} |");
            }

            Line(md);
        }

        // Live, per document.
        if (Ide.Count > 0)
        {
            Line(md, "**Each document analyzed alone, as the IDE does**⁷ (ms per document; analyzer time from the telemetry, wall time of the call in brackets)");
            Line(md);
            Line(md, "| Documents | Set | Median | 95th percentile | SRM / set, median | SRM / set, 95th percentile |");
            Line(md, "|---|---|--:|--:|--:|--:|");
            foreach (var group in Ide)
            {
                var srm = group.Set(SetKind.Srm);
                foreach (var set in group.Sets.OrderBy(s => s.Kind == SetKind.Srm ? 0 : s.Kind == SetKind.Peer ? 1 : 2))
                {
                    var ratios = srm is null || set.Kind == SetKind.Srm
                        ? " | |"
                        : $" | {Fraction(srm.MedianMs, set.MedianMs)} | {Fraction(srm.P95Ms, set.P95Ms)} |";
                    Line(md, $"| {group.Group} ({group.Sampled} of {group.Documents}) | {set.Set} | {Num(set.MedianMs)} ({Num(set.MedianWallMs)}) | " +
                             $"{Num(set.P95Ms)} ({Num(set.P95WallMs)}){ratios}");
                }
            }

            Line(md);
        }

        // Allocations.
        Line(md, "**Allocations of the SRM rules**⁴");
        Line(md);
        Line(md, "| Project | SRM run | No-op run | SRM own (difference) | Per 1,000 lines |");
        Line(md, "|---|--:|--:|--:|--:|");
        foreach (var p in Projects)
        {
            if (OwnAllocation(p) is not { } own)
            {
                continue;
            }

            var (srm, noOp) = (p.Set(SetKind.Srm)!, p.Set(SetKind.NoOp)!);
            var baseline = srm.RegisteredWork ? Bytes(noOp.AllocatedBytes) : $"not subtracted⁵ ({Bytes(noOp.AllocatedBytes)})";
            Line(md, $"| {p.Label} | {Bytes(srm.AllocatedBytes)} | {baseline} | {Bytes(own)} | {Bytes((long)(own / p.Kloc))} |");
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
        Line(md, "³ yes: this SRM analyzer took at most that peer's per-analyzer average on every AWS project measured (generated and corpus).");
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
                 "anyway and a build pays once, whoever asks first. Each set's compilation has it done before the set runs (binding " +
                 "time includes it), so no set's first analyzer is charged the compiler's set-up.");
        Line(md);
        Line(md, "⁷ Per document and per set: a new compilation, its references and declaration table bound first (one type lookup, which " +
                 "the IDE's compilation after an edit carries over), then GetAnalyzerSemanticDiagnosticsAsync(model, null) for that document " +
                 "alone, compilation start actions included. The figure is the set's analyzer time on that document (telemetry); in brackets " +
                 "the wall time of the call, which adds the binding of the document and the driver. Documents are sampled with the seed " +
                 $"(--ide-docs, at most {Options.IdeDocuments}).");
        return md.ToString();
    }

    private static double MsPerKloc(ProjectResult p, string analyzer) =>
        (p.Set(SetKind.Srm)?.Analyzers.FirstOrDefault(a => a.Name == analyzer)?.Milliseconds ?? 0) / p.Kloc;

    /// <summary>What the SRM rules allocate themselves on a project (null without both runs).</summary>
    private static long? OwnAllocation(ProjectResult p)
    {
        var srm = p.Set(SetKind.Srm);
        var noOp = p.Set(SetKind.NoOp);
        if (srm is null || noOp is null)
        {
            return null;
        }

        // Without registered work the SRM run binds nothing, so there is no binding to subtract.
        return srm.RegisteredWork ? srm.AllocatedBytes - noOp.AllocatedBytes : srm.AllocatedBytes;
    }

    private IEnumerable<TargetResult> EvaluateTargets()
    {
        foreach (var p in Aws)
        {
            if (p.Set(SetKind.Srm) is { } srm)
            {
                var share = srm.TotalMs / p.BindingMs * 100;
                yield return new TargetResult($"All SRM rules, % of binding, {p.Label}", Pct(share), $"≤ {Pct(SrmShareOfBindingAws)}", share <= SrmShareOfBindingAws);
            }
        }

        foreach (var p in NoSdk)
        {
            if (p.Set(SetKind.Srm) is { } srm)
            {
                var share = srm.TotalMs / p.BindingMs * 100;
                yield return new TargetResult($"All SRM rules, % of binding, {p.Label}", Pct(share), $"≤ {Pct(SrmShareOfBindingNoSdk)}", share <= SrmShareOfBindingNoSdk);
            }
        }

        var generated = GeneratedAws.OrderBy(p => p.Lines).ToList();
        if (generated.Count >= 2 && generated[0].Set(SetKind.Srm) is { } small && generated[^1].Set(SetKind.Srm) is { } large && small.TotalMs > 0)
        {
            var lines = (double)generated[^1].Lines / generated[0].Lines;
            var ratio = large.TotalMs / small.TotalMs;
            var limit = lines * ScalingAllowance;
            yield return new TargetResult(
                $"SRM time for {Ratio(generated[^1].Lines, generated[0].Lines)} the code, {generated[0].Label} → {generated[^1].Label} (binding {Ratio(generated[^1].BindingMs, generated[0].BindingMs)})",
                Ratio(large.TotalMs, small.TotalMs),
                $"≤ {limit.ToString("N1", Invariant)}×",
                ratio <= limit);
        }

        foreach (var p in LongMethods)
        {
            if (p.Set(SetKind.Srm) is { } srm)
            {
                var share = srm.TotalMs / p.BindingMs * 100;
                yield return new TargetResult($"All SRM rules, % of binding, {p.Label}", Pct(share), $"≤ {Pct(LongMethodShareOfBinding)}", share <= LongMethodShareOfBinding);
            }
        }

        foreach (var p in Aws)
        {
            var srm = p.Set(SetKind.Srm);
            var peer = p.Set(SetKind.Peer, TargetPeer);
            var target = $"Slowest SRM analyzer vs {TargetPeer}'s per-analyzer average, {p.Label}";
            if (srm is null || srm.Analyzers.Count == 0 || peer is null || peer.Error is not null || peer.Ran == 0)
            {
                yield return new TargetResult(target, peer?.Error is not null ? "peer not loaded" : "peer not run", "-", null);
                continue;
            }

            var slowest = srm.Analyzers.MaxBy(a => a.Milliseconds)!;
            var average = peer.PerAnalyzerMs;
            yield return new TargetResult(
                target,
                $"{slowest.Name}: {Num(slowest.Milliseconds / p.Kloc)} ms / 1,000 lines",
                $"≤ {Num(average / p.Kloc)} ms",
                slowest.Milliseconds <= average);
        }

        foreach (var p in Aws)
        {
            if (OwnAllocation(p) is { } own)
            {
                var mb = own / p.Kloc / (1 << 20);
                yield return new TargetResult($"SRM's own allocations per 1,000 lines, {p.Label}", $"{mb.ToString("N3", Invariant)} MB", $"≤ {AllocatedMbPerKloc.ToString("N1", Invariant)} MB", mb <= AllocatedMbPerKloc);
            }
        }

        foreach (var group in Ide)
        {
            var srm = group.Set(SetKind.Srm);
            var meziantou = group.Set(SetKind.Peer, "Meziantou");
            foreach (var (name, pick) in new (string, Func<IdeSetStats, double>)[] { ("median", s => s.MedianMs), ("95th percentile", s => s.P95Ms) })
            {
                var target = $"Per document, SRM / Meziantou at the {name}, {group.Group}";
                if (srm is null || meziantou is null || pick(meziantou) <= 0)
                {
                    yield return new TargetResult(target, "Meziantou not run", "-", null);
                    continue;
                }

                var ratio = pick(srm) / pick(meziantou);
                yield return new TargetResult(target, $"{Num(pick(srm))} / {Num(pick(meziantou))} ms = {ratio.ToString("N2", Invariant)}", $"≤ {IdeShareOfMeziantou.ToString("N2", Invariant)}", ratio <= IdeShareOfMeziantou);
            }
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

    private static string Fraction(double part, double whole) => whole <= 0 ? "-" : Num(part / whole) + "×";

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
