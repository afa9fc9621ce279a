using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibilityAnalyzers.Tests.Meta;

/// <summary>
/// Half-typed code: every test source and sample file, cut off at many points and with single tokens deleted, run
/// through every analyzer. The pass mark is zero analyzer exceptions (AD0001).
/// </summary>
public class CrashHarnessTests(ITestOutputHelper output)
{
    // About 3,000 variants in all, spread evenly over the corpus however large it grows, so the suite stays within minutes on 2 cores.
    private const int CutsInAll = 1800;
    private const int DeletionsInAll = 1200;

    /// <summary>Non-default values for every option, so option-dependent paths run too.</summary>
    private static readonly Dictionary<string, string> Options = new()
    {
        ["srm.public_buckets"] = "public-*, www.example.com",
        ["srm.non_aws_endpoints"] = "minio.internal, *.test",
        ["srm.presigned_url_max_expiry"] = "1.00:00:00",
        ["srm.ebs_kms_key_id"] = "KeyIds.Ebs",
        ["srm.rds_min_backup_retention_days"] = "14",
        ["srm.allowed_regions"] = "eu-central-1, eu-west-1",
        ["srm.non_suppressible_rules"] = "SRM5001, SRM5004",
        ["srm.required_s3_sse"] = "dsse-kms",
        ["srm.kms_key_id"] = "\"alias/crash\"",
        ["srm.required_dynamodb_key"] = "customer-managed",
        ["srm.encryptors"] = "MyApp.Crypto.Envelope.Seal",
        ["srm.client_side_encryption_exempt"] = "public-*",
        ["srm.trust_injected_clients"] = "false",
    };

    [Fact]
    public async Task EveryAnalyzer_OnMutatedSources_NeverThrows()
    {
        var variants = 0;
        var crashes = new List<string>();
        var analyzerOptions = TestOptions.Create(Options);
        foreach (var (name, source) in SourceCorpus.All)
        {
            var index = 0;
            foreach (var variant in Mutations(source, Math.Clamp(CutsInAll / SourceCorpus.All.Count, 4, 24), Math.Clamp(DeletionsInAll / SourceCorpus.All.Count, 3, 16)))
            {
                // Alternate the SDK so both shapes see every kind of mutation; a CDK app is compiled against the CDK.
                var sdk = AnalyzerRunner.For(source, index++ % 2 == 0 ? Sdk.V4 : Sdk.V3);
                var compilation = await AnalyzerRunner.CompileAsync(sdk, variant);
                var (_, exceptions) = await AnalyzerRunner.RunAsync(compilation, Catalog.Analyzers, analyzerOptions);
                variants++;
                crashes.AddRange(exceptions.Select(e => $"{name} [{sdk}] variant {index}: {e}"));
            }
        }

        output.WriteLine($"sources: {SourceCorpus.All.Count}, variants: {variants}, crashes: {crashes.Count}");
        Assert.True(SourceCorpus.All.Count >= 10, "the corpus should hold every test source and sample file");
        Assert.True(crashes.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, crashes.Take(5)));
    }

    /// <summary>Deterministic: the source cut after every k-th token, and with every j-th token deleted.</summary>
    private static IEnumerable<string> Mutations(string source, int cuts, int deletions)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToArray();
        if (tokens.Length == 0)
        {
            yield break;
        }

        var cutStep = Math.Max(1, tokens.Length / cuts);
        for (var i = cutStep; i < tokens.Length; i += cutStep)
        {
            yield return source.Substring(0, tokens[i].Span.End);
        }

        var deleteStep = Math.Max(1, tokens.Length / deletions);
        for (var i = deleteStep / 2; i < tokens.Length; i += deleteStep)
        {
            yield return new StringBuilder(source).Remove(tokens[i].SpanStart, tokens[i].Span.Length).ToString();
        }
    }
}
