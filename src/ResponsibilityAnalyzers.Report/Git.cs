using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;

namespace ResponsibilityAnalyzers.Report;

/// <summary>Who wrote a suppression: the author of its line by <c>git blame</c>, when the file is in a git repository.</summary>
internal static class Git
{
    private static readonly ConcurrentDictionary<(string, int), string?> Authors = new();

    public static string? Author(SourcePlace? place) =>
        place is null ? null : Authors.GetOrAdd((place.FullPath, place.Line), key => Blame(key.Item1, key.Item2));

    private static string? Blame(string path, int line)
    {
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = Path.GetDirectoryName(path)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "blame", "--porcelain", "-L", $"{line},{line}", "--", Path.GetFileName(path) })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            if (!process.WaitForExit(10_000) || process.ExitCode != 0)
            {
                return null;
            }

            string? author = null;
            DateTimeOffset? when = null;
            foreach (var text in output.Split('\n'))
            {
                if (text.StartsWith("author ", StringComparison.Ordinal))
                {
                    author = text.Substring("author ".Length).Trim();
                }
                else if (text.StartsWith("author-time ", StringComparison.Ordinal) && long.TryParse(text.Substring("author-time ".Length).Trim(), out var seconds))
                {
                    when = DateTimeOffset.FromUnixTimeSeconds(seconds);
                }
            }

            return author switch
            {
                null => null,
                "Not Committed Yet" => "not committed yet",
                _ => when is { } date ? $"{author}, {date:yyyy-MM-dd}" : author,
            };
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            // No git on the machine: the report says where, not who.
            return null;
        }
    }
}
