using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Report;

/// <summary>The report as JSON for other tools; its "projects" array is also the matrix in the SARIF run's properties.</summary>
public static class JsonReport
{
    public const string SchemaVersion = "1";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(ResponsibilityReport report) => Document(report).ToJsonString(Indented);

    public static JsonObject Document(ResponsibilityReport report) => new()
    {
        ["schemaVersion"] = SchemaVersion,
        ["tool"] = new JsonObject { ["name"] = "srm-report", ["version"] = report.ToolVersion },
        ["generated"] = report.Generated.ToString("O"),
        ["input"] = report.Input,
        ["root"] = report.Root,
        ["states"] = new JsonArray(CellStates.All.Select(state => (JsonNode)new JsonObject { ["key"] = state.Key(), ["label"] = state.Label() }).ToArray()),
        ["duties"] = new JsonArray(Matrix.Duties.Select(duty => (JsonNode)new JsonObject { ["name"] = duty.ToString(), ["phrase"] = ResponsibilityModel.Phrase(duty) }).ToArray()),
        ["loadErrors"] = new JsonArray(report.LoadErrors.Select(error => (JsonNode)JsonValue.Create(error)!).ToArray()),
        ["projects"] = Projects(report),
    };

    public static JsonArray Projects(ResponsibilityReport report) =>
        new(report.Projects.Select(project => (JsonNode)Project(project)).ToArray());

    private static JsonObject Project(ProjectReport project) => new()
    {
        ["name"] = project.Name,
        ["path"] = project.Path,
        ["usesAwsSdk"] = project.UsesAwsSdk,
        ["skippedTestProject"] = project.SkippedTestProject,
        ["error"] = project.Error,
        ["notes"] = new JsonArray(project.LoadWarnings.Select(w => (JsonNode)JsonValue.Create(w)!).ToArray()),
        ["summary"] = project.Summary(),
        ["counts"] = new JsonObject(CellStates.All.Select(state => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(state.Key(), project.Count(state)))),
        ["otherAwsNamespaces"] = new JsonArray(project.OtherAwsNamespaces.Select(ns => (JsonNode)JsonValue.Create(ns)!).ToArray()),
        ["services"] = new JsonArray(project.Rows.Select(row => (JsonNode)Row(row)).ToArray()),
        ["governance"] = new JsonArray(project.Governance.Select(finding => (JsonNode)Finding(finding)).ToArray()),
    };

    private static JsonObject Row(ServiceRow row) => new()
    {
        ["service"] = row.Service.Name,
        ["category"] = row.Service == ResponsibilityModel.AnyService ? "any" : row.Service.Category.ToString().ToLowerInvariant(),
        ["uses"] = row.Use is null ? null : new JsonObject(row.Use.Evidence.Select(e => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(e.Key, e.Value))),
        ["firstUse"] = Place(row.Use?.First),
        ["cells"] = new JsonArray(row.Cells.Select(cell => (JsonNode)Cell(cell)).ToArray()),
    };

    private static JsonObject Cell(Cell cell) => new()
    {
        ["duty"] = cell.Duty.ToString(),
        ["state"] = cell.State.Key(),
        ["reason"] = cell.Reason,
        ["rules"] = new JsonArray(cell.Rules.Select(rule => (JsonNode)JsonValue.Create(rule.Id)!).ToArray()),
        ["rulesOff"] = new JsonArray(cell.RulesOff.Select(id => (JsonNode)JsonValue.Create(id)!).ToArray()),
        ["rulesIdle"] = new JsonArray(cell.RulesIdle.Select(id => (JsonNode)JsonValue.Create(id)!).ToArray()),
        ["findings"] = new JsonArray(cell.Findings.Select(finding => (JsonNode)Finding(finding)).ToArray()),
        ["waivers"] = new JsonArray(cell.Waivers.Select(waiver => (JsonNode)new JsonObject
        {
            ["finding"] = Finding(waiver.Finding),
            ["form"] = waiver.Form,
            ["justification"] = waiver.Justification,
            ["suppressedAt"] = Place(waiver.SuppressedAt),
            ["by"] = waiver.By,
        }).ToArray()),
        ["declarations"] = new JsonArray(cell.Declarations.Select(declared => (JsonNode)new JsonObject
        {
            ["option"] = declared.Declaration.OptionKey,
            ["value"] = declared.Value,
            ["coversDuty"] = declared.Declaration.CoversDuty,
            ["meaning"] = declared.Declaration.Meaning,
        }).ToArray()),
    };

    private static JsonObject Finding(Finding finding) => new()
    {
        ["id"] = finding.Id,
        ["severity"] = finding.Severity,
        ["duty"] = finding.Rule.Duty.ToString(),
        ["service"] = finding.Service.Name,
        ["message"] = finding.Message,
        ["location"] = Place(finding.Place),
        ["excerpt"] = finding.Excerpt,
        ["helpUri"] = finding.Rule.Descriptor.HelpLinkUri,
    };

    private static JsonObject? Place(SourcePlace? place) => place is null ? null : new JsonObject
    {
        ["path"] = place.RelativePath,
        ["line"] = place.Line,
        ["column"] = place.Column,
    };
}
