using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Report;

/// <summary>
/// The model's table filled in for one project: for each service it uses, one cell per duty, in the state the
/// findings, waivers, options and the catalog put it. Everything here is read from the model and the catalog.
/// </summary>
public static class Matrix
{
    /// <summary>The columns: every duty a service can have (Governance is about suppressions, not a service).</summary>
    public static ImmutableArray<Duty> Duties { get; } = ResponsibilityModel.Duties.Values
        .SelectMany(duties => duties)
        .Concat(ResponsibilityModel.Services.SelectMany(service => service.AlsoOwned))
        .Distinct()
        .OrderBy(DutyOrder)
        .ToImmutableArray();

    /// <summary>The order of the README's duty table: by id range, client-side encryption after encryption at rest.</summary>
    public static int DutyOrder(Duty duty) => (ResponsibilityModel.IdRange(duty) * 100) + (int)duty;

    /// <summary>Whether the customer owns <paramref name="duty"/> for <paramref name="service"/>; the row of every client owns the duties of every category.</summary>
    public static bool IsCustomerDuty(AwsService service, Duty duty) => service == ResponsibilityModel.AnyService
        ? ResponsibilityModel.EveryCategoryDuties.Contains(duty)
        : ResponsibilityModel.IsCustomerDuty(service, duty);

    /// <summary>The rules that check <paramref name="duty"/> for <paramref name="service"/>: its own, and those about every client.</summary>
    public static ImmutableArray<Rule> RulesFor(AwsService service, Duty duty) => Descriptors.All
        .Where(rule => rule.Duty == duty && (rule.Services.Contains(service) || rule.Services.Contains(ResponsibilityModel.AnyService)))
        .ToImmutableArray();

    /// <summary>
    /// The cells of one service. <paramref name="isOff"/> says whether the project turns a rule off;
    /// <paramref name="declarations"/> are the options of <see cref="ResponsibilityModel.Declarations"/> the project sets.
    /// </summary>
    public static ImmutableArray<Cell> CellsOf(
        AwsService service,
        IReadOnlyCollection<Finding> findings,
        IReadOnlyCollection<Waiver> waivers,
        IReadOnlyCollection<DeclarationInForce> declarations,
        System.Func<Rule, bool> isOff,
        System.Func<string, bool> isSet)
    {
        var cells = ImmutableArray.CreateBuilder<Cell>();
        foreach (var duty in Duties)
        {
            if (!IsCustomerDuty(service, duty))
            {
                cells.Add(new Cell(service, duty, CellState.AwsPart, ImmutableArray<Rule>.Empty)
                {
                    Reason = $"{ResponsibilityModel.Subject(service)}: the model leaves this with AWS",
                });
                continue;
            }

            var cell = new Cell(service, duty, CellState.Met, RulesFor(service, duty));
            cell.Findings.AddRange(findings.Where(finding => finding.Service == service && finding.Rule.Duty == duty));
            cell.Waivers.AddRange(waivers.Where(waiver => waiver.Finding.Service == service && waiver.Finding.Rule.Duty == duty));
            cell.Declarations.AddRange(declarations.Where(declared => declared.Declaration.Duty == duty && declared.Declaration.Services.Contains(service)));
            cell.RulesOff.AddRange(cell.Rules.Where(isOff).Select(rule => rule.Id));
            var idle = cell.Rules.Where(rule => !cell.RulesOff.Contains(rule.Id) && !rule.SilentUntilSet.IsEmpty && !rule.SilentUntilSet.Any(isSet)).ToArray();
            cell.RulesIdle.AddRange(idle.Select(rule => rule.Id));
            var on = cell.Rules.Where(rule => !cell.RulesOff.Contains(rule.Id) && !cell.RulesIdle.Contains(rule.Id)).Select(rule => rule.Id).ToArray();
            var idleText = string.Join("; ", idle.GroupBy(rule => string.Join(" or ", rule.SilentUntilSet)).Select(group => $"{string.Join(", ", group.Select(rule => rule.Id))} silent until {group.Key} is set"));
            var covering = cell.Declarations.FirstOrDefault(declared => declared.Declaration.CoversDuty);

            if (cell.Findings.Count > 0)
            {
                cell.State = CellState.Skipped;
                cell.Reason = $"{cell.Findings.Count} finding{(cell.Findings.Count == 1 ? string.Empty : "s")} of {string.Join(", ", cell.Findings.Select(f => f.Id).Distinct())}";
            }
            else if (cell.Waivers.Count > 0)
            {
                cell.State = CellState.Waived;
                cell.Reason = $"{cell.Waivers.Count} finding{(cell.Waivers.Count == 1 ? string.Empty : "s")} suppressed in code";
            }
            else if (covering is not null)
            {
                cell.State = CellState.DeclaredElsewhere;
                cell.Reason = $"{covering.Declaration.OptionKey} = {covering.Value}: {covering.Declaration.Meaning}";
            }
            else if (cell.Rules.IsEmpty)
            {
                cell.State = CellState.NotChecked;
                cell.Reason = $"no rule of the package can see {ResponsibilityModel.Phrase(duty)} for {service.Name} in code";
            }
            else if (on.Length == 0)
            {
                cell.State = CellState.NotChecked;
                cell.Reason = string.Join("; ", new[]
                {
                    cell.RulesOff.Count > 0 ? $"its rules are turned off for this project ({string.Join(", ", cell.RulesOff)})" : string.Empty,
                    idleText,
                }.Where(part => part.Length > 0));
            }
            else
            {
                cell.State = CellState.Met;
                cell.Reason = $"{string.Join(", ", on)} ran on this project and found nothing"
                    + (idleText.Length > 0 ? $" ({idleText})" : string.Empty)
                    + (cell.RulesOff.Count > 0 ? $" ({string.Join(", ", cell.RulesOff)} turned off)" : string.Empty);
            }

            cells.Add(cell);
        }

        return cells.ToImmutable();
    }
}
