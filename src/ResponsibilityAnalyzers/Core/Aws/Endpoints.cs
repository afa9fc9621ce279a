using System;
using System.Collections.Generic;
using System.Net;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>Endpoint URLs: their host, and whether it is AWS (a host in an AWS domain) or not (this machine, any other host, or one srm.non_aws_endpoints lists).</summary>
internal static class Endpoints
{
    private static readonly char[] PathStart = { '/', '?', '#' };

    /// <summary>The domains of AWS endpoints, from the partitions of the AWS SDKs' endpoint rules, and the .aws top-level domain.</summary>
    private static readonly string[] AwsDomains =
    {
        "amazonaws.com", "amazonaws.com.cn", "amazonwebservices.com.cn", "amazonaws.eu", "amazonwebservices.eu", "aws",
        "c2s.ic.gov", "sc2s.sgov.gov", "cloud.adc-e.uk", "csp.hci.ic.gov", "aws.ic.gov", "aws.scloud", "cloud-aws.adc-e.uk", "aws.hci.ic.gov",
    };

    /// <summary>Stands for a computed part of a URL in <see cref="Template"/>.</summary>
    private const char Hole = '\u0001';

    private const string HoleText = "\u0001";

    /// <summary>The host of a URL with a scheme ("https://user@[::1]:4566/path" → "::1"); null when there is none.</summary>
    public static string? Host(string? url)
    {
        if (url is null || AuthorityOf(url) is not { Authority: var authority })
        {
            return null;
        }

        var host = HostOfAuthority(authority);
        return host.Length == 0 ? null : host;
    }

    /// <summary>The host of "host:port", "[::1]:4566" or "host" (without the brackets of an IPv6 address).</summary>
    private static string HostOfAuthority(string authority)
    {
        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            return authority.Substring(1, (close < 0 ? authority.Length : close) - 1);
        }

        var colon = authority.IndexOf(':');
        return colon < 0 ? authority : authority.Substring(0, colon);
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
    public static string? Host(IOperation leaf) => HostOf(leaf) is { Partial: false } host ? host.Text : null;

    /// <summary>
    /// The host of a URL value as far as the code shows it: the whole host, or (Partial) the known end of a host whose
    /// start is computed (<c>$"https://{accountId}.r2.cloudflarestorage.com"</c> → ".r2.cloudflarestorage.com").
    /// Null when nothing of the host is known.
    /// </summary>
    public static (string Text, bool Partial)? HostOf(IOperation leaf)
    {
        if (Template(leaf) is not { } url || AuthorityOf(url) is not { Authority: var authority })
        {
            return null;
        }

        var host = HostOfAuthority(authority);

        var hole = host.LastIndexOf(Hole);
        if (hole < 0)
        {
            return host.Length == 0 ? null : (host, false);
        }

        // A computed start leaves the end known; a computed end ("http://localhost" + rest) leaves nothing known.
        var known = host.Substring(hole + 1);
        return known.Length == 0 ? null : (known, true);
    }

    /// <summary>
    /// The text of a URL value with every computed part replaced by <see cref="Hole"/>: a constant, an interpolated
    /// string, a concatenation, or (through <see cref="Values.KnownPrefix"/>) the known start of anything else.
    /// </summary>
    private static string? Template(IOperation value)
    {
        var operation = Values.Unwrap(value);
        if (Values.ConstantString(operation) is { } constant)
        {
            return constant;
        }

        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                var text = new System.Text.StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    text.Append(part switch
                    {
                        IInterpolatedStringTextOperation { Text: var literal } => Values.ConstantString(literal) ?? HoleText,
                        IInterpolationOperation { Expression: var expression } => Values.ConstantString(expression) ?? HoleText,
                        _ => HoleText,
                    });
                }

