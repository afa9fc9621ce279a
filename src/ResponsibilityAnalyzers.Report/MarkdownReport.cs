using System.Linq;
using System.Text;

namespace ResponsibilityAnalyzers.Report;

/// <summary>
/// Markdown for a pull request comment or <c>$GITHUB_STEP_SUMMARY</c>: the summary line and the matrix per project,
/// grouped by category, then the findings, waivers and declarations behind the cells in collapsed sections.
/// </summary>
public static class MarkdownReport
{
    public static string Write(ResponsibilityReport report, string outputDirectory)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {ReportText.Title}");
        md.AppendLine();
        md.AppendLine($"`{System.IO.Path.GetFileName(report.Input)}` · srm-report {report.ToolVersion} · {report.Generated:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine();
        md.AppendLine(ReportText.Intro + " States:");
        md.AppendLine();
        foreach (var state in CellStates.All)
        {
            md.AppendLine($"- {ReportText.Symbol(state)} **{state.Label()}**: {ReportText.Meaning(state)}");
        }

        md.AppendLine();
        foreach (var error in report.LoadErrors)
        {
            md.AppendLine($"> **Not loaded:** {Escape(error)}");
            md.AppendLine();
        }

        if (report.Projects.Count == 0)
        {
            md.AppendLine("No project was loaded.");
        }

        foreach (var project in report.Projects)
        {
            md.AppendLine($"## {Escape(project.Name)}");
            md.AppendLine();
            md.AppendLine($"**{Escape(project.Name)}**: {Escape(project.Summary())}.");
            md.AppendLine();
            foreach (var note in project.LoadWarnings)
            {
                md.AppendLine($"> Note: {Escape(note)}");
                md.AppendLine();
            }

            if (project.OtherAwsNamespaces.Count > 0)
            {
                md.AppendLine($"AWS services the model does not cover (not in the matrix): {string.Join(", ", project.OtherAwsNamespaces.Select(ns => $"`{ns}`"))}.");
                md.AppendLine();
            }

            foreach (var (category, rows) in ReportText.ByCategory(project))
            {
                md.AppendLine($"### {ReportText.CategoryHeading(category)}");
                md.AppendLine();
                md.AppendLine("| Service | Uses | " + string.Join(" | ", Matrix.Duties) + " |");
                md.AppendLine("|---|---|" + string.Concat(Matrix.Duties.Select(_ => ":-:|")));
                foreach (var row in rows)
                {
                    md.AppendLine($"| {Escape(row.Service.Name)} | {Escape(ReportText.Uses(row))} | " + string.Join(" | ", row.Cells.Select(cell => cell.State == CellState.AwsPart ? $"_{ReportText.CellText(cell)}_" : ReportText.CellText(cell))) + " |");
                }

                md.AppendLine();
            }

            var skipped = project.Cells.Where(cell => cell.State == CellState.Skipped).ToList();
            if (skipped.Count > 0)
            {
                md.AppendLine($"<details><summary>Skipped duties: {skipped.Sum(c => c.Findings.Count)} findings in {skipped.Count} cells</summary>");
                md.AppendLine();
                foreach (var cell in skipped)
                {
                    md.AppendLine($"**{Escape(cell.Service.Name)} · {cell.Duty}**: {ReportText.CellText(cell)}");
                    md.AppendLine();
                    foreach (var finding in cell.Findings)
                    {
                        md.AppendLine($"- `{finding.Id}` {finding.Severity} {Link(finding.Place, outputDirectory)}: {Escape(finding.Message)}");
                    }

                    md.AppendLine();
                }

                md.AppendLine("</details>");
                md.AppendLine();
            }

            var waivers = project.AllWaivers.ToList();
            if (waivers.Count > 0)
            {
                md.AppendLine($"<details><summary>Waived: {waivers.Count} findings suppressed in code</summary>");
                md.AppendLine();
                foreach (var waiver in waivers)
                {
                    md.AppendLine($"- **{Escape(waiver.Finding.Service.Name)} · {waiver.Finding.Rule.Duty}** `{waiver.Finding.Id}` {Link(waiver.Finding.Place, outputDirectory)}, {Escape(ReportText.Waiver(waiver))}");
                }

                md.AppendLine();
                md.AppendLine("</details>");
                md.AppendLine();
            }

            var explained = project.Cells.Where(cell => cell.State is CellState.DeclaredElsewhere or CellState.NotChecked or CellState.Met || cell.Declarations.Count > 0).ToList();
            if (explained.Count > 0)
            {
                md.AppendLine("<details><summary>Why the other cells are met, declared elsewhere or not checked</summary>");
                md.AppendLine();
                foreach (var cell in explained)
                {
                    var exemptions = cell.Declarations.Where(d => !d.Declaration.CoversDuty).Select(d => $"; exempt by `{d.Declaration.OptionKey} = {d.Value}` ({d.Declaration.Meaning})");
                    md.AppendLine($"- **{Escape(cell.Service.Name)} · {cell.Duty}**: {ReportText.CellText(cell)}, {Escape(cell.Reason)}{Escape(string.Concat(exemptions))}");
                }

                md.AppendLine();
                md.AppendLine("</details>");
                md.AppendLine();
            }

            if (project.Governance.Count > 0)
            {
                md.AppendLine($"Governance ({project.Governance.Count}):");
                md.AppendLine();
                foreach (var finding in project.Governance)
                {
                    md.AppendLine($"- `{finding.Id}` {finding.Severity} {Link(finding.Place, outputDirectory)}: {Escape(finding.Message)}");
                }

                md.AppendLine();
            }
        }

        md.AppendLine("What each state means and how the cells are decided: [docs/report.md](https://github.com/responsibility-analyzers/ResponsibilityAnalyzers/blob/main/docs/report.md).");
        return md.ToString();
    }

    private static string Link(SourcePlace? place, string outputDirectory) =>
        place is null ? "(no location)" : $"[{Escape(ReportText.Location(place))}]({ReportText.Href(place, outputDirectory).Replace(" ", "%20")})";

    /// <summary>Text that may not open Markdown or HTML: table pipes, angle brackets, emphasis.</summary>
    private static string Escape(string text) => text
        .Replace("\\", "\\\\")
        .Replace("|", "\\|")
        .Replace("<", "&lt;")
        .Replace(">", "&gt;")
        .Replace("*", "\\*")
        .Replace("_", "\\_")
        .Replace("`", "\\`")
        .Replace("\r", string.Empty)
        .Replace("\n", " ");
}
