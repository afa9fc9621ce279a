using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>The command line: --files, --aws-share, --seed, --out.</summary>
internal sealed record BenchOptions(IReadOnlyList<int> Files, double AwsShare, int Seed, string OutputFolder, int Runs, int PeerRuns, string? DumpFolder, bool Peers)
{
    public const string Usage = """
        ResponsibilityAnalyzers performance benchmark

          dotnet run -c Release --project bench/ResponsibilityAnalyzers.Benchmark -- [options]

        Options:
          --files N[,N...]   project sizes in files, ~60 lines each (default 200,2000)
          --aws-share X      share of files that call S3 and DynamoDB, 0..1 (default 0.3)
          --seed N           seed of the code generator (default 20250607)
          --out DIR          folder for latest.md and latest.json (default bench-results/ at the repository root)
          --runs N           measure binding, the no-op floor and SRM N times, keep the fastest of each (default 3)
          --peer-runs N      the same for the peer packages, which take far longer (default 1)
          --dump DIR         also write the generated sources of each project under DIR, to read them
          --no-peers         skip SecurityCodeScan, Meziantou and Roslynator (quick check of the SRM rules only)
          --help             this text
        """;

    public static BenchOptions? Parse(string[] args)
    {
        var files = new List<int> { 200, 2000 };
        var share = 0.3;
        var seed = 20250607;
        string? output = null;
        var runs = 3;
        var peerRuns = 1;
        string? dump = null;
        var peers = true;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h" or "-?")
            {
                return null;
            }

            if (name == "--no-peers")
            {
                peers = false;
                continue;
            }

            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"Option {name} needs a value.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--files":
                    files = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(v => int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture))
                        .ToList();
                    if (files.Count == 0 || files.Any(n => n < 1))
                    {
                        throw new ArgumentException("--files takes positive numbers, e.g. 200,2000.");
                    }

                    files = files.Distinct().Order().ToList();
                    break;
                case "--aws-share":
                    share = double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
                    if (share is < 0 or > 1)
                    {
                        throw new ArgumentException("--aws-share takes a number from 0 to 1, e.g. 0.3.");
                    }

                    break;
                case "--seed":
                    seed = int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    output = value;
                    break;
                case "--runs":
                    runs = int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
                    if (runs < 1)
                    {
                        throw new ArgumentException("--runs takes a positive number.");
                    }

                    break;
                case "--peer-runs":
                    peerRuns = int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
                    if (peerRuns < 1)
                    {
                        throw new ArgumentException("--peer-runs takes a positive number.");
                    }

                    break;
                case "--dump":
                    dump = Path.GetFullPath(value);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {name}.");
            }
        }

        return new BenchOptions(files, share, seed, Path.GetFullPath(output ?? DefaultOutput()), runs, peerRuns, dump, peers);
    }

    /// <summary>bench-results/ next to ResponsibilityAnalyzers.sln above the current folder, else under the current folder.</summary>
    private static string DefaultOutput()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ResponsibilityAnalyzers.sln")))
            {
                return Path.Combine(folder.FullName, "bench-results");
            }
        }

        return "bench-results";
    }
}
