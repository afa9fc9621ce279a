using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Meta;

/// <summary>
/// IDE parity: the IDE analyzes one document at a time (<c>GetAnalyzerSemanticDiagnosticsAsync</c> and
/// <c>GetAnalyzerSyntaxDiagnosticsAsync</c> on that document's tree), the build analyzes the whole compilation. For
/// every test source and the sample, each document analyzed alone on a fresh compilation must show exactly the
/// findings the build shows there (id, location and message); compilation-end rules aside, which only the build runs.
/// </summary>
public class IdeParityTests
{
    private const string Sample = "samples/DocumentStore";

    /// <summary>What ImplicitUsings gives the sample (a console app, Microsoft.NET.Sdk).</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>
    /// Shapes the single-file test sources cannot hold: a value built in one document and sent in another (the two
    /// halves of a partial class). Each is one case of its own, named "cross-document#n".
    /// </summary>
    private static readonly string[][] CrossDocument =
    [
        [
            """
            using Amazon.EC2;
            using Amazon.EC2.Model;
            using System.Collections.Generic;

            public partial class Firewall
            {
                private readonly IpPermission _ssh = new IpPermission
                {
                    IpProtocol = "tcp", FromPort = 22, ToPort = 22,
                    Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } },
                };
            }
            """,
            """
            using Amazon.EC2;
            using Amazon.EC2.Model;
            using System.Collections.Generic;
            using System.Threading.Tasks;

            public partial class Firewall
            {
                public Task Open(IAmazonEC2 ec2) =>
                    ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
                    {
                        GroupId = "sg-1",
                        IpPermissions = new List<IpPermission> { _ssh },
                    });
            }
            """,
        ],
    ];

    private static readonly ImmutableHashSet<string> CompilationEndIds = Catalog.Analyzers
        .SelectMany(analyzer => analyzer.SupportedDiagnostics)
        .Where(descriptor => descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd))
        .Select(descriptor => descriptor.Id)
        .ToImmutableHashSet();

    public static IEnumerable<object[]> Cases =>
        SourceCorpus.All.Where(entry => !entry.Name.StartsWith("samples/", StringComparison.Ordinal)).Select(entry => new object[] { entry.Name })
            .Concat(CrossDocument.Select((_, i) => new object[] { $"cross-document#{i}" }))
            .Append([Sample]);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachDocumentAnalyzedAlone_ShowsTheBuildsFindings(string name)
    {
        var (compilation, documents) = await CompileAsync(name);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var build = Keys(await compilation.WithAnalyzers(Catalog.Analyzers, Options(options)).GetAnalyzerDiagnosticsAsync(CancellationToken.None));

        var ide = new List<string>();
        foreach (var path in documents)
        {
            // A fresh compilation per document, as after an edit: nothing any other document's analysis computed is cached.
            var fresh = compilation.Clone();
            var tree = fresh.SyntaxTrees.Single(t => t.FilePath == path);
            var withAnalyzers = fresh.WithAnalyzers(Catalog.Analyzers, Options(options));
            ide.AddRange(Keys(await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None)));
            ide.AddRange(Keys(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(fresh.GetSemanticModel(tree), null, CancellationToken.None)));
        }

        var lost = Difference(build, ide);
        var extra = Difference(ide, build);
        Assert.True(
            lost.Count == 0 && extra.Count == 0,
            $"{name}: {build.Count} findings in the build.\n"
            + $"Lost when each document is analyzed alone ({lost.Count}):\n  " + string.Join("\n  ", lost)
            + $"\nOnly when each document is analyzed alone ({extra.Count}):\n  " + string.Join("\n  ", extra));
    }

    private static CompilationWithAnalyzersOptions Options(AnalyzerOptions options) =>
        new(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);

    /// <summary>Each finding as "id path(line,col)-(line,col): message"; analyzer exceptions count too, so a crash in one mode shows.</summary>
    private static List<string> Keys(ImmutableArray<Diagnostic> diagnostics) => diagnostics
        .Where(d => !CompilationEndIds.Contains(d.Id))
        .Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"{d.Id} {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {d.GetMessage()}";
        })
        .ToList();

    /// <summary>The entries of <paramref name="left"/> that <paramref name="right"/> lacks, counting duplicates.</summary>
    private static List<string> Difference(List<string> left, List<string> right)
    {
        var remaining = right.GroupBy(key => key).ToDictionary(group => group.Key, group => group.Count());
        var result = new List<string>();
        foreach (var key in left.OrderBy(key => key, StringComparer.Ordinal))
        {
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
            }
            else
            {
                result.Add(key);
            }
        }

        return result;
    }

    /// <summary>The case's compilation and the paths of the documents to analyze one by one (every document but the stand-ins).</summary>
    private static async Task<(Compilation Compilation, string[] Documents)> CompileAsync(string name)
    {
        if (name == Sample)
        {
            var folder = Repository.Path("samples", "DocumentStore");
            var separator = Path.DirectorySeparatorChar;
            var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: "/sample/" + Path.GetRelativePath(folder, f).Replace(separator, '/')))
                .Prepend(CSharpSyntaxTree.ParseText(ImplicitUsings, path: "/sample/GlobalUsings.g.cs"))
                .ToArray();
            var sample = CSharpCompilation.Create(
                "DocumentStore",
                trees,
                await AnalyzerRunner.ReferencesFor(Sdk.V4),
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            return (sample, trees.Select(t => t.FilePath).ToArray());
        }

        var sources = name.StartsWith("cross-document#", StringComparison.Ordinal)
            ? CrossDocument[int.Parse(name.Substring("cross-document#".Length), System.Globalization.CultureInfo.InvariantCulture)]
            : [SourceCorpus.All.Single(entry => entry.Name == name).Source];

        // v4 if the source compiles against it, else v3 if it compiles there, else v4 with its errors (the IDE analyzes broken code too).
        var v4 = await AnalyzerRunner.CompileAsync(Sdk.V4, sources);
        var compilation = v4;
        if (HasErrors(v4) && await AnalyzerRunner.CompileAsync(Sdk.V3, sources) is var v3 && !HasErrors(v3))
        {
            compilation = v3;
        }

        return (compilation, Enumerable.Range(0, sources.Length).Select(i => $"/0/Test{i}.cs").ToArray());
    }

    private static bool HasErrors(Compilation compilation) =>
        compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
}
