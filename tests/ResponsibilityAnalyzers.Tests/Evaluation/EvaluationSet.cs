using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ResponsibilityAnalyzers.Tests.Infrastructure;

namespace ResponsibilityAnalyzers.Tests.Evaluation;

/// <summary>
/// The evaluation set: realistic files in Evaluation/Corpus, written the way AWS examples, blob-storage and DynamoDB
/// libraries, web apps, Lambda functions, test fixtures and AWS CDK apps write this code, compiled against the real AWS
/// SDK v4 (the CDK apps, as projects of their own, against Amazon.CDK.Lib without the SDK) and run
/// through every rule as a new user would see it (default severities, <see cref="Options"/>). Each line where a rule
/// should or should not speak is judged by hand with a comment on that line:
/// <c>// act: SRM2001</c> marks a real gap, worth a Warning or an Error; <c>// noise: SRM2001</c> marks code where a
/// Warning or Error of that rule would not be worth acting on (demo data, a temporary resource, a store that is not AWS …).
/// </summary>
public static class EvaluationSet
{
    /// <summary>What a security reviewer sets first: the Regions the data may live in.</summary>
    public static readonly IReadOnlyDictionary<string, string> Options = new Dictionary<string, string>
    {
        ["srm.allowed_regions"] = "eu-west-1, eu-central-1",
    };

    private static readonly Regex Marker = new(@"//\s*(act|noise):\s*(SRM\d{4}(?:\s*,\s*SRM\d{4})*)", RegexOptions.Compiled);

    public static string Folder => Repository.Path("tests", "ResponsibilityAnalyzers.Tests", "Evaluation", "Corpus");

    public static async Task<Result> RunAsync()
    {
        var files = Directory.EnumerateFiles(Folder, "*.cs").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: Path.GetFileName(f))).ToArray();

        // The AWS CDK apps are projects of their own, as in a real solution: Amazon.CDK.Lib and Constructs, no AWS SDK.
        var cdkApps = trees.Where(t => AnalyzerRunner.For(t.GetText().ToString(), Sdk.V4) == Sdk.Cdk).ToArray();
        var application = CSharpCompilation.Create(
            "Evaluation",
            trees.Except(cdkApps).Concat(SourceCorpus.StandIns.Select((s, i) => CSharpSyntaxTree.ParseText(s, path: $"StandIn{i}.cs"))),
            await AnalyzerRunner.ReferencesFor(Sdk.V4),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var infrastructure = CSharpCompilation.Create(
            "Evaluation.Infrastructure",
            cdkApps,
            await AnalyzerRunner.ReferencesFor(Sdk.Cdk),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = ImmutableArray.CreateBuilder<string>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var exceptions = ImmutableArray.CreateBuilder<string>();
        foreach (var compilation in new[] { application, infrastructure })
        {
            errors.AddRange(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
            var run = await AnalyzerRunner.RunAsync(compilation, Catalog.Analyzers, TestOptions.Create(Options));
            diagnostics.AddRange(run.Diagnostics);
            exceptions.AddRange(run.Exceptions);
        }

        var marks = new List<Mark>();
        foreach (var tree in trees)
        {
            foreach (var line in tree.GetText().Lines)
            {
                var match = Marker.Match(line.ToString());
                if (match.Success)
                {
                    foreach (var id in match.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries))
                    {
                        marks.Add(new Mark(tree.FilePath, line.LineNumber + 1, id, match.Groups[1].Value == "act"));
                    }
                }
            }
        }

        var findings = diagnostics
            .Where(d => d.Id.StartsWith("SRM", StringComparison.Ordinal) && d.Location.IsInSource)
            .Select(d => new Finding(d.Location.SourceTree!.FilePath, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id, d.Severity, d.GetMessage()))
            .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new Result(files.Length, trees.Sum(t => t.GetText().Lines.Count), errors.ToImmutable(), exceptions.ToImmutable(), findings, marks.ToImmutableArray());
    }

    public sealed record Mark(string File, int Line, string Id, bool Act);

    public sealed record Finding(string File, int Line, string Id, DiagnosticSeverity Severity, string Message)
    {
        public bool IsWarningOrError => Severity >= DiagnosticSeverity.Warning;

        public override string ToString() => $"{File}({Line}): {Severity} {Id}: {Message}";
    }

    public sealed record Result(int Files, int Lines, ImmutableArray<string> CompileErrors, ImmutableArray<string> Exceptions, ImmutableArray<Finding> Findings, ImmutableArray<Mark> Marks)
    {
        private Mark? MarkOf(Finding finding) => Marks.FirstOrDefault(m => m.File == finding.File && m.Line == finding.Line && m.Id == finding.Id);

        /// <summary>Warning or Error findings on a line judged noise for their rule.</summary>
        public IEnumerable<Finding> Noise => Findings.Where(f => f.IsWarningOrError && MarkOf(f) is { Act: false });

        /// <summary>Warning or Error findings on a line nobody judged: the set must judge every one.</summary>
        public IEnumerable<Finding> Unjudged => Findings.Where(f => f.IsWarningOrError && MarkOf(f) is null);

        /// <summary>Real gaps (act marks) with no Warning or Error of their rule on their line.</summary>
        public IEnumerable<Mark> Missed => Marks.Where(m => m.Act && !Findings.Any(f => f.IsWarningOrError && f.File == m.File && f.Line == m.Line && f.Id == m.Id));

        public int WarningsOrErrors => Findings.Count(f => f.IsWarningOrError);

        public int WorthActingOn => Findings.Count(f => f.IsWarningOrError && MarkOf(f) is { Act: true });

        public int Gaps => Marks.Count(m => m.Act);

        public int GapsReported => Gaps - Missed.Count();

        /// <summary>The precision table of docs/precision.md: per rule, the Warning/Error findings and how many are worth acting on, the real gaps and how many are reported, and the Info findings.</summary>
        public string Table()
        {
            var builder = new StringBuilder();
            builder.AppendLine("| Rule | Warning/Error findings | worth acting on | noise | real gaps | reported | Info findings |");
            builder.AppendLine("|---|--:|--:|--:|--:|--:|--:|");
            var ids = Findings.Select(f => f.Id).Concat(Marks.Select(m => m.Id)).Distinct().OrderBy(id => id, StringComparer.Ordinal);
            foreach (var id in ids)
            {
                var loud = Findings.Where(f => f.Id == id && f.IsWarningOrError).ToArray();
                var gaps = Marks.Where(m => m.Id == id && m.Act).ToArray();
                var missed = Missed.Count(m => m.Id == id);
                builder.AppendLine($"| {id} | {loud.Length} | {loud.Count(f => MarkOf(f) is { Act: true })} | {loud.Count(f => MarkOf(f) is not { Act: true })} | {gaps.Length} | {gaps.Length - missed} | {Findings.Count(f => f.Id == id && !f.IsWarningOrError)} |");
            }

            builder.AppendLine($"| **all** | {WarningsOrErrors} | {WorthActingOn} | {WarningsOrErrors - WorthActingOn} | {Gaps} | {GapsReported} | {Findings.Count(f => !f.IsWarningOrError)} |");
            return builder.ToString();
        }
    }
}
