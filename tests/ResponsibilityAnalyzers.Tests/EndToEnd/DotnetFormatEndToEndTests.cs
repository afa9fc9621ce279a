using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibilityAnalyzers.Tests.EndToEnd;

/// <summary>
/// Every fix in bulk, as a user runs it: <c>dotnet format analyzers</c> on a copy of the sample that uses the packed
/// package applies every fixable finding (Fix All of each rule); then <c>--verify-no-changes</c> reports only findings
/// that have no fix (it lists every finding left and exits 2 while there is any, and the sample keeps some on purpose:
/// DynamoDB writes, a deleted bucket encryption, …), no finding a fixer offers to fix remains, and the project builds.
/// </summary>
public sealed class DotnetFormatEndToEndTests(PackedPackage package, ITestOutputHelper output) : IClassFixture<PackedPackage>
{
    /// <summary>The options the fixes need to apply (docs/configuration.md, "Options the fixes need").</summary>
    private const string FixOptions = """
        [*.cs]
        # SRM2001's and SRM2009's fix writes the encryption client with this key.
        srm.kms_key_id = "alias/documents"
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private static readonly Regex Reported = new(@"(?<file>[^/\\\s]+\.cs)\((?<line>\d+),(?<column>\d+)\): \w+ (?<id>SRM\d{4}):", RegexOptions.CultureInvariant);

    [Fact]
    public async Task DotnetFormatAnalyzers_AppliesEveryFixableFinding_AndTheSampleStillBuilds()
    {
        var project = package.CopySample("FormattedSample", FixOptions);
        var folder = Path.GetDirectoryName(project)!;
        var before = await FindingsAsync(folder);
        Assert.Contains(before, finding => finding.Fixable);

        // Only the package's rules that have a fix, at every severity they can have.
        var ids = Catalog.Fixers.SelectMany(fixer => fixer.FixableDiagnosticIds).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
        string[] arguments = ["format", "analyzers", project, "--no-restore", "--severity", "info", "--diagnostics", .. ids];
        var format = DotNetCli.Run(folder, Timeout, arguments);
        Assert.True(format.Succeeded, format.ToString());
        Assert.DoesNotContain("Fix All", format.Output, StringComparison.Ordinal);

        var after = await FindingsAsync(folder);
        var fixedIds = before.Where(f => f.Fixable).Select(f => f.Finding.Split(' ')[^1]).Distinct().OrderBy(id => id, StringComparer.Ordinal);
        output.WriteLine($"fixable findings before: {before.Count(f => f.Fixable)} of {before.Length} ({string.Join(", ", fixedIds)}); after: {after.Count(f => f.Fixable)} of {after.Length}");
        Assert.True(!after.Any(f => f.Fixable), "Fixable findings left after dotnet format:" + Environment.NewLine + string.Join(Environment.NewLine, after.Where(f => f.Fixable).Select(f => f.Finding)));

        var verify = DotNetCli.Run(folder, Timeout, [.. arguments, "--verify-no-changes"]);
        var reported = Reported.Matches(verify.Output).Select(m => $"{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value}): {m.Groups["id"].Value}").Distinct().ToArray();
        var unfixable = after.Where(f => !f.Fixable).Select(f => f.Finding).ToHashSet(StringComparer.Ordinal);
        Assert.True(reported.All(unfixable.Contains), "--verify-no-changes reports findings that have a fix:" + Environment.NewLine + verify);
        Assert.True(verify.Succeeded == (unfixable.Count == 0), verify.ToString());

        var build = package.Consumers.Build(project);
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain(": error ", build.Output, StringComparison.Ordinal);
    }

    private static async Task<ImmutableArray<(string Finding, bool Fixable)>> FindingsAsync(string folder) =>
        await SampleProject.FindingsAsync(await SampleProject.LoadAsync(folder, withConfig: true));
}
