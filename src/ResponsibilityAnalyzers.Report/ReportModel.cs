using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Report;

/// <summary>What the code shows of one customer duty for one service (docs/report.md explains each).</summary>
public enum CellState
{
    /// <summary>Findings of the duty's rules on calls of the service.</summary>
    Skipped,

    /// <summary>Every finding of the cell is suppressed in code, with or without the reason SRM0001 asks for.</summary>
    Waived,

    /// <summary>No finding, and an option says the duty is met outside the code.</summary>
    DeclaredElsewhere,

    /// <summary>The duty's rules ran on the project and found nothing.</summary>
    Met,

    /// <summary>No rule can see this duty for this service, or its rules are turned off.</summary>
    NotChecked,

    /// <summary>The model does not put this duty on the customer for the service's category.</summary>
    AwsPart,
}

public static class CellStates
{
    /// <summary>How every output writes the state: the words of docs/report.md.</summary>
    public static string Label(this CellState state) => state switch
    {
        CellState.Skipped => "skipped",
        CellState.Waived => "waived",
        CellState.DeclaredElsewhere => "declared elsewhere",
        CellState.Met => "met",
        CellState.NotChecked => "not checked in code",
        CellState.AwsPart => "AWS's part",
        _ => state.ToString(),
    };

    /// <summary>The machine form (JSON, SARIF, HTML classes): skipped, waived, declared-elsewhere, met, not-checked, aws-part.</summary>
    public static string Key(this CellState state) => state switch
    {
        CellState.DeclaredElsewhere => "declared-elsewhere",
        CellState.NotChecked => "not-checked",
        CellState.AwsPart => "aws-part",
        _ => state.Label(),
    };

    public static readonly ImmutableArray<CellState> All = ImmutableArray.Create(
        CellState.Skipped, CellState.Waived, CellState.DeclaredElsewhere, CellState.Met, CellState.NotChecked, CellState.AwsPart);
}

/// <summary>A place in a source file: the path relative to the report's root, and 1-based line and column.</summary>
public sealed record SourcePlace(string FullPath, string RelativePath, int Line, int Column);

/// <summary>One diagnostic of an SRM rule, as the build would report it.</summary>
public sealed record Finding(
    Rule Rule,
    string Severity,
    SourcePlace? Place,
    string Message,
    string Excerpt,
    AwsService Service)
{
    public string Id => Rule.Id;
}

/// <summary>A finding suppressed in code: how, why (the justification SRM0001 asks for), where and by whom.</summary>
public sealed record Waiver(Finding Finding, string Form, string? Justification, SourcePlace? SuppressedAt, string? By);

/// <summary>An option of <see cref="ResponsibilityModel.Declarations"/> set for the project, and its value.</summary>
public sealed record DeclarationInForce(Declaration Declaration, string Value);

/// <summary>One service × duty of a project.</summary>
public sealed class Cell
{
    public Cell(AwsService service, Duty duty, CellState state, ImmutableArray<Rule> rules)
    {
        Service = service;
        Duty = duty;
        State = state;
        Rules = rules;
    }

    public AwsService Service { get; }

    public Duty Duty { get; }

    public CellState State { get; set; }

    /// <summary>The rules of the catalog that check this duty for this service.</summary>
    public ImmutableArray<Rule> Rules { get; }

    /// <summary>Of <see cref="Rules"/>, those the project's configuration turns off (severity none, a skipped test project).</summary>
    public List<string> RulesOff { get; } = new();

    /// <summary>Of <see cref="Rules"/>, those silent here because the policy option they check against is not set (SRM1001 without srm.allowed_regions).</summary>
    public List<string> RulesIdle { get; } = new();

    public List<Finding> Findings { get; } = new();

    public List<Waiver> Waivers { get; } = new();

    public List<DeclarationInForce> Declarations { get; } = new();

    /// <summary>One sentence that says why the cell is in its state.</summary>
    public string Reason { get; set; } = string.Empty;
}

/// <summary>What the code uses of a service: SDK types (clients, requests) and calls, with a count and where first.</summary>
public sealed class ServiceUse
{
    public ServiceUse(AwsService service) => Service = service;

