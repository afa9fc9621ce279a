using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace ResponsibilityAnalyzers.Report;

/// <summary>Restore, load with MSBuildWorkspace, analyze each project, write the outputs, and choose the exit code.</summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(CommandLine command, CancellationToken cancellationToken = default)
    {
        var progress = Progress.ForConsole();
        var total = Stopwatch.StartNew();
        var inputName = Path.GetFileName(command.Input);
        var root = Path.GetDirectoryName(command.Input)!;

        if (command.Restore)
        {
            progress.Working($"restoring {inputName} …");
            Restore(command.Input);
            progress.Line($"restored {inputName} ({total.Elapsed.TotalSeconds:F1} s)");
        }

        using var workspace = MSBuildWorkspace.Create();
        var failures = new List<string>();
        workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                failures.Add(e.Diagnostic.Message);
            }
        });

        var loading = new Progress<ProjectLoadProgress>(step =>
        {
            if (step.Operation == ProjectLoadOperation.Resolve)
            {
                progress.Line($"loaded {Path.GetFileNameWithoutExtension(step.FilePath)}{(step.TargetFramework is { } tfm ? $" ({tfm})" : string.Empty)} in {step.ElapsedTime.TotalSeconds:F1} s");
            }
            else
            {
                progress.Working($"loading {Path.GetFileNameWithoutExtension(step.FilePath)}: {step.Operation.ToString().ToLowerInvariant()} …");
            }
        });

        IReadOnlyList<Project> projects;
        try
        {
            progress.Working($"loading {inputName} …");
            var extension = Path.GetExtension(command.Input).ToLowerInvariant();
            projects = extension == ".csproj"
                ? new[] { await workspace.OpenProjectAsync(command.Input, loading, cancellationToken).ConfigureAwait(false) }
                : (await workspace.OpenSolutionAsync(command.Input, loading, cancellationToken).ConfigureAwait(false)).Projects.ToArray();
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or ArgumentException or InvalidDataException or System.Xml.XmlException)
        {
            throw new ReportException($"could not load {inputName}: {exception.Message}{Failures(failures)}");
        }

        if (projects.Count == 0 && failures.Count > 0)
        {
            throw new ReportException($"could not load {inputName}{Failures(failures)}");
        }

        var report = new ResponsibilityReport(command.Input, root, ToolVersion, DateTimeOffset.UtcNow);
        report.LoadErrors.AddRange(failures);
        var ordered = projects.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            var prefix = $"[{i + 1}/{ordered.Length}] {ordered[i].Name}";
            progress.Working($"{prefix}: analyzing …");
            var project = await new ProjectAnalysis(ordered[i], root).RunAsync(cancellationToken).ConfigureAwait(false);
            report.Projects.Add(project);
            progress.Line($"{prefix}: {project.Summary()} ({project.Elapsed.TotalSeconds:F1} s)");
            foreach (var warning in project.LoadWarnings)
            {
                progress.Line($"{prefix}: note: {warning}");
            }
        }

        foreach (var failure in failures)
        {
            Console.Error.WriteLine($"srm-report: {failure}");
        }

        Directory.CreateDirectory(command.OutputDirectory);
        foreach (var format in command.OutputFormats)
        {
            var path = Path.Combine(command.OutputDirectory, "srm-report." + format);
            var text = format switch
            {
                "md" => MarkdownReport.Write(report, command.OutputDirectory),
                "html" => HtmlReport.Write(report, command.OutputDirectory),
                "sarif" => SarifReport.Write(report),
                _ => JsonReport.Write(report),
            };
            File.WriteAllText(path, text);
            progress.Line($"wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}");
        }

        var open = report.Findings.ToArray();
        var errors = open.Count(f => f.Severity == "error");
        var warnings = open.Count(f => f.Severity == "warning");
        progress.Line($"srm-report: {report.Projects.Count} project{(report.Projects.Count == 1 ? string.Empty : "s")}, {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}, {open.Length - errors - warnings} info, {report.Projects.Sum(p => p.AllWaivers.Count())} waived, in {total.Elapsed.TotalSeconds:F1} s");

        if (failures.Count > 0 || report.Projects.Any(p => p.Error is not null))
        {
            Console.Error.WriteLine("srm-report: some projects could not be analyzed; the report says which");
            return ExitCodes.Usage;
        }

        var failed = command.FailOn switch
        {
            FailOn.Error => errors > 0,
            FailOn.Warning => errors + warnings > 0,
            _ => false,
        };
        if (failed)
        {
            Console.Error.WriteLine($"srm-report: findings at or above --fail-on {command.FailOn.ToString().ToLowerInvariant()}");
            return ExitCodes.FindingsAtFailOn;
        }

        return ExitCodes.Written;
    }

    public static string ToolVersion { get; } =
        typeof(ReportCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static string Failures(List<string> failures) =>
        failures.Count == 0 ? string.Empty : ":" + Environment.NewLine + string.Join(Environment.NewLine, failures.Select(f => "  " + f));

    /// <summary><c>dotnet restore</c>, as <c>dotnet build</c> does first: MSBuildWorkspace resolves references from the restore's output.</summary>
    private static void Restore(string input)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(input)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "restore", input, "-nodeReuse:false", "-v:q", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new ReportException("could not start 'dotnet restore'");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var lines = (stdout + Environment.NewLine + stderr.Result).Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Contains("error", StringComparison.OrdinalIgnoreCase))
                .Distinct()
                .Take(10)
                .ToArray();
            throw new ReportException($"could not restore {Path.GetFileName(input)} ('dotnet restore' exited with {process.ExitCode}):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", lines.Length > 0 ? lines : new[] { stdout.Trim() })}");
        }
    }
}
