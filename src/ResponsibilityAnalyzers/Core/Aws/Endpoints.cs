using System;
using System.Net;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>Endpoint URLs: their host, and whether it is this machine or a host srm.non_aws_endpoints says is not AWS.</summary>
internal static class Endpoints
{
    private static readonly char[] PathStart = { '/', '?', '#' };

    /// <summary>The host of a URL with a scheme ("https://user@[::1]:4566/path" → "::1"); null when there is none.</summary>
    public static string? Host(string? url)
    {
        if (url is null || AuthorityOf(url) is not { Authority: var authority })
        {
            return null;
        }

        string host;
        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            host = authority.Substring(1, (close < 0 ? authority.Length : close) - 1);
        }
        else
        {
            var colon = authority.IndexOf(':');
            host = colon < 0 ? authority : authority.Substring(0, colon);
        }

        return host.Length == 0 ? null : host;
    }

    /// <summary>True when the authority of a URL names a port ("http://localhost:4566/" → true).</summary>
    public static bool HasPort(string url) =>
        AuthorityOf(url) is { Authority: var authority } && authority.IndexOf(':', authority.LastIndexOf(']') + 1) >= 0;

    /// <summary>
    /// The host a URL value names when the code shows it: a constant URL, or one whose known start
    /// (<see cref="Values.KnownPrefix"/>) runs past the host — <c>$"http://localhost:{port}"</c>,
    /// <c>"http://minio.internal:" + port</c>, <c>string.Format("http://127.0.0.1:{0}", port)</c>. Null when the host
    /// itself is computed (<c>$"http://{host}:4566"</c>).
    /// </summary>
    public static string? Host(IOperation leaf)
    {
        if (Values.KnownPrefix(leaf) is not { } prefix)
        {
            return null;
        }

        // Known only up to a hole: the host is known when a port, path, query or fragment starts before the hole.
        return prefix.Complete
            || AuthorityOf(prefix.Text) is { } known
                && (known.Ended || (known.Authority.StartsWith("[", StringComparison.Ordinal) ? known.Authority.IndexOf(']') : known.Authority.IndexOf(':')) >= 0)
            ? Host(prefix.Text)
            : null;
    }

    /// <summary>
    /// "host:port" of a URL, without the user info, and whether a path, query or fragment follows it; null when the URL
    /// has no scheme.
    /// </summary>
    private static (string Authority, bool Ended)? AuthorityOf(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return null;
        }

        var rest = url.Substring(schemeEnd + 3);
        var end = rest.IndexOfAny(PathStart);
        var authority = end < 0 ? rest : rest.Substring(0, end);
        return (authority.Substring(authority.LastIndexOf('@') + 1), end >= 0);
    }

    /// <summary>
    /// True when a ServiceURL value may name this machine or a host srm.non_aws_endpoints lists: one of its leaves does
    /// (<c>configuration["S3:ServiceUrl"] ?? "http://localhost:4566"</c> is code wired for a local emulator).
    /// </summary>
    public static bool MayBeLocalOrNonAws(IOperation? value, AnalyzerOptions options, SyntaxTree tree)
    {
        if (value is null)
        {
            return false;
        }

        foreach (var leaf in Values.Leaves(value))
        {
            if (Host(leaf) is { } host && IsLocalOrNonAws(host, options, tree))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Loopback (localhost, *.localhost, 127.0.0.0/8, ::1), or listed in srm.non_aws_endpoints for <paramref name="tree"/>.</summary>
    public static bool IsLocalOrNonAws(string host, AnalyzerOptions options, SyntaxTree tree) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address))
        || SrmOptions.NonAwsEndpoints.Get(options, tree).Matches(host);
}