    public AwsService Service { get; }

    /// <summary>"AmazonS3Client", "PutObjectRequest", "IAmazonS3.PutObjectAsync" → how many places.</summary>
    public SortedDictionary<string, int> Evidence { get; } = new(StringComparer.Ordinal);

    public SourcePlace? First { get; set; }

    public int Places => Evidence.Values.Sum();
}

/// <summary>One row of the matrix: a service the project uses, and its cells in <see cref="Matrix.Duties"/> order.</summary>
public sealed record ServiceRow(AwsService Service, ServiceUse? Use, ImmutableArray<Cell> Cells);

public sealed class ProjectReport
{
    public ProjectReport(string name, string path)
    {
        Name = name;
        Path = path;
    }

    public string Name { get; }

    public string Path { get; }

    public bool UsesAwsSdk { get; set; }

    /// <summary>A test project the rules skip (IsTestProject, without srm.analyze_test_projects).</summary>
    public bool SkippedTestProject { get; set; }

    public List<ServiceRow> Rows { get; } = new();

    /// <summary>SRM0000–SRM0002: options that could not be read, suppressions without a reason or of non-suppressible rules.</summary>
    public List<Finding> Governance { get; } = new();

    /// <summary>AWS SDK namespaces the code uses that the model does not know (Amazon.SecurityToken).</summary>
    public SortedSet<string> OtherAwsNamespaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Why the project could not be analyzed; the rest of the report is empty then.</summary>
    public string? Error { get; set; }

    /// <summary>What MSBuild said while loading the project (missing references, failed restore).</summary>
    public List<string> LoadWarnings { get; } = new();

    public TimeSpan Elapsed { get; set; }

    public IEnumerable<Cell> Cells => Rows.SelectMany(row => row.Cells);

    public int Count(CellState state) => Cells.Count(cell => cell.State == state);

    public IEnumerable<Finding> AllFindings => Cells.SelectMany(cell => cell.Findings).Concat(Governance);

    public IEnumerable<Waiver> AllWaivers => Cells.SelectMany(cell => cell.Waivers);

    /// <summary>"12 services: 9 skipped (31 findings), 20 met, 1 waived, 2 declared elsewhere, 30 not checked in code, 24 AWS's part".</summary>
    public string Summary()
    {
        if (Error is not null)
        {
            return "not analyzed: " + Error;
        }

        if (SkippedTestProject)
        {
            return "a test project: the rules do not run here (srm.analyze_test_projects = true turns them on)";
        }

        if (!UsesAwsSdk)
        {
            return "no AWS SDK: nothing of the shared responsibility model applies to this code";
        }

        var findings = Cells.Sum(cell => cell.Findings.Count);
        var waived = Cells.Sum(cell => cell.Waivers.Count);
        var services = Rows.Count(row => row.Service != ResponsibilityModel.AnyService);
        var parts = CellStates.All.Select(state => state == CellState.Skipped
            ? $"{Count(state)} skipped ({findings} finding{(findings == 1 ? string.Empty : "s")}, {waived} more waived)"
            : $"{Count(state)} {state.Label()}");
        return $"{services} AWS service{(services == 1 ? string.Empty : "s")}: " + string.Join(", ", parts);
    }
}

public sealed class ResponsibilityReport
{
    public ResponsibilityReport(string input, string root, string toolVersion, DateTimeOffset generated)
    {
        Input = input;
        Root = root;
        ToolVersion = toolVersion;
        Generated = generated;
    }

    /// <summary>The solution or project as given on the command line.</summary>
    public string Input { get; }

    /// <summary>The folder paths are relative to: the solution's or project's folder.</summary>
    public string Root { get; }

    public string ToolVersion { get; }

    public DateTimeOffset Generated { get; }

    public List<ProjectReport> Projects { get; } = new();

    /// <summary>What MSBuildWorkspace could not load (a project of the solution that is missing or broken).</summary>
    public List<string> LoadErrors { get; } = new();

    public IEnumerable<Finding> Findings => Projects.SelectMany(project => project.AllFindings);
}
