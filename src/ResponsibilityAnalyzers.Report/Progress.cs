using System;
using System.IO;

namespace ResponsibilityAnalyzers.Report;

/// <summary>
/// Progress per project. On a terminal the current step rewrites one line and each project ends with its summary
/// line; when the output is redirected (CI logs, files) only plain lines are written, one per step that ends.
/// </summary>
internal sealed class Progress
{
    private readonly TextWriter _out;
    private readonly bool _terminal;
    private bool _lineOpen;

    public Progress(TextWriter output, bool terminal)
    {
        _out = output;
        _terminal = terminal;
    }

    public static Progress ForConsole() => new(Console.Out, !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb");

    /// <summary>A step under way: shown on a terminal only, replaced by the next line.</summary>
    public void Working(string text)
    {
        if (!_terminal)
        {
            return;
        }

        var width = Console.IsOutputRedirected ? 120 : Math.Max(20, SafeWindowWidth() - 1);
        _out.Write("\r\u001b[2K" + (text.Length > width ? text.Substring(0, width - 1) + "…" : text));
        _lineOpen = true;
    }

    /// <summary>A line that stays.</summary>
    public void Line(string text)
    {
        if (_lineOpen)
        {
            _out.Write("\r\u001b[2K");
            _lineOpen = false;
        }

        _out.WriteLine(text);
    }

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 120;
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
