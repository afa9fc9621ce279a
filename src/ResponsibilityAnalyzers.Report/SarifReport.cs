using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;

namespace ResponsibilityAnalyzers.Report;

/// <summary>
/// SARIF 2.1.0: every finding as a result (waived ones with an in-source suppression and its justification), the
/// catalog's rules, and the matrix (the JSON report's projects) in the run's properties under "responsibilityMatrix".
/// </summary>
public static class SarifReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(ResponsibilityReport report)
    {
        var rules = Descriptors.All;
        var results = new JsonArray();
        foreach (var project in report.Projects)
        {
            foreach (var finding in project.AllFindings)
            {
                results.Add(Result(finding, project, null, rules));
            }

            foreach (var waiver in project.AllWaivers)
            {
                results.Add(Result(waiver.Finding, project, waiver, rules));
            }
        }

        var root = new Uri(report.Root.EndsWith('/') ? report.Root : report.Root + "/").AbsoluteUri;
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "srm-report",
                        ["version"] = report.ToolVersion,
                        ["semanticVersion"] = report.ToolVersion,
                        ["informationUri"] = "https://github.com/responsibility-analyzers/ResponsibilityAnalyzers/blob/main/docs/report.md",
                        ["rules"] = new JsonArray(rules.Select(rule => (JsonNode)new JsonObject
                        {
                            ["id"] = rule.Id,
                            ["shortDescription"] = new JsonObject { ["text"] = rule.Descriptor.Title.ToString() },
                            ["fullDescription"] = new JsonObject { ["text"] = rule.Descriptor.Description.ToString() },
                            ["helpUri"] = rule.Descriptor.HelpLinkUri,
                            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.Descriptor.DefaultSeverity) },
                            ["properties"] = new JsonObject
                            {
                                ["category"] = rule.Descriptor.Category,
                                ["tags"] = new JsonArray(rule.Services.Select(s => (JsonNode)JsonValue.Create(s.Name)!).ToArray()),
                            },
                        }).ToArray()),
                    },
                },
                ["originalUriBaseIds"] = new JsonObject { ["SRCROOT"] = new JsonObject { ["uri"] = root } },
                ["results"] = results,
                ["properties"] = new JsonObject
                {
                    ["input"] = report.Input,
                    ["responsibilityMatrix"] = JsonReport.Projects(report),
                },
            }),
        };
        return sarif.ToJsonString(Indented);
    }

    private static JsonObject Result(Finding finding, ProjectReport project, Waiver? waiver, System.Collections.Immutable.ImmutableArray<Rule> rules)
    {
        var result = new JsonObject
        {
            ["ruleId"] = finding.Id,
            ["ruleIndex"] = rules.IndexOf(finding.Rule),
            ["level"] = finding.Severity == "info" ? "note" : finding.Severity,
            ["message"] = new JsonObject { ["text"] = finding.Message },
        };
        if (finding.Place is { } place)
        {
            result["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject { ["uri"] = Uri.EscapeDataString(place.RelativePath).Replace("%2F", "/"), ["uriBaseId"] = "SRCROOT" },
                    ["region"] = new JsonObject { ["startLine"] = place.Line, ["startColumn"] = place.Column },
                },
            });
        }

        if (waiver is not null)
        {
            var suppression = new JsonObject { ["kind"] = "inSource" };
            if (waiver.Justification is not null)
            {
                suppression["justification"] = waiver.Justification;
            }

            result["suppressions"] = new JsonArray(suppression);
        }

        result["properties"] = new JsonObject
        {
            ["project"] = project.Name,
            ["service"] = finding.Service.Name,
            ["duty"] = finding.Rule.Duty.ToString(),
        };
        return result;
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
