using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>Where and when the benchmark ran, and how busy the machine was (load average at start and end).</summary>
internal sealed record MachineInfo(
    DateTimeOffset StartedUtc,
    int Cores,
    string Cpu,
    string Os,
    string Runtime,
    string Roslyn,
    string? LoadAverageAtStart,
    string? LoadAverageAtEnd)
{
    public string Summary => $"{Cores} cores, {Cpu}, {Runtime}, Roslyn {Roslyn}, load average {LoadAverageAtStart ?? "n/a"}";

    public static MachineInfo Capture() => new(
        DateTimeOffset.UtcNow,
        Environment.ProcessorCount,
        CpuModel(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        typeof(Compilation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? typeof(Compilation).Assembly.GetName().Version!.ToString(),
        LoadAverage(),
        null);

    public MachineInfo WithEnd() => this with { LoadAverageAtEnd = LoadAverage() };

    /// <summary>The 1, 5 and 15 minute load averages (Linux only).</summary>
    private static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string CpuModel()
    {
        try
        {
            var line = File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
                : null;
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }
}
