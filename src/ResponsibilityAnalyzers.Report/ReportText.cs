using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Report;

/// <summary>What the Markdown and HTML outputs word alike: headings, the symbol of a state, links to source.</summary>
internal static class ReportText
{
    public const string Title = "Shared responsibility report";

    public const string Intro = "For each AWS service the code uses, one cell per duty of the AWS Shared Responsibility Model: what the code shows of the customer's part.";

    /// <summary>A mark beside the state's words, so the state reads without colour.</summary>
    public static string Symbol(CellState state) => state switch
    {
        CellState.Skipped => "✗",
        CellState.Waived => "⚑",
        CellState.DeclaredElsewhere => "↗",
        CellState.Met => "✓",
        CellState.NotChecked => "?",
        _ => "·",
    };

    /// <summary>What each state means, in one sentence (docs/report.md says more).</summary>
    public static string Meaning(CellState state) => state switch
    {
        CellState.Skipped => "the duty's rules found code that skips it",
        CellState.Waived => "every finding is suppressed in code, with the reason it gives",
        CellState.DeclaredElsewhere => "an option says the duty is met outside the code",
        CellState.Met => "the duty's rules ran on the code and found nothing",
        CellState.NotChecked => "no rule can see this duty for this service in code, or its rules are off",
        _ => "the model leaves this duty with AWS for the service's category",
    };

    /// <summary>The text of a cell: "✗ skipped (3)", "✓ met".</summary>
    public static string CellText(Cell cell) => cell.State switch
    {
        CellState.Skipped => $"{Symbol(cell.State)} {cell.State.Label()} ({cell.Findings.Count})",
        CellState.Waived => $"{Symbol(cell.State)} {cell.State.Label()} ({cell.Waivers.Count})",
        _ => $"{Symbol(cell.State)} {cell.State.Label()}",
    };

    public static string CategoryHeading(ServiceCategory? category) => category switch
    {
        ServiceCategory.Infrastructure => "Infrastructure services",
        ServiceCategory.Container => "Container services",
        ServiceCategory.Abstracted => "Abstracted services",
        _ => "Every AWS client (findings not tied to one service)",
    };

    /// <summary>Rows grouped as the model groups services: infrastructure, container, abstracted, then the row of every client.</summary>
    public static IEnumerable<(ServiceCategory? Category, List<ServiceRow> Rows)> ByCategory(ProjectReport project)
    {
        foreach (var category in new ServiceCategory?[] { ServiceCategory.Infrastructure, ServiceCategory.Container, ServiceCategory.Abstracted, null })
        {
            var rows = project.Rows.Where(row => category is null
                ? row.Service == ResponsibilityModel.AnyService
                : row.Service != ResponsibilityModel.AnyService && row.Service.Category == category).ToList();
            if (rows.Count > 0)
            {
                yield return (category, rows);
            }
        }
    }

    public static string Location(SourcePlace? place) => place is null ? "(no location)" : $"{place.RelativePath}:{place.Line}";

    /// <summary>A link to the place from the folder the report is written to, with a GitHub-style line anchor.</summary>
    public static string Href(SourcePlace place, string outputDirectory) =>
        Path.GetRelativePath(outputDirectory, place.FullPath).Replace('\\', '/') + "#L" + place.Line;

    public static string Uses(ServiceRow row) => row.Use is null
        ? "seen in findings only"
        : string.Join(", ", row.Use.Evidence.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(6).Select(e => e.Value == 1 ? e.Key : $"{e.Key} ×{e.Value}"))
          + (row.Use.Evidence.Count > 6 ? $" and {row.Use.Evidence.Count - 6} more" : string.Empty);

    public static string Waiver(Waiver waiver) =>
        $"{waiver.Form}{(waiver.SuppressedAt is null ? string.Empty : " at " + Location(waiver.SuppressedAt))}: "
        + (waiver.Justification is null ? "no reason given (SRM0001)" : $"\u201c{waiver.Justification}\u201d")
        + (waiver.By is null ? string.Empty : $" ({waiver.By})");
}
