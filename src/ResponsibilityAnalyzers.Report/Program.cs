using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Build.Locator;

namespace ResponsibilityAnalyzers.Report;

/// <summary>
/// srm-report: the responsibility report of a solution or project (docs/report.md). Main touches no MSBuild or
/// Workspaces type: Microsoft.Build.Locator must register the SDK's MSBuild before the first one is loaded, so the
/// work is in <see cref="ReportCommand"/>, which the runtime loads only after <see cref="RegisterMSBuild"/>.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var (command, error) = CommandLine.Parse(args);
        if (command is null)
        {
            if (error is null)
            {
                Console.WriteLine(CommandLine.Usage);
                return 0;
            }

            Console.Error.WriteLine($"srm-report: {error}");
            Console.Error.WriteLine("Run srm-report --help for the usage.");
            return ExitCodes.Usage;
        }

        if (RegisterMSBuild() is { } noMSBuild)
        {
            Console.Error.WriteLine($"srm-report: {noMSBuild}");
            return ExitCodes.Usage;
        }

        try
        {
            return await ReportCommand.RunAsync(command).ConfigureAwait(false);
        }
        catch (ReportException exception)
        {
            Console.Error.WriteLine($"srm-report: {exception.Message}");
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The last line of defence: a clear message and exit code 2, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"srm-report: unexpected {exception.GetType().Name}: {exception.Message}");
            Console.Error.WriteLine("Please report it with the command line you ran (docs/report.md).");
            return ExitCodes.Usage;
        }
    }

    /// <summary>Registers the newest .NET SDK's MSBuild; the message when there is none.</summary>
    private static string? RegisterMSBuild()
    {
        if (MSBuildLocator.IsRegistered)
        {
            return null;
        }

        var instance = MSBuildLocator.QueryVisualStudioInstances().OrderByDescending(i => i.Version).FirstOrDefault();
        if (instance is null)
        {
            return "no .NET SDK found: srm-report loads projects with the SDK's MSBuild (install the .NET SDK, or set DOTNET_ROOT)";
        }

        MSBuildLocator.RegisterInstance(instance);
        return null;
    }
}

public static class ExitCodes
{
    public const int Written = 0;
    public const int FindingsAtFailOn = 1;
    public const int Usage = 2;
}

/// <summary>A failure the user can act on: the message is printed as it is, with exit code 2.</summary>
public sealed class ReportException : Exception
{
    public ReportException(string message)
        : base(message)
    {
    }
}