                return text.ToString();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                return (Template(concatenation.LeftOperand) ?? HoleText) + (Template(concatenation.RightOperand) ?? HoleText);
            default:
                return Values.KnownPrefix(operation) is { } prefix ? prefix.Text + (prefix.Complete ? string.Empty : HoleText) : null;
        }
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
    /// True when a ServiceURL value may name a host that is not AWS (<see cref="IsLocalOrNonAws"/>): one of its leaves
    /// (<see cref="Leaves"/>) does (<c>configuration["S3:ServiceUrl"] ?? "http://localhost:4566"</c> is code wired for
    /// a local emulator). A computed host is not evidence either way.
    /// </summary>
    public static bool MayBeLocalOrNonAws(IOperation? value, AnalyzerOptions options, SyntaxTree tree) =>
        value is not null && NonAwsHost(value, options, tree) is not null;

    /// <summary>The first host a ServiceURL value may name that is not AWS; null when none is known.</summary>
    public static string? NonAwsHost(IOperation value, AnalyzerOptions options, SyntaxTree tree)
    {
        foreach (var leaf in Leaves(value))
        {
            if (HostOf(leaf) is { } host && (host.Partial ? !MayBeAwsDomain(host.Text) : IsLocalOrNonAws(host.Text, options, tree)))
            {
                return host.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// The values a URL may be, for the question "is it AWS": <see cref="Values.Leaves"/>, and also the value a field
    /// or property declared in this file starts with (an options class's <c>ServiceUrl { get; set; } = "http://localhost:9000"</c>,
    /// a static field), next to the reference itself, which may hold another value by then.
    /// </summary>
    public static IEnumerable<IOperation> Leaves(IOperation value)
    {
        var pending = new Stack<IOperation>();
        pending.Push(value);
        for (var steps = 0; pending.Count > 0 && steps < 16; steps++)
        {
            foreach (var leaf in Values.Leaves(pending.Pop()))
            {
                if (DeclaredValue(leaf) is { } initial)
                {
                    pending.Push(initial);
                }

                yield return leaf;
            }
        }
    }

    /// <summary>
    /// Not AWS: loopback (localhost, *.localhost, 127.0.0.0/8, ::1), a host outside the domains of AWS endpoints
    /// (<see cref="IsAwsDomain"/>: MinIO, Ceph, Wasabi, Cloudflare R2, LocalStack's localhost.localstack.cloud …), or
    /// listed in srm.non_aws_endpoints for <paramref name="tree"/>.
    /// </summary>
    public static bool IsLocalOrNonAws(string host, AnalyzerOptions options, SyntaxTree tree) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address))
        || !IsAwsDomain(host)
        || SrmOptions.NonAwsEndpoints.Get(options, tree).Matches(host);

    /// <summary>
    /// True for a host in a domain of AWS endpoints, in every partition of the SDKs' endpoint rules (amazonaws.com,
    /// amazonaws.com.cn, amazonaws.eu, the ISO partitions' domains, and their dual-stack domains, api.aws and the
    /// other names under the .aws top-level domain, such as on.aws).
    /// </summary>
    public static bool IsAwsDomain(string host)
    {
        host = host.TrimEnd('.');
        foreach (var domain in AwsDomains)
        {
            if (host.EndsWith(domain, StringComparison.OrdinalIgnoreCase)
                && (host.Length == domain.Length || host[host.Length - domain.Length - 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some host ending in <paramref name="end"/> (the known end of a computed host) may be an AWS domain.</summary>
    private static bool MayBeAwsDomain(string end)
    {
        end = end.TrimEnd('.');
        foreach (var domain in AwsDomains)
        {
            if (("." + domain).EndsWith(end, StringComparison.OrdinalIgnoreCase) || end.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value a field or property declared in the file of <paramref name="reference"/> is initialized with (or an expression-bodied property returns).</summary>
    private static IOperation? DeclaredValue(IOperation reference)
    {
        var member = reference switch
        {
            IFieldReferenceOperation { Field: { IsConst: false } field } => (ISymbol)field,
            IPropertyReferenceOperation { Property: { IsIndexer: false } property } => property,
            _ => null,
        };
        if (member is not { DeclaringSyntaxReferences: { Length: 1 } declarations }
            || declarations[0].SyntaxTree != reference.Syntax.SyntaxTree
            || reference.SemanticModel is not { } model)
        {
            return null;
        }

        var value = declarations[0].GetSyntax() switch
        {
            VariableDeclaratorSyntax { Initializer.Value: { } initializer } => initializer,
            PropertyDeclarationSyntax { Initializer.Value: { } initializer } => initializer,
            PropertyDeclarationSyntax { ExpressionBody.Expression: { } body } => body,
            _ => null,
        };
        return value is null ? null : model.GetOperation(value);
    }
}
