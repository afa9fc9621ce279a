using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ResponsibilityAnalyzers.Model;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Report;

/// <summary>
/// srm-report (docs/report.md) run as a process: on the sample its matrix agrees with the build's findings cell by
/// cell, its four outputs agree with each other, and projects without the SDK or that do not load get a clear answer.
/// </summary>
public sealed class ResponsibilityReportTests : IClassFixture<ReportRuns>
{
    private static readonly string[] Duties =
        { "Region", "EncryptionAtRest", "ClientSideEncryption", "EncryptionInTransit", "Backups", "AccessControl", "NetworkFirewall", "Credentials", "Platform" };

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["skipped"] = "skipped",
        ["waived"] = "waived",
        ["declared-elsewhere"] = "declared elsewhere",
        ["met"] = "met",
        ["not-checked"] = "not checked in code",
        ["aws-part"] = "AWS's part",
    };

    private readonly ReportRuns _runs;

    public ResponsibilityReportTests(ReportRuns runs) => _runs = runs;

    [Fact]
    public void Sample_WritesTheFourFormats_AndFailsOnWarnings()
    {
        var run = _runs.Sample;

        Assert.True(run.Result.ExitCode == 1, "--fail-on warning must fail on the sample's warnings." + Environment.NewLine + run);
        foreach (var format in new[] { "md", "html", "sarif", "json" })
        {
            Assert.True(File.Exists(Path.Combine(run.OutputDirectory, "srm-report." + format)), $"srm-report.{format} was not written." + Environment.NewLine + run);
        }

        Assert.Matches(new Regex(@"\[1/1\] DocumentStore: 12 AWS services: \d+ skipped", RegexOptions.CultureInvariant), run.Result.Output);
        Assert.DoesNotContain("\u001b[", run.Result.Output, StringComparison.Ordinal); // redirected: plain lines, no terminal codes
    }

    [Fact]
    public void Sample_EveryFindingOfTheBuild_IsInTheReport_AndNothingElse()
    {
        var root = Repository.Path("samples", "DocumentStore");
        var build = _runs.SampleBuild["runs"]![0]!["results"]!.AsArray()
            .Where(result => result!["ruleId"]!.GetValue<string>().StartsWith("SRM", StringComparison.Ordinal))
            .Select(result =>
            {
                var location = result!["locations"]![0]!["physicalLocation"]!;
                return Key(
                    result["ruleId"]!.GetValue<string>(),
                    new Uri(location["artifactLocation"]!["uri"]!.GetValue<string>()).LocalPath,
                    location["region"]!["startLine"]!.GetValue<int>(),
                    location["region"]!["startColumn"]!.GetValue<int>(),
                    result["suppressions"] is JsonArray { Count: > 0 });
            })
            .OrderBy(key => key, StringComparer.Ordinal)
            .ToArray();

        var project = Project(_runs.Sample.Json, "DocumentStore");
        var reported = project["services"]!.AsArray().SelectMany(row => row!["cells"]!.AsArray()).SelectMany(cell =>
                cell!["findings"]!.AsArray().Select(finding => (Finding: finding!, Suppressed: false))
                    .Concat(cell["waivers"]!.AsArray().Select(waiver => (Finding: waiver!["finding"]!, Suppressed: true))))
            .Concat(project["governance"]!.AsArray().Select(finding => (Finding: finding!, Suppressed: false)))
            .Select(item => Key(
                item.Finding["id"]!.GetValue<string>(),
                Path.GetFullPath(Path.Combine(root, item.Finding["location"]!["path"]!.GetValue<string>())),
                item.Finding["location"]!["line"]!.GetValue<int>(),
                item.Finding["location"]!["column"]!.GetValue<int>(),
                item.Suppressed))
            .OrderBy(key => key, StringComparer.Ordinal)
            .ToArray();

        Assert.True(build.Length > 40, $"The sample's build reported only {build.Length} SRM findings; the comparison would prove little.");
        Assert.Equal(build, reported);
    }

    [Fact]
    public void CdkApp_CountsItsConstructs_AsTheServicesTheyDeclare()
    {
        var run = _runs.Cdk;
        Assert.True(run.Result.ExitCode == 0, "--fail-on none must not fail." + Environment.NewLine + run);
        var project = Project(run.Json, "DocumentStore.Infrastructure");
        var rows = project["services"]!.AsArray();
        foreach (var (service, construct) in new[] { ("S3", "Bucket"), ("DynamoDB", "Table"), ("RDS", "DatabaseInstance"), ("SQS", "Queue"), ("KMS", "Key"), ("EMR", "CfnCluster"), ("VPC", "SecurityGroup") })
        {
            var row = rows.SingleOrDefault(r => r!["service"]!.GetValue<string>() == service);
            Assert.True(row is not null, $"The CDK app declares {service} ({construct}), but the report has no {service} row." + Environment.NewLine + run);
            Assert.True(row!["uses"] is JsonObject uses && uses.ContainsKey(construct), $"The {service} row does not count the CDK {construct}: {row["uses"]?.ToJsonString()}");
        }

        // The CDK's own types (Stack, App, Duration) are no service, so they are not listed as one the model lacks.
        Assert.DoesNotContain(project["otherAwsNamespaces"]!.AsArray(), ns => ns!.GetValue<string>() == "Amazon.CDK");

        // Every CDK finding sits in the row of the service its message names.
        foreach (var row in rows)
        {
            var service = row!["service"]!.GetValue<string>();
            foreach (var finding in row["cells"]!.AsArray().SelectMany(cell => cell!["findings"]!.AsArray()))
            {
                var message = finding!["message"]!.GetValue<string>();
                if (ResponsibilityModel.Services.FirstOrDefault(s => message.StartsWith(ResponsibilityModel.Subject(s) + ":", StringComparison.Ordinal)) is { } named)
                {
                    Assert.Equal(named.Name, service);
                }
            }
        }

        Assert.Contains(rows.SelectMany(r => r!["cells"]!.AsArray()), cell => cell!["state"]!.GetValue<string>() == "skipped");
    }

    [Fact]
    public void Sample_EachCell_HoldsFindingsOfItsServiceAndDuty_InTheStateTheyGiveIt()
    {
        var project = Project(_runs.Sample.Json, "DocumentStore");
        var rows = project["services"]!.AsArray();
        Assert.Contains(rows, row => row!["service"]!.GetValue<string>() == "S3");
        Assert.Contains(rows, row => row!["service"]!.GetValue<string>() == "EBS"); // from the model's EBS type names
        Assert.Contains(rows, row => row!["service"]!.GetValue<string>() == "VPC");

        foreach (var row in rows)
        {
            var service = row!["service"]!.GetValue<string>();
            var model = ResponsibilityModel.Services.SingleOrDefault(s => s.Name == service) ?? ResponsibilityModel.AnyService;
            var cells = row["cells"]!.AsArray();
            Assert.Equal(Duties, cells.Select(cell => cell!["duty"]!.GetValue<string>()));
            foreach (var cell in cells)
            {
                var duty = cell!["duty"]!.GetValue<string>();
                var state = cell["state"]!.GetValue<string>();
                var findings = cell["findings"]!.AsArray();
                var waivers = cell["waivers"]!.AsArray();
                var where = $"{service} × {duty}";

                foreach (var finding in findings.Concat(waivers.Select(w => w!["finding"])))
                {
                    var id = finding!["id"]!.GetValue<string>();
                    Assert.Equal(Descriptors.All.Single(rule => rule.Id == id).Duty.ToString(), duty);
                    var message = finding["message"]!.GetValue<string>();
                    if (ResponsibilityModel.Services.FirstOrDefault(s => message.StartsWith(ResponsibilityModel.Subject(s) + ":", StringComparison.Ordinal)) is { } named)
                    {
                        Assert.True(named.Name == service, $"{id} names {named.Name} but sits in {where}");
                    }
                }

                var expected = findings.Count > 0 ? "skipped" : waivers.Count > 0 ? "waived" : null;
                if (expected is not null)
                {
                    Assert.True(state == expected, $"{where} holds {findings.Count} findings and {waivers.Count} waivers but is '{state}'");
                }
                else
                {
                    Assert.NotEqual("skipped", state);
                    Assert.NotEqual("waived", state);
                }

                var customer = model == ResponsibilityModel.AnyService
                    ? ResponsibilityModel.EveryCategoryDuties.Contains(Enum.Parse<Duty>(duty))
                    : ResponsibilityModel.IsCustomerDuty(model, Enum.Parse<Duty>(duty));
                Assert.True(customer == (state != "aws-part"), $"{where} is '{state}', but the model says the duty is {(customer ? "the customer's" : "AWS's")}");
                if (state == "met")
                {
                    Assert.NotEmpty(cell["rules"]!.AsArray());
                }

                if (state == "not-checked" && cell["rulesOff"]!.AsArray().Count == 0 && cell["rulesIdle"]!.AsArray().Count == 0)
                {
                    Assert.Empty(cell["rules"]!.AsArray());
                }
            }
        }
    }

    [Fact]
    public void Sample_PragmaWaiver_CarriesItsReasonAndPlace()
    {
        var waivers = Project(_runs.Sample.Json, "DocumentStore")["services"]!.AsArray()
            .SelectMany(row => row!["cells"]!.AsArray()).SelectMany(cell => cell!["waivers"]!.AsArray()).ToArray();
        var publicAccess = Assert.Single(waivers, w => w!["finding"]!["id"]!.GetValue<string>() == "SRM5004");
        Assert.Equal("#pragma warning disable", publicAccess!["form"]!.GetValue<string>());
        Assert.Equal("the old pages link the files directly; reviewed with the web team", publicAccess["justification"]!.GetValue<string>());
        Assert.Equal("BucketSetup.cs", publicAccess["suppressedAt"]!["path"]!.GetValue<string>());
        var lines = File.ReadAllLines(Repository.Path("samples", "DocumentStore", "BucketSetup.cs"));
        Assert.Contains("#pragma warning disable SRM5004", lines[publicAccess["suppressedAt"]!["line"]!.GetValue<int>() - 1], StringComparison.Ordinal);
        if (Directory.Exists(Repository.Path(".git")) || File.Exists(Repository.Path(".git")))
        {
            // Who wrote the suppression: the author of its line, by git blame ("Name, yyyy-MM-dd").
            Assert.Matches(new Regex(@"^.+, \d{4}-\d{2}-\d{2}$|^not committed yet$", RegexOptions.CultureInvariant), publicAccess["by"]!.GetValue<string>());
        }

        // The pragma without a comment is waived too, with no reason: SRM0001 reports it, and the report says so.
        var transport = Assert.Single(waivers, w => w!["finding"]!["id"]!.GetValue<string>() == "SRM3001");
        Assert.Null(transport!["justification"]);
        Assert.Contains(Project(_runs.Sample.Json, "DocumentStore")["governance"]!.AsArray(), f => f!["id"]!.GetValue<string>() == "SRM0001");
    }

    [Fact]
    public void Sample_Html_IsSelfContained_AndHasOneCellPerServiceAndDuty_InTheJsonState()
    {
        var json = _runs.Sample.Json;
        var document = new HtmlParser().ParseDocument(_runs.Sample.Read("html"));

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("[src]"));
        Assert.Empty(document.QuerySelectorAll("link"));
        Assert.DoesNotContain("@import", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);

        foreach (var project in json["projects"]!.AsArray())
        {
            var section = document.QuerySelector($"section[data-project='{project!["name"]!.GetValue<string>()}']");
            Assert.NotNull(section);
            Assert.Contains(project["summary"]!.GetValue<string>(), section!.QuerySelector("p.summary")!.TextContent, StringComparison.Ordinal);
            var rows = project["services"]!.AsArray();
            Assert.Equal(rows.Count * Duties.Length, section.QuerySelectorAll("td.cell").Length);
            foreach (var table in section.QuerySelectorAll("table.matrix"))
            {
                Assert.Equal(["Service", .. Duties], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
            }

            foreach (var row in rows)
            {
                var service = row!["service"]!.GetValue<string>();
                foreach (var cell in row["cells"]!.AsArray())
                {
                    var duty = cell!["duty"]!.GetValue<string>();
                    var state = cell["state"]!.GetValue<string>();
                    var td = Assert.Single(section.QuerySelectorAll("td.cell"), e => e.GetAttribute("data-service") == service && e.GetAttribute("data-duty") == duty);
                    Assert.Equal(state, td.GetAttribute("data-state"));
                    Assert.Contains("s-" + state, td.ClassList);
                    Assert.Contains(Labels[state], td.QuerySelector(".state")!.TextContent, StringComparison.Ordinal); // the state in words, not only colour
                    Assert.Equal(service, td.ParentElement!.QuerySelector("th[scope=row]")!.FirstChild!.TextContent);

                    var findings = cell["findings"]!.AsArray();
                    var shown = td.QuerySelectorAll(".finding:not(.waiver)");
                    Assert.Equal(findings.Count, shown.Length);
                    foreach (var (finding, element) in findings.Zip(shown))
                    {
                        var place = finding!["location"]!;
                        var link = element.QuerySelectorAll("a").Single(a => a.TextContent == $"{place["path"]!.GetValue<string>()}:{place["line"]!.GetValue<int>()}");
                        Assert.EndsWith($"{place["path"]!.GetValue<string>()}#L{place["line"]!.GetValue<int>()}", link.GetAttribute("href"), StringComparison.Ordinal);
                        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(_runs.Sample.OutputDirectory, link.GetAttribute("href")!.Split('#')[0]))), "The link must lead to the source file from the report's folder.");
                        Assert.Equal(finding["excerpt"]!.GetValue<string>(), element.QuerySelector("pre")!.TextContent);
                    }

                    Assert.Equal(cell["waivers"]!.AsArray().Count, td.QuerySelectorAll(".finding.waiver").Length);
                }
            }
        }
    }

    [Fact]
    public void Sample_MarkdownTables_AgreeWithTheJson_CellByCell()
    {
        var json = Project(_runs.Sample.Json, "DocumentStore");
        var markdown = _runs.Sample.Read("md");
        Assert.Contains($"**DocumentStore**: {json["summary"]!.GetValue<string>()}.", markdown, StringComparison.Ordinal);

        var cells = new Dictionary<(string Service, string Duty), string>();
        string[]? header = null;
        foreach (var line in markdown.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (!line.StartsWith('|'))
            {
                header = null;
                continue;
            }

            var columns = Regex.Split(line.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim()).ToArray();
            if (header is null)
            {
                header = columns;
                Assert.Equal(["Service", "Uses", .. Duties], header);
                continue;
            }

            if (columns[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            for (var i = 2; i < columns.Length; i++)
            {
                Assert.True(cells.TryAdd((columns[0], header[i]), columns[i]), $"{columns[0]} × {header[i]} appears twice");
            }
        }

        var rows = json["services"]!.AsArray();
        Assert.Equal(rows.Count * Duties.Length, cells.Count);
        foreach (var row in rows)
        {
            foreach (var cell in row!["cells"]!.AsArray())
            {
                var text = cells[(row["service"]!.GetValue<string>(), cell!["duty"]!.GetValue<string>())];
                var state = cell["state"]!.GetValue<string>();
                Assert.Contains(Labels[state], text, StringComparison.Ordinal);
                if (state == "skipped")
                {
                    Assert.EndsWith($"({cell["findings"]!.AsArray().Count})", text, StringComparison.Ordinal);
                }
            }
        }

        foreach (var finding in json["services"]!.AsArray().SelectMany(r => r!["cells"]!.AsArray()).SelectMany(c => c!["findings"]!.AsArray()))
        {
            var place = finding!["location"]!;
            Assert.Contains($"`{finding["id"]!.GetValue<string>()}` {finding["severity"]!.GetValue<string>()} [{place["path"]!.GetValue<string>()}:{place["line"]!.GetValue<int>()}](", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sample_Sarif_Is21_WithTheFindingsOfTheJson_AndTheMatrixInTheRunProperties()
    {
        var sarif = JsonNode.Parse(_runs.Sample.Read("sarif"))!;
        var json = _runs.Sample.Json;
        Assert.Equal("2.1.0", sarif["version"]!.GetValue<string>());
        var run = sarif["runs"]![0]!;
        Assert.True(JsonNode.DeepEquals(json["projects"], run["properties"]!["responsibilityMatrix"]), "The SARIF run's matrix must be the JSON report's projects.");

        var results = run["results"]!.AsArray();
        var project = Project(json, "DocumentStore");
        var cells = project["services"]!.AsArray().SelectMany(r => r!["cells"]!.AsArray()).ToArray();
        Assert.Equal(
            cells.Sum(c => c!["findings"]!.AsArray().Count) + project["governance"]!.AsArray().Count,
            results.Count(r => r!["suppressions"] is null));
        Assert.Equal(cells.Sum(c => c!["waivers"]!.AsArray().Count), results.Count(r => r!["suppressions"] is not null));
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.All(results, result => Assert.Equal(result!["ruleId"]!.GetValue<string>(), rules[result["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public void ProjectWithoutAwsSdk_GivesAnEmptyFriendlyReport()
    {
        var run = _runs.NoSdk;

        Assert.True(run.Result.Succeeded, run.ToString());
        var project = Assert.Single(run.Json["projects"]!.AsArray());
        Assert.False(project!["usesAwsSdk"]!.GetValue<bool>());
        Assert.Empty(project["services"]!.AsArray());
        Assert.Contains("no AWS SDK: nothing of the shared responsibility model applies to this code", run.Read("md"), StringComparison.Ordinal);
        var html = new HtmlParser().ParseDocument(run.Read("html"));
        Assert.Empty(html.QuerySelectorAll("td.cell"));
        Assert.Contains("no AWS SDK", html.QuerySelector("p.summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(JsonNode.Parse(run.Read("sarif"))!["runs"]![0]!["results"]!.AsArray());
    }

    [Fact]
    public void ProjectThatDoesNotLoad_GivesAClearError_NotAStackTrace()
    {
        var run = _runs.Broken;

        Assert.True(run.Result.ExitCode == 2, run.ToString());
        Assert.Matches(new Regex(@"srm-report: could not (restore|load) Broken\.csproj", RegexOptions.CultureInvariant), run.Result.Output);
        Assert.DoesNotMatch(new Regex(@"^\s+at [\w.]+\(", RegexOptions.Multiline | RegexOptions.CultureInvariant), run.Result.Output);
        Assert.DoesNotContain("Unhandled exception", run.Result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void BadArguments_GiveUsageErrors_WithExitCode2()
    {
        var format = _runs.RunTool(_runs.WorkDirectory, "--format", "pdf", ".");
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("srm-report: --format takes a comma-separated list of md, html, sarif, json", format.Output, StringComparison.Ordinal);

        var failOn = _runs.RunTool(_runs.WorkDirectory, Repository.Path("samples", "DocumentStore"), "--fail-on", "sometimes");
        Assert.Equal(2, failOn.ExitCode);
        Assert.Contains("--fail-on takes error, warning or none", failOn.Output, StringComparison.Ordinal);

        var missing = _runs.RunTool(_runs.WorkDirectory, Path.Combine(_runs.WorkDirectory, "nowhere"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no file or folder at", missing.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Declarations_Waivers_AndErrors_AreTheirOwnStates()
    {
        var run = _runs.Governed;

        Assert.True(run.Result.ExitCode == 1, "An SRM6001 error must fail the default --fail-on error." + Environment.NewLine + run);
        var s3 = Project(run.Json, "Governed")["services"]!.AsArray().Single(row => row!["service"]!.GetValue<string>() == "S3")!;
        JsonNode Cell(string duty) => s3["cells"]!.AsArray().Single(cell => cell!["duty"]!.GetValue<string>() == duty)!;

        var backups = Cell("Backups");
        Assert.Equal("declared-elsewhere", backups["state"]!.GetValue<string>());
        Assert.Equal("srm.backups_managed_elsewhere", backups["declarations"]![0]!["option"]!.GetValue<string>());

        var access = Cell("AccessControl");
        Assert.Equal("waived", access["state"]!.GetValue<string>());
        var waiver = Assert.Single(access["waivers"]!.AsArray());
        Assert.Equal("SRM5001", waiver!["finding"]!["id"]!.GetValue<string>());
        Assert.Equal("the press kit is public by design (MKT-12)", waiver["justification"]!.GetValue<string>());
        Assert.Equal("[SuppressMessageAttribute]", waiver["form"]!.GetValue<string>());

        var credentials = Cell("Credentials");
        Assert.Equal("skipped", credentials["state"]!.GetValue<string>());
        Assert.Equal("error", Assert.Single(credentials["findings"]!.AsArray())!["severity"]!.GetValue<string>());

        Assert.Equal("aws-part", Cell("NetworkFirewall")["state"]!.GetValue<string>());

        // Without srm.allowed_regions, SRM1001 and SRM1003 have nothing to check against: only SRM1002 ran on the Region.
        var region = Cell("Region");
        Assert.Equal("met", region["state"]!.GetValue<string>());
        Assert.Equal(["SRM1001", "SRM1003"], region["rulesIdle"]!.AsArray().Select(id => id!.GetValue<string>()));
        Assert.StartsWith("SRM1002 ran on this project and found nothing (SRM1001, SRM1003 silent until srm.allowed_regions is set)", region["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void DocsReport_ExplainsEveryState_EveryDeclaration_AndEveryRuleThatWaitsForAnOption()
    {
        var page = Repository.Read("docs", "report.md");
        foreach (var label in Labels.Values)
        {
            Assert.True(page.Contains($"### {label}\n", StringComparison.Ordinal) || page.Contains($"### {label}\r\n", StringComparison.Ordinal), $"docs/report.md has no section '### {label}'");
        }

        foreach (var declaration in ResponsibilityModel.Declarations)
        {
            Assert.Contains($"`{declaration.OptionKey}`", page, StringComparison.Ordinal);
            if (declaration.CoversDuty)
            {
                Assert.Contains($"| `{declaration.OptionKey}` | {declaration.Duty} | {string.Join(", ", declaration.Services.Select(s => s.Name))} | {declaration.Meaning} |", page, StringComparison.Ordinal);
            }
        }

        foreach (var rule in Descriptors.All.Where(r => !r.SilentUntilSet.IsEmpty))
        {
            Assert.Contains(rule.Id, page, StringComparison.Ordinal);
            Assert.All(rule.SilentUntilSet, option => Assert.Contains($"`{option}`", page, StringComparison.Ordinal));
        }
    }

    private static JsonNode Project(JsonNode report, string name) =>
        report["projects"]!.AsArray().Single(project => project!["name"]!.GetValue<string>() == name)!;

    private static string Key(string id, string path, int line, int column, bool suppressed) =>
        $"{id} {path}:{line}:{column}{(suppressed ? " (suppressed)" : string.Empty)}";
}
