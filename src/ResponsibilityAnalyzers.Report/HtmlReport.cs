using System.Linq;
using System.Net;
using System.Text;

namespace ResponsibilityAnalyzers.Report;

/// <summary>
/// One self-contained page: inline CSS, no script, font or image from anywhere. The matrix per project, grouped by
/// category, each cell coloured by state and saying its state in words; a cell opens (details/summary, no script)
/// on its findings with links and code excerpts, its waivers, or the reason for its state.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em; color: #1b1f24; }
        h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #d0d7de; } h3 { margin-top: 1.4em; }
        table { border-collapse: collapse; margin: .5em 0 1em; }
        th, td { border: 1px solid #d0d7de; padding: .35em .5em; vertical-align: top; text-align: left; }
        thead th { background: #f6f8fa; font-weight: 600; }
        th[scope=row] { background: #f6f8fa; min-width: 9em; }
        th[scope=row] small { display: block; font-weight: normal; color: #57606a; }
        td.cell { min-width: 8.5em; }
        .s-skipped { background: #ffebe9; } .s-waived { background: #fff8c5; } .s-declared-elsewhere { background: #ddf4ff; }
        .s-met { background: #dafbe1; } .s-not-checked { background: #f6f8fa; } .s-aws-part { background: #eaeef2; color: #6e7781; }
        .state { font-weight: 600; } .s-aws-part .state { font-weight: normal; font-style: italic; }
        details summary { cursor: pointer; } details[open] { min-width: 26em; }
        .finding { margin: .4em 0; } .finding code.id { font-weight: 600; }
        pre { background: #f6f8fa; border: 1px solid #d0d7de; padding: .4em; overflow-x: auto; font-size: 12px; margin: .2em 0; }
        .summary { font-size: 1.05em; } .note { color: #9a6700; } .error { color: #cf222e; font-weight: 600; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        dl.legend dt { display: inline-block; padding: 0 .4em; margin-right: .3em; } dl.legend dd { display: inline; margin: 0 1.2em 0 0; }
        """;

    public static string Write(ResponsibilityReport report, string outputDirectory)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine($"<title>{E(ReportText.Title)}: {E(System.IO.Path.GetFileName(report.Input))}</title>");
        html.AppendLine($"<style>{Style}</style></head><body>");
        html.AppendLine($"<h1>{E(ReportText.Title)}</h1>");
        html.AppendLine($"<p><code>{E(System.IO.Path.GetFileName(report.Input))}</code> · srm-report {E(report.ToolVersion)} · {report.Generated:yyyy-MM-dd HH:mm} UTC</p>");
        html.AppendLine($"<p>{E(ReportText.Intro)}</p>");
        html.AppendLine("<dl class=\"legend\">");
        foreach (var state in CellStates.All)
        {
            html.AppendLine($"<dt class=\"s-{state.Key()}\">{E(ReportText.Symbol(state))} {E(state.Label())}</dt><dd>{E(ReportText.Meaning(state))}</dd>");
        }

        html.AppendLine("</dl>");
        foreach (var error in report.LoadErrors)
        {
            html.AppendLine($"<p class=\"error\">Not loaded: {E(error)}</p>");
        }

        if (report.Projects.Count == 0)
        {
            html.AppendLine("<p>No project was loaded.</p>");
        }

        foreach (var project in report.Projects)
        {
            html.AppendLine($"<section class=\"project\" data-project=\"{E(project.Name)}\">");
            html.AppendLine($"<h2>{E(project.Name)}</h2>");
            html.AppendLine($"<p class=\"summary\"><strong>{E(project.Name)}</strong>: {E(project.Summary())}.</p>");
            foreach (var note in project.LoadWarnings)
            {
                html.AppendLine($"<p class=\"note\">Note: {E(note)}</p>");
            }

            if (project.OtherAwsNamespaces.Count > 0)
            {
                html.AppendLine($"<p>AWS services the model does not cover (not in the matrix): {string.Join(", ", project.OtherAwsNamespaces.Select(ns => $"<code>{E(ns)}</code>"))}.</p>");
            }

            foreach (var (category, rows) in ReportText.ByCategory(project))
            {
                var heading = ReportText.CategoryHeading(category);
                html.AppendLine($"<h3>{E(heading)}</h3>");
                html.AppendLine($"<table class=\"matrix\" data-category=\"{(category?.ToString().ToLowerInvariant() ?? "any")}\"><caption class=\"visually-hidden\">{E(project.Name)}: {E(heading)}</caption>");
                html.Append("<thead><tr><th scope=\"col\">Service</th>");
                foreach (var duty in Matrix.Duties)
                {
                    html.Append($"<th scope=\"col\" title=\"{E(ResponsibilityAnalyzers.Model.ResponsibilityModel.Phrase(duty))}\">{E(duty.ToString())}</th>");
                }

                html.AppendLine("</tr></thead><tbody>");
                foreach (var row in rows)
                {
                    html.Append($"<tr><th scope=\"row\">{E(row.Service.Name)}<small>{E(ReportText.Uses(row))}</small></th>");
                    foreach (var cell in row.Cells)
                    {
                        html.Append(Cell(cell, outputDirectory));
                    }

                    html.AppendLine("</tr>");
                }

                html.AppendLine("</tbody></table>");
            }

            if (project.Governance.Count > 0)
            {
                html.AppendLine("<h3>Governance</h3><ul>");
                foreach (var finding in project.Governance)
                {
                    html.AppendLine($"<li class=\"finding\">{Finding(finding, outputDirectory)}</li>");
                }

                html.AppendLine("</ul>");
            }

            html.AppendLine("</section>");
        }

        html.AppendLine("<p>What each state means and how the cells are decided: <a href=\"https://github.com/responsibility-analyzers/ResponsibilityAnalyzers/blob/main/docs/report.md\">docs/report.md</a>.</p>");
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static string Cell(Cell cell, string outputDirectory)
    {
        var text = ReportText.CellText(cell);
        var open = new StringBuilder();
        open.Append($"<td class=\"cell s-{cell.State.Key()}\" data-service=\"{E(cell.Service.Name)}\" data-duty=\"{cell.Duty}\" data-state=\"{cell.State.Key()}\">");
        if (cell.State == CellState.AwsPart)
        {
            return open.Append($"<span class=\"state\" title=\"{E(cell.Reason)}\">{E(text)}</span></td>").ToString();
        }

        open.Append($"<details><summary><span class=\"state\">{E(text)}</span></summary>");
        open.Append($"<p>{E(cell.Reason)}.</p>");
        foreach (var finding in cell.Findings)
        {
            open.Append($"<div class=\"finding\">{Finding(finding, outputDirectory)}</div>");
        }

        foreach (var waiver in cell.Waivers)
        {
            open.Append($"<div class=\"finding waiver\">{Finding(waiver.Finding, outputDirectory)}<p>Waived by {E(ReportText.Waiver(waiver))}</p></div>");
        }

        foreach (var declared in cell.Declarations)
        {
            open.Append($"<p><code>{E(declared.Declaration.OptionKey)} = {E(declared.Value)}</code>: {E(declared.Declaration.Meaning)}{(declared.Declaration.CoversDuty ? string.Empty : " (an exemption; the rules still run on the rest)")}.</p>");
        }

        if (cell.Rules.Length > 0)
        {
            open.Append($"<p>Rules: {string.Join(", ", cell.Rules.Select(rule => $"<a href=\"{E(rule.Descriptor.HelpLinkUri)}\">{E(rule.Id)}</a>"))}{(cell.RulesOff.Count > 0 ? $"; off here: {E(string.Join(", ", cell.RulesOff))}" : string.Empty)}{(cell.RulesIdle.Count > 0 ? $"; silent here: {E(string.Join(", ", cell.RulesIdle))}" : string.Empty)}.</p>");
        }

        return open.Append("</details></td>").ToString();
    }

    private static string Finding(Finding finding, string outputDirectory)
    {
        var where = finding.Place is null
            ? "(no location)"
            : $"<a href=\"{E(ReportText.Href(finding.Place, outputDirectory))}\">{E(ReportText.Location(finding.Place))}</a>";
        var excerpt = finding.Excerpt.Length == 0 ? string.Empty : $"<pre><code>{E(finding.Excerpt)}</code></pre>";
        return $"<code class=\"id\"><a href=\"{E(finding.Rule.Descriptor.HelpLinkUri)}\">{E(finding.Id)}</a></code> {E(finding.Severity)} {where}: {E(finding.Message)}{excerpt}";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
