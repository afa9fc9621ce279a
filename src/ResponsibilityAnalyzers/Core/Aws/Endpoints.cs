using System;
using System.Net;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResponsibilityAnalyzers.Core;

/// <summary>Endpoint URLs: their host, and whether it is this machine or a host srm.non_aws_endpoints says is not AWS.</summary>
internal static class Endpoints
{
    /// <summary>The host of a URL with a scheme ("https://user@[::1]:4566/path" → "::1"); null when there is none.</summary>
    public static string? Host(string? url)
    {
        var schemeEnd = url?.IndexOf("://", StringComparison.Ordinal) ?? -1;
        if (schemeEnd <= 0)
        {
            return null;
        }

        var rest = url!.Substring(schemeEnd + 3);
        var end = rest.IndexOfAny(new[] { '/', '?', '#' });
        var authority = end < 0 ? rest : rest.Substring(0, end);
        authority = authority.Substring(authority.LastIndexOf('@') + 1);
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

    /// <summary>Loopback (localhost, *.localhost, 127.0.0.0/8, ::1), or listed in srm.non_aws_endpoints for <paramref name="tree"/>.</summary>
    public static bool IsLocalOrNonAws(string host, AnalyzerOptions options, SyntaxTree tree) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address))
        || SrmOptions.NonAwsEndpoints.Get(options, tree).Matches(host);
}
