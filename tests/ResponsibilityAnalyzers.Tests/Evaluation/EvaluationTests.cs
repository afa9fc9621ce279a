using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibilityAnalyzers.Tests.Evaluation;

/// <summary>
/// Holds the rules to the bar of the evaluation set (<see cref="EvaluationSet"/>): no Warning or Error on a line judged
/// noise, none on a line nobody judged, at least 9 in 10 real gaps reported at Warning or Error, and docs/precision.md
/// showing the figures this run measures.
/// </summary>
public class EvaluationTests(ITestOutputHelper output)
{
    private const string Start = "<!-- precision -->";
    private const string End = "<!-- /precision -->";

    [Fact]
    public async Task EvaluationSet_WarningsAreWorthActingOn_AndRealGapsAreReported()
    {
        var result = await EvaluationSet.RunAsync();
        foreach (var finding in result.Findings)
        {
            output.WriteLine(finding.ToString());
        }

        output.WriteLine(result.Table());
        Assert.Empty(result.CompileErrors);
        Assert.Empty(result.Exceptions);
        Assert.True(!result.Noise.Any(), "Warning or Error on a line judged noise:\n" + string.Join("\n", result.Noise));
        Assert.True(!result.Unjudged.Any(), "Warning or Error on a line nobody judged (mark it // act: or // noise:):\n" + string.Join("\n", result.Unjudged));
        Assert.True(result.GapsReported * 10 >= result.Gaps * 9, $"only {result.GapsReported} of {result.Gaps} real gaps reported at Warning or Error; missed:\n" + string.Join("\n", result.Missed));

        var page = File.ReadAllText(Repository.Path("docs", "precision.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = page.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var end = page.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start > Start.Length - 1 && end > start, "docs/precision.md has no <!-- precision --> table");
        Assert.Equal(result.Table().Trim(), page[start..end].Trim());
    }
}
