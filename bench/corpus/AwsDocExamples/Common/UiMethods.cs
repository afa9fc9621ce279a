using System;

namespace AwsDocExamples.Common;

/// <summary>
/// Console helpers shared by the interactive scenarios.
/// </summary>
public static class UiMethods
{
    public static readonly string SepBar = new('-', 88);

    public static void DisplayOverview(string title, params string[] lines)
    {
        Console.Clear();
        Console.WriteLine(SepBar);
        Console.WriteLine(title);
        Console.WriteLine(SepBar);
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine(SepBar);
    }

    public static void DisplayTitle(string title)
    {
        Console.WriteLine(SepBar);
        Console.WriteLine($"\t\t{title}");
        Console.WriteLine(SepBar);
    }

    public static void PressEnter(bool interactive = true)
    {
        if (!interactive)
        {
            return;
        }

        Console.Write("\nPress <Enter> to continue. ");
        _ = Console.ReadLine();
        Console.WriteLine();
    }

    public static string GetUserInput(string prompt, string defaultValue, bool interactive = true)
    {
        if (!interactive)
        {
            return defaultValue;
        }

        Console.Write($"{prompt} [{defaultValue}]: ");
        var input = Console.ReadLine();
        return string.IsNullOrWhiteSpace(input) ? defaultValue : input.Trim();
    }

    public static bool GetYesNoResponse(string question, bool interactive = true)
    {
        if (!interactive)
        {
            return true;
        }

        Console.Write($"{question} (y/n) ");
        var ynResponse = Console.ReadLine();
        return ynResponse != null && ynResponse.Trim().StartsWith("y", StringComparison.OrdinalIgnoreCase);
    }

    public static string UniqueSuffix() => DateTime.UtcNow.ToString("yyyyMMddHHmmss") + Guid.NewGuid().ToString("N")[..6];
}
