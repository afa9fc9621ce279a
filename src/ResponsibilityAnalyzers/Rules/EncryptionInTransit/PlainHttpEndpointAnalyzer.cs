using System;
using System.Net;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionInTransit;

/// <summary>
/// SRM3001: on any AWS client config (AmazonS3Config, AmazonSQSConfig … all derive from ClientConfig),
/// <c>UseHttp = true</c>, or a compile-time <c>ServiceURL</c> that starts with http:// and whose host is neither
/// loopback nor listed in srm.non_aws_endpoints. UseHttp is not reported when the same config's ServiceURL is such a
/// local or non-AWS host. Fix: a literal <c>true</c> becomes <c>false</c>; a plain "http://…" literal without a port
/// becomes "https://…".
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlainHttpEndpointAnalyzer : ResponsibilityAnalyzer
{
    private const string UseHttp = nameof(UseHttp);
    private const string ServiceUrl = "ServiceURL";
    private const string Http = "http://";

    public PlainHttpEndpointAnalyzer()
        : base(Descriptors.SRM3001_PlainHttpEndpoint)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var clientConfig = types[AwsType.ClientConfig];
        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation { Instance: { } instance } target
                    || !Symbols.DerivesFrom(instance.Type, clientConfig))
                {
                    return;
                }

                var service = ServiceOf(instance.Type, clientConfig);
                var nonAws = SrmOptions.NonAwsEndpoints.Get(operation.Options, assignment.Syntax.SyntaxTree);
                if (Symbols.Is(target.Property, clientConfig, UseHttp))
                {
                    foreach (var leaf in Values.Leaves(assignment.Value))
                    {
                        if (!Values.IsTrue(leaf))
                        {
                            continue;
                        }

                        // UseHttp towards LocalStack or MinIO on this machine is a test setup, not data crossing a network.
                        if (HostOf(RequestState.OfAssignmentTarget(target)?.ConstantString(ServiceUrl)) is { } host && IsLocalOrNonAws(host, nonAws))
                        {
                            return;
                        }

                        operation.ReportDiagnostic(Descriptors.SRM3001_PlainHttpEndpoint.Create(
                            leaf.Syntax.GetLocation(),
                            service,
                            "UseHttp = true sends every request and its data over plain HTTP, readable and alterable on the network; leave UseHttp false so the client uses HTTPS",
                            leaf is ILiteralOperation ? Fixes.Replace("false") : null));
                    }
                }
                else if (Symbols.Is(target.Property, clientConfig, ServiceUrl))
                {
                    foreach (var leaf in Values.Leaves(assignment.Value))
                    {
                        var url = Values.ConstantString(leaf);
                        if (HostOf(url) is not { } host || IsLocalOrNonAws(host, nonAws))
                        {
                            continue;
                        }

                        operation.ReportDiagnostic(Descriptors.SRM3001_PlainHttpEndpoint.Create(
                            leaf.Syntax.GetLocation(),
                            service,
                            $"ServiceURL {url} sends every request and its data over plain HTTP, readable and alterable on the network; use https://, or list {host} in srm.non_aws_endpoints if it is not an AWS endpoint",
                            leaf is ILiteralOperation && !HasPort(url!) ? Fixes.Replace(SymbolDisplay.FormatLiteral("https://" + url!.Substring(Http.Length), quote: true)) : null));
                    }
                }
            },
            OperationKind.SimpleAssignment);
    }

    /// <summary>The service of the config's namespace (AmazonS3Config → S3), looking through user classes derived from it.</summary>
    private static AwsService ServiceOf(ITypeSymbol? type, INamedTypeSymbol? clientConfig)
    {
        for (var current = type; current is not null && !SymbolEqualityComparer.Default.Equals(current, clientConfig); current = current.BaseType)
        {
            if (current.ContainingNamespace is { IsGlobalNamespace: false } ns
                && ResponsibilityModel.ServiceOf(ns.ToDisplayString()) is var service && service != ResponsibilityModel.AnyService)
            {
                return service;
            }
        }

        return ResponsibilityModel.AnyService;
    }

    /// <summary>The host of an http:// URL ("http://user@[::1]:4566/path" → "::1"); null for any other scheme or no host.</summary>
    private static string? HostOf(string? url)
    {
        if (url is null || !url.StartsWith(Http, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var authority = Authority(url);
        authority = authority.Substring(authority.LastIndexOf('@') + 1);
        string host;
        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            host = close < 0 ? authority.Substring(1) : authority.Substring(1, close - 1);
        }
        else
        {
            var colon = authority.IndexOf(':');
            host = colon < 0 ? authority : authority.Substring(0, colon);
        }

        return host.Length == 0 ? null : host;
    }

    private static bool HasPort(string url)
    {
        var authority = Authority(url);
        authority = authority.Substring(authority.LastIndexOf('@') + 1);
        return authority.IndexOf(':', authority.LastIndexOf(']') + 1) >= 0;
    }

    private static string Authority(string url)
    {
        var rest = url.Substring(Http.Length);
        var end = rest.IndexOfAny(new[] { '/', '?', '#' });
        return end < 0 ? rest : rest.Substring(0, end);
    }

    private static bool IsLocalOrNonAws(string host, NamePatterns nonAws) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address))
        || nonAws.Matches(host);
}
