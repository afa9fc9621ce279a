using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>
/// The performance benchmark of the SRM analyzers (issues 7 and 10): generated projects with and without the AWS SDK, a
/// corpus of real code (--corpus), one long method (--long-method), the compiler's binding time, the analyzer time of
/// SRM, a no-op floor and three peer analyzer packages, and per-document (IDE) timing.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions? options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        if (options is null)
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        var clock = Stopwatch.StartNew();
        var machine = MachineInfo.Capture();
        Console.Error.WriteLine($"Benchmark: files {(options.Files.Count == 0 ? "none" : string.Join(",", options.Files))}, AWS share {options.AwsShare:P0}, seed {options.Seed}, " +
                                $"corpus {options.CorpusFolder ?? "none"}, long method {(options.LongMethods.Count == 0 ? "none" : string.Join(",", options.LongMethods))}, " +
                                $"runs {options.Runs} (peers {options.PeerRuns}), per-document sample {options.IdeDocuments}; {machine.Summary}");

        IReadOnlyList<GeneratedProject> corpus = Array.Empty<GeneratedProject>();
        if (options.CorpusFolder is not null)
        {
            try
            {
                corpus = Corpus.Load(options.CorpusFolder);
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 2;
            }

            if (References.Net472Error is { } error)
            {
                Console.Error.WriteLine($"The net472 build of the corpus cannot be made: {error}");
                return 1;
            }
        }

        var sets = new List<AnalyzerSet> { AnalyzerSets.NoOp(), AnalyzerSets.Srm() };
        if (options.Peers)
        {
            sets.AddRange(AnalyzerSets.Peers());
        }

        foreach (var set in sets)
        {
            Console.Error.WriteLine($"  {set.Name}: {(set.Loaded ? $"{set.Analyzers.Length} analyzers" : "NOT LOADED: " + set.LoadError)} from {set.Source}");
        }

        // Warm-up: JIT every path (generator, compiler, driver, each analyzer) on a small project of each kind.
        Console.Error.WriteLine("Warm-up (not measured)");
        foreach (var withAws in new[] { true, false })
        {
            var warm = ProjectGenerator.Generate(Math.Min(60, options.Files.Count == 0 ? 60 : options.Files[0]), options.AwsShare, options.Seed + 1, withAws);
            var result = await Runner.MeasureAsync(warm, sets, $"warm-up {warm.Label}").ConfigureAwait(false);
            if (result.CompilerErrors > 0)
            {
                Console.Error.WriteLine("The generated code does not compile; fix ProjectGenerator.");
                return 1;
            }
        }

        var projects = new List<ProjectResult>();
        var measured = new List<GeneratedProject>();
        foreach (var files in options.Files)
        {
            foreach (var withAws in new[] { true, false })
            {
                var project = ProjectGenerator.Generate(files, options.AwsShare, options.Seed, withAws);
                Console.Error.WriteLine($"Measuring {project.Label}: {project.Lines:N0} lines, {project.AwsFiles} files calling AWS");
                Dump(project, options.DumpFolder);
                var result = await Runner.MeasureAsync(project, sets, project.Label, options.Runs, options.PeerRuns).ConfigureAwait(false);
                if (result.CompilerErrors > 0)
                {
                    Console.Error.WriteLine("The generated code does not compile; fix ProjectGenerator.");
                    return 1;
                }

                projects.Add(result);
                measured.Add(project);
            }
        }

        // Each corpus folder is built for net10.0 and for net472; real code targets one of them (the synchronous AWS calls
        // exist only in the net472 build, await foreach over paginators and newer BCL APIs only in the other), so the
        // builds that compile are measured, and when neither does, the one with fewer errors (reported as not compiling).
        var corpusMeasured = new List<GeneratedProject>();
        var corpusSkipped = new List<SkippedBuild>();
        foreach (var folder in corpus.GroupBy(p => p.Name))
        {
            var builds = folder.Select(p => (Project: p, Errors: Runner.CompilerErrors(p))).ToList();
            var compiling = builds.Where(b => b.Errors.Length == 0).ToList();
            var chosen = compiling.Count > 0 ? compiling : builds.OrderBy(b => b.Errors.Length).Take(1).ToList();
            foreach (var build in builds.Except(chosen))
            {
                Console.Error.WriteLine($"  {build.Project.Label}: {build.Errors.Length} compiler errors, not measured; first: {build.Errors.FirstOrDefault()}");
                corpusSkipped.Add(new SkippedBuild(build.Project.Label, build.Errors.Length, build.Errors.Take(3).Select(e => e.ToString()).ToList()));
            }

            foreach (var (project, _) in chosen)
            {
                Console.Error.WriteLine($"Measuring corpus {project.Label}: {project.Files.Count} files, {project.Lines:N0} lines, {project.AwsFiles} files naming AWS");
                var result = await Runner.MeasureAsync(project, sets, project.Label, options.Runs, options.PeerRuns, stopOnErrors: false).ConfigureAwait(false);
                if (result.CompilerErrors > 0)
                {
                    Console.Error.WriteLine($"  {project.Label} has {result.CompilerErrors} compiler errors (and its other build more); measured all the same, but a corpus project should compile.");
                }

                projects.Add(result);
                corpusMeasured.Add(project);
            }
        }

        // The long method: binding, the floor and SRM only (the peers are not compared there).
        var ownSets = sets.Where(s => s.Kind != SetKind.Peer).ToList();
        foreach (var requests in options.LongMethods)
        {
            var project = ProjectGenerator.LongMethod(requests);
            Console.Error.WriteLine($"Measuring {project.Label}: {project.Lines:N0} lines");
            Dump(project, options.DumpFolder);
            var result = await Runner.MeasureAsync(project, ownSets, project.Label, options.Runs, options.PeerRuns).ConfigureAwait(false);
            if (result.CompilerErrors > 0)
            {
                Console.Error.WriteLine("The long method does not compile; fix ProjectGenerator.LongMethod.");
                return 1;
            }

            projects.Add(result);
        }

        // Live: each document alone, as the IDE does; SRM, Meziantou and the floor.
        var ide = new List<IdeResult>();
        if (options.IdeDocuments > 0)
        {
            var ideSets = sets.Where(s => s.Loaded && (s.Kind != SetKind.Peer || s.Name == "Meziantou")).ToList();
            var largest = measured.Where(p => p.ReferencesAws).MaxBy(p => p.Lines);
            if (largest is not null)
            {
                ide.Add(await IdeTiming.MeasureAsync($"Generated, {largest.Label}", new[] { largest }, ideSets, options.IdeDocuments, options.Seed).ConfigureAwait(false));
            }

            if (corpusMeasured.Count > 0)
            {
                ide.Add(await IdeTiming.MeasureAsync("Corpus", corpusMeasured, ideSets, options.IdeDocuments, options.Seed).ConfigureAwait(false));
            }
        }

        var report = Report.Build(options, machine.WithEnd(), sets, projects, corpusSkipped, ide, clock.Elapsed);
        Directory.CreateDirectory(options.OutputFolder);
        var markdown = report.ToMarkdown();
        await File.WriteAllTextAsync(Path.Combine(options.OutputFolder, "latest.md"), markdown).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(options.OutputFolder, "latest.json"), report.ToJson()).ConfigureAwait(false);
        Console.WriteLine(markdown);
        Console.Error.WriteLine($"Wrote {Path.Combine(options.OutputFolder, "latest.md")} and latest.json in {clock.Elapsed.TotalSeconds:N0} s.");
        return 0;
    }

    private static void Dump(GeneratedProject project, string? folder)
    {
        if (folder is null)
        {
            return;
        }

        var root = Path.Combine(folder, $"{project.Name}-{project.Files.Count}");
        foreach (var file in project.Files)
        {
            var path = Path.Combine(root, file.Path.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        Console.Error.WriteLine($"  sources written to {root}");
    }
}
