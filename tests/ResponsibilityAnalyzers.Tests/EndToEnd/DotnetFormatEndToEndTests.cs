using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibilityAnalyzers.Tests.EndToEnd;

/// <summary>
/// Every fix in bulk, as a user runs it: <c>dotnet format analyzers</c> on a copy of the sample that uses the packed
/// package applies every fixable finding (Fix All of each rule), no finding a fixer offers to fix remains, and then,
/// the findings left (which have no fix; the sample keeps some on purpose: DynamoDB writes, a deleted bucket
/// encryption, …) waived in source as docs/ci.md tells a user to, <c>--verify-no-changes</c> with the same ids exits 0,
/// and the project builds. dotnet format counts every reported finding as a change, with a fix or without
/// (<c>AnalyzerFormatter.LogDiagnosticLocations</c> adds each to the formatted files the exit code counts), and skips
/// only suppressed ones, findings of other ids and findings below <c>--severity</c>.
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

    private static readonly Regex Finding = new(@"^(?<file>[^/\\\s]+\.cs)\((?<line>\d+),(?<column>\d+)\): (?<id>SRM\d{4})$", RegexOptions.CultureInvariant);

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

        Waive(folder, after.Select(f => f.Finding));
        var verify = DotNetCli.Run(folder, Timeout, [.. arguments, "--verify-no-changes"]);
        Assert.True(verify.Succeeded, verify.ToString());

        var build = package.Consumers.Build(project);
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain(": error ", build.Output, StringComparison.Ordinal);
    }

    /// <summary>Puts the statement (or member) of each finding (<c>File.cs(line,column): SRMxxxx</c>) between <c>#pragma warning disable</c> and <c>restore</c> lines, as a user waives a finding the fixes leave.</summary>
    private static void Waive(string folder, IEnumerable<string> findings)
    {
        var waived = findings.Select(finding => Finding.Match(finding)).Select(m => (File: m.Groups["file"].Value, Line: Number(m, "line") - 1, Column: Number(m, "column") - 1, Id: m.Groups["id"].Value));
        foreach (var file in waived.GroupBy(finding => finding.File))
        {
            var path = Directory.EnumerateFiles(folder, file.Key, SearchOption.AllDirectories).Single(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            var text = SourceText.From(File.ReadAllText(path));
            var root = CSharpSyntaxTree.ParseText(text).GetRoot();
            var lines = text.Lines.Select(line => line.ToString()).ToList();
            var pragmas = new List<(int Before, string Line)>();
            foreach (var finding in file)
            {
                // The whole statement: a line of it may be inside a raw string literal, where a directive would be text.
                var node = root.FindToken(text.Lines[finding.Line].Start + finding.Column).Parent!.AncestorsAndSelf().First(n => n is StatementSyntax or MemberDeclarationSyntax);
                var span = text.Lines.GetLinePositionSpan(node.Span);
                pragmas.Add((span.Start.Line, $"#pragma warning disable {finding.Id} // no mechanical fix: reviewed by hand"));
                pragmas.Add((span.End.Line + 1, "#pragma warning restore " + finding.Id));
            }

            foreach (var (before, line) in pragmas.OrderByDescending(pragma => pragma.Before))
            {
                lines.Insert(before, line);
            }

            File.WriteAllText(path, string.Join(Environment.NewLine, lines));
        }

        static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
    }

    private static async Task<ImmutableArray<(string Finding, bool Fixable)>> FindingsAsync(string folder) =>
        await SampleProject.FindingsAsync(await SampleProject.LoadAsync(folder, withConfig: true));
}
