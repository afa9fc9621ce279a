using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>
/// The performance benchmark of the SRM analyzers (issue 7): generated projects with and without the AWS SDK, the
/// compiler's binding time, and the analyzer time of SRM, a no-op floor and three peer analyzer packages.
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
        Console.Error.WriteLine($"Benchmark: files {string.Join(",", options.Files)}, AWS share {options.AwsShare:P0}, seed {options.Seed}, runs {options.Runs} (peers {options.PeerRuns}); {machine.Summary}");

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
            var warm = ProjectGenerator.Generate(Math.Min(60, options.Files[0]), options.AwsShare, options.Seed + 1, withAws);
            var result = await Runner.MeasureAsync(warm, sets, $"warm-up {(withAws ? "AWS" : "no SDK")}").ConfigureAwait(false);
            if (result.CompilerErrors > 0)
            {
                Console.Error.WriteLine("The generated code does not compile; fix ProjectGenerator.");
                return 1;
            }
        }

        var projects = new List<ProjectResult>();
        foreach (var files in options.Files)
        {
            foreach (var withAws in new[] { true, false })
            {
                var project = ProjectGenerator.Generate(files, options.AwsShare, options.Seed, withAws);
                var label = $"{(withAws ? "AWS" : "no SDK")}, {files} files";
                Console.Error.WriteLine($"Measuring {label}: {project.Lines:N0} lines, {project.AwsFiles} files calling AWS");
                if (options.DumpFolder is not null)
                {
                    Dump(project, options.DumpFolder);
                }

                var result = await Runner.MeasureAsync(project, sets, label, options.Runs, options.PeerRuns).ConfigureAwait(false);
                if (result.CompilerErrors > 0)
                {
                    Console.Error.WriteLine("The generated code does not compile; fix ProjectGenerator.");
                    return 1;
                }

                projects.Add(result);
            }
        }

        var report = Report.Build(options, machine.WithEnd(), sets, projects, clock.Elapsed);
        Directory.CreateDirectory(options.OutputFolder);
        var markdown = report.ToMarkdown();
        await File.WriteAllTextAsync(Path.Combine(options.OutputFolder, "latest.md"), markdown).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(options.OutputFolder, "latest.json"), report.ToJson()).ConfigureAwait(false);
        Console.WriteLine(markdown);
        Console.Error.WriteLine($"Wrote {Path.Combine(options.OutputFolder, "latest.md")} and latest.json in {clock.Elapsed.TotalSeconds:N0} s.");
        return 0;
    }

    private static void Dump(GeneratedProject project, string folder)
    {
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
