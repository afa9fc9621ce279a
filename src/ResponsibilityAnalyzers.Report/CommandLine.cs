using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace ResponsibilityAnalyzers.Report;

/// <summary>When the report makes the command fail: on findings of Error severity, of Warning or above, or never.</summary>
public enum FailOn
{
    Error,
    Warning,
    None,
}

/// <summary>
/// <c>srm-report path/to/App.sln|.slnx|.csproj|folder [--format md,html,sarif,json] [--out DIR] [--fail-on error|warning|none] [--no-restore]</c>.
/// </summary>
public sealed class CommandLine
{
    public const string Usage = """
        Usage: srm-report <App.sln | App.slnx | App.csproj | folder> [options]

        Writes the responsibility report: for each AWS service the code uses, which of the customer's duties
        in the AWS Shared Responsibility Model the code meets, skips, waives or leaves to something else.

        Options:
          --format md,html,sarif,json   the outputs to write (default: all four)
          --out DIR                     where to write them (default: ./srm-report)
          --fail-on error|warning|none  exit with 1 when a finding of that severity or above is not waived
                                        (default: error)
          --no-restore                  do not run 'dotnet restore' first
          -h, --help                    show this text

        Exit codes: 0 the report was written; 1 findings at or above --fail-on; 2 bad arguments or a project
        that could not be loaded. States and outputs: docs/report.md.
        """;

    public static readonly ImmutableArray<string> Formats = ImmutableArray.Create("md", "html", "sarif", "json");

    private CommandLine(string input, ImmutableArray<string> formats, string output, FailOn failOn, bool restore)
    {
        Input = input;
        OutputFormats = formats;
        OutputDirectory = output;
        FailOn = failOn;
        Restore = restore;
    }

    /// <summary>The solution or project file (a folder is resolved to the one solution or project in it).</summary>
    public string Input { get; }

    public ImmutableArray<string> OutputFormats { get; }

    public string OutputDirectory { get; }

    public FailOn FailOn { get; }

    public bool Restore { get; }

    /// <summary>The parsed command line, or the message that says what is wrong with it (null both when help was asked for).</summary>
    public static (CommandLine? Parsed, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? input = null;
        var formats = Formats;
        var output = Path.Combine(Directory.GetCurrentDirectory(), "srm-report");
        var failOn = FailOn.Error;
        var restore = true;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value()
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"{arg} needs a value");
                }

                return args[++i];
            }

            try
            {
                switch (arg)
                {
                    case "-h" or "--help" or "-?":
                        return (null, null);
                    case "--format":
                        var asked = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToArray();
                        var unknown = asked.Where(f => !Formats.Contains(f)).ToArray();
                        if (unknown.Length > 0 || asked.Length == 0)
                        {
                            return (null, $"--format takes a comma-separated list of {string.Join(", ", Formats)}; '{string.Join(",", unknown)}' is not one");
                        }

                        formats = asked.Distinct().ToImmutableArray();
                        break;
                    case "--out" or "-o":
                        output = Path.GetFullPath(Value());
                        break;
                    case "--fail-on":
                        var level = Value();
                        if (!Enum.TryParse<FailOn>(level, ignoreCase: true, out failOn) || !Enum.IsDefined(failOn) || level.Any(char.IsDigit))
                        {
                            return (null, $"--fail-on takes error, warning or none, not '{level}'");
                        }

                        break;
                    case "--no-restore":
                        restore = false;
                        break;
                    default:
                        if (arg.StartsWith('-'))
                        {
                            return (null, $"unknown option '{arg}'");
                        }

                        if (input is not null)
                        {
                            return (null, $"one solution or project at a time: '{input}' and '{arg}'");
                        }

                        input = arg;
                        break;
                }
            }
            catch (ArgumentException exception)
            {
                return (null, exception.Message);
            }
        }

        if (input is null)
        {
            return (null, "name a solution (.sln, .slnx), a project (.csproj) or a folder that holds one");
        }

        var (resolved, error) = Resolve(input);
        return resolved is null ? (null, error) : (new CommandLine(resolved, formats, output, failOn, restore), null);
    }

    /// <summary>The file to load: the path itself, or the one solution (else the one project) in a folder.</summary>
    private static (string? Path, string? Error) Resolve(string input)
    {
        var full = Path.GetFullPath(input);
        if (File.Exists(full))
        {
            var extension = Path.GetExtension(full).ToLowerInvariant();
            return extension is ".sln" or ".slnx" or ".csproj"
                ? (full, null)
                : (null, $"'{input}' is not a solution (.sln, .slnx) or a C# project (.csproj)");
        }

        if (!Directory.Exists(full))
        {
            return (null, $"no file or folder at '{input}'");
        }

        var solutions = Directory.GetFiles(full, "*.sln").Concat(Directory.GetFiles(full, "*.slnx")).ToArray();
        var projects = Directory.GetFiles(full, "*.csproj");
        if (solutions.Length == 1)
        {
            return (solutions[0], null);
        }

        if (solutions.Length == 0 && projects.Length == 1)
        {
            return (projects[0], null);
        }

        return solutions.Length + projects.Length == 0
            ? (null, $"'{input}' holds no solution (.sln, .slnx) and no C# project (.csproj)")
            : (null, $"'{input}' holds more than one solution or project ({string.Join(", ", solutions.Concat(projects).Select(Path.GetFileName))}); name one");
    }
}
