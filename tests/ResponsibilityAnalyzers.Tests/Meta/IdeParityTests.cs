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

    /// <summary>The CDK app of the same store (no implicit usings, compiled against the CDK).</summary>
    private const string CdkSample = "samples/DocumentStore.Infrastructure";

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
    /// Shapes the single-file test sources cannot hold: the two halves of a partial class, a value built in one and sent
    /// in the other, a create in one and its protection in the other. Each is one case, named "cross-document#n".
    /// </summary>
    private static readonly (string[] Sources, string[] BuildFindings)[] CrossDocument =
    [
        ([
            // A permission kept in a field of the other half: the engine does not follow fields (docs/flow-engine.md), so
            // nothing is found; a rule that starts to must report where the request lists the field, in this document.
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
        ], []),
        ([
            // SRM4001 pairs a CreateTable with the UpdateContinuousBackups of the same type, here in its other half:
            // 'orders' is covered, 'audit' is not (and SRM4003 finds both without deletion protection).
            """
            using Amazon.DynamoDBv2;
            using Amazon.DynamoDBv2.Model;
            using System.Threading.Tasks;

            public partial class Tables
            {
                public Task Create(IAmazonDynamoDB db) => db.CreateTableAsync(new CreateTableRequest { TableName = "orders" });

                public Task CreateAudit(IAmazonDynamoDB db) => db.CreateTableAsync(new CreateTableRequest { TableName = "audit" });
            }
            """,
            """
            using Amazon.DynamoDBv2;
            using Amazon.DynamoDBv2.Model;
            using System.Threading.Tasks;

            public partial class Tables
            {
                public Task Protect(IAmazonDynamoDB db) => db.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
                {
                    TableName = "orders",
                    PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
                });
            }
            """,
        ], ["SRM4001", "SRM4003", "SRM4003"]),
        ([
            // SRM4004 pairs a PutBucket with the PutBucketVersioning of the same type, here in its other half: 'documents'
            // is covered, 'logs' is not.
            """
            using Amazon.S3;
            using Amazon.S3.Model;
            using System.Threading.Tasks;

            public partial class Buckets
            {
                public Task Create(IAmazonS3 s3) => s3.PutBucketAsync(new PutBucketRequest { BucketName = "documents" });

                public Task CreateLogs(IAmazonS3 s3) => s3.PutBucketAsync(new PutBucketRequest { BucketName = "logs" });
            }
            """,
            """
            using Amazon.S3;
            using Amazon.S3.Model;
            using System.Threading.Tasks;

            public partial class Buckets
            {
                public Task Version(IAmazonS3 s3) => s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                {
                    BucketName = "documents",
                    VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
                });
            }
            """,
        ], ["SRM4004"]),
    ];

    private static readonly ImmutableHashSet<string> AnalyzerIds = Catalog.Analyzers
        .SelectMany(analyzer => analyzer.SupportedDiagnostics)
        .Select(descriptor => descriptor.Id)
        .ToImmutableHashSet();

    private static readonly ImmutableHashSet<string> CompilationEndIds = Catalog.Analyzers
        .SelectMany(analyzer => analyzer.SupportedDiagnostics)
        .Where(descriptor => descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd))
        .Select(descriptor => descriptor.Id)
        .ToImmutableHashSet();

    public static IEnumerable<object[]> Cases =>
        SourceCorpus.All.Where(entry => !entry.Name.StartsWith("samples/", StringComparison.Ordinal)).Select(entry => new object[] { entry.Name })
            .Concat(CrossDocument.Select((_, i) => new object[] { $"cross-document#{i}" }))
            .Append([Sample])
            .Append([CdkSample]);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachDocumentAnalyzedAlone_ShowsTheBuildsFindings(string name)
    {
        var (compilation, documents, buildDiagnostics) = await BuildAsync(name);
        var build = Keys(buildDiagnostics);

        var ide = new List<string>();
        foreach (var path in documents)
        {
            // A fresh compilation per document, as after an edit: nothing any other document's analysis computed is cached.
            var fresh = compilation.Clone();
            var tree = fresh.SyntaxTrees.Single(t => t.FilePath == path);
            var withAnalyzers = fresh.WithAnalyzers(Catalog.Analyzers, Options);
            ide.AddRange(Keys(await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None)));
            ide.AddRange(Keys(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(fresh.GetSemanticModel(tree), null, CancellationToken.None)));
        }

        if (name.StartsWith("cross-document#", StringComparison.Ordinal))
        {
            // These cases are written for what the build finds in them: check they still find it.
            var expected = CrossDocument[int.Parse(name.Substring("cross-document#".Length), System.Globalization.CultureInfo.InvariantCulture)].BuildFindings;
            Assert.True(
                expected.SequenceEqual(build.Select(key => key.Substring(0, key.IndexOf(' '))).OrderBy(id => id, StringComparer.Ordinal)),
                $"{name}: the build should find {string.Join(", ", expected)}, and found:\n  " + string.Join("\n  ", build));
        }

        var lost = Difference(build, ide);
        var extra = Difference(ide, build);
        Assert.True(
            lost.Count == 0 && extra.Count == 0,
            $"{name}: {build.Count} findings in the build.\n"
            + $"Lost when each document is analyzed alone ({lost.Count}):\n  " + string.Join("\n  ", lost)
            + $"\nOnly when each document is analyzed alone ({extra.Count}):\n  " + string.Join("\n  ", extra));
    }

    private static readonly CompilationWithAnalyzersOptions Options = new(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);

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

    /// <summary>
    /// The case's compilation, the paths of the documents to analyze one by one (every document but the stand-ins), and
    /// the build's analyzer diagnostics: on the CDK for a CDK app; on SDK v4 if the source compiles against it, else v3 if it compiles there, else
    /// v4 with its errors (the IDE analyzes broken code too). Compiler and analyzer diagnostics come from one pass.
    /// </summary>
    private static async Task<(Compilation Compilation, string[] Documents, ImmutableArray<Diagnostic> Build)> BuildAsync(string name)
    {
        if (name is Sample or CdkSample)
        {
            var folder = Repository.Path(name.Split('/'));
            var separator = Path.DirectorySeparatorChar;
            var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: "/sample/" + Path.GetRelativePath(folder, f).Replace(separator, '/')))
                .Prepend(CSharpSyntaxTree.ParseText(name == Sample ? ImplicitUsings : "", path: "/sample/GlobalUsings.g.cs"))
                .ToArray();
            var sample = CSharpCompilation.Create(
                "DocumentStore",
                trees,
                await AnalyzerRunner.ReferencesFor(name == Sample ? Sdk.V4 : Sdk.Cdk),
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            return (sample, trees.Select(t => t.FilePath).ToArray(), await AnalyzeAsync(sample));
        }

        var sources = name.StartsWith("cross-document#", StringComparison.Ordinal)
            ? CrossDocument[int.Parse(name.Substring("cross-document#".Length), System.Globalization.CultureInfo.InvariantCulture)].Sources
            : [SourceCorpus.All.Single(entry => entry.Name == name).Source];
        var documents = Enumerable.Range(0, sources.Length).Select(i => $"/0/Test{i}.cs").ToArray();
        if (sources.Any(source => AnalyzerRunner.For(source, Sdk.V4) == Sdk.Cdk))
        {
            var cdk = await AnalyzerRunner.CompileAsync(Sdk.Cdk, sources);
            return (cdk, documents, (await AllDiagnosticsAsync(cdk)).Analyzers);
        }

        var v4 = await AnalyzerRunner.CompileAsync(Sdk.V4, sources);
        var (v4Errors, v4Build) = await AllDiagnosticsAsync(v4);
        if (v4Errors)
        {
            var v3 = await AnalyzerRunner.CompileAsync(Sdk.V3, sources);
            var (v3Errors, v3Build) = await AllDiagnosticsAsync(v3);
            if (!v3Errors)
            {
                return (v3, documents, v3Build);
            }
        }

        return (v4, documents, v4Build);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation) =>
        await compilation.WithAnalyzers(Catalog.Analyzers, Options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

    /// <summary>Whether the compiler reports an error, and the analyzers' diagnostics, from one pass over the compilation.</summary>
    private static async Task<(bool Errors, ImmutableArray<Diagnostic> Analyzers)> AllDiagnosticsAsync(Compilation compilation)
    {
        var all = await compilation.WithAnalyzers(Catalog.Analyzers, Options).GetAllDiagnosticsAsync(CancellationToken.None);
        var fromAnalyzers = all.Where(d => AnalyzerIds.Contains(d.Id) || d.Id.StartsWith("AD", StringComparison.Ordinal)).ToImmutableArray();
        return (all.Except(fromAnalyzers).Any(d => d.Severity == DiagnosticSeverity.Error), fromAnalyzers);
    }
}
