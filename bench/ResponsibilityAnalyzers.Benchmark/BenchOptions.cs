using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>The command line: see Usage.</summary>
internal sealed record BenchOptions(
    IReadOnlyList<int> Files,
    double AwsShare,
    int Seed,
    string OutputFolder,
    int Runs,
    int PeerRuns,
    string? DumpFolder,
    bool Peers,
    string? CorpusFolder,
    IReadOnlyList<int> LongMethods,
    int IdeDocuments)
{
    public const string Usage = """
        ResponsibilityAnalyzers performance benchmark

          dotnet run -c Release --project bench/ResponsibilityAnalyzers.Benchmark -- [options]

        Options:
          --files N[,N...]   generated project sizes in files, ~70 lines each (default 200,2000; 0: none)
          --corpus DIR       also measure each first-level folder of DIR as one project (all *.cs under it), built
                             against .NET 10 + AWS SDK (net10.0) and again .NET Framework 4.7.2 + AWS SDK (net472)
          --long-method N[,N...]
                             also measure one method of N PutObjectRequests, each built then sent (e.g. 3000)
          --ide-docs N       per-document (IDE) timing on up to N sampled documents of the largest generated AWS
                             project and of the corpus (default 150; 0: skip)
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
        string? corpus = null;
        var longMethods = new List<int>();
        var ideDocuments = 150;
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
                    files = Numbers(value);
                    if (files.SequenceEqual(new[] { 0 }))
                    {
                        files.Clear();
                    }
                    else if (files.Count == 0 || files.Any(n => n < 1))
                    {
                        throw new ArgumentException("--files takes positive numbers, e.g. 200,2000, or 0 for no generated project.");
                    }

                    break;
                case "--corpus":
                    corpus = Path.GetFullPath(value);
                    break;
                case "--long-method":
                    longMethods = Numbers(value);
                    if (longMethods.Count == 0 || longMethods.Any(n => n < 1))
                    {
                        throw new ArgumentException("--long-method takes positive numbers, e.g. 3000.");
                    }

                    break;
                case "--ide-docs":
                    ideDocuments = int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
                    if (ideDocuments < 0)
                    {
                        throw new ArgumentException("--ide-docs takes 0 or a positive number.");
                    }

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

        if (files.Count == 0 && corpus is null && longMethods.Count == 0)
        {
            throw new ArgumentException("Nothing to measure: --files 0 needs --corpus or --long-method.");
        }

        return new BenchOptions(files, share, seed, Path.GetFullPath(output ?? DefaultOutput()), runs, peerRuns, dump, peers, corpus, longMethods, ideDocuments);
    }

    private static List<int> Numbers(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .ToList();

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
