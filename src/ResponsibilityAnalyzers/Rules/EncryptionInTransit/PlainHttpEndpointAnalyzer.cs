using System;
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

                if (Symbols.Is(target.Property, clientConfig, UseHttp))
                {
                    CheckUseHttp(operation, target, assignment.Value, ServiceOf(instance.Type, clientConfig));
                }
                else if (Symbols.Is(target.Property, clientConfig, ServiceUrl))
                {
                    CheckServiceUrl(operation, assignment.Value, ServiceOf(instance.Type, clientConfig));
                }
            },
            OperationKind.SimpleAssignment);
    }

    private static void CheckUseHttp(OperationAnalysisContext operation, IPropertyReferenceOperation target, IOperation value, AwsService service)
    {
        foreach (var leaf in Values.Leaves(value))
        {
            if (!Values.IsTrue(leaf))
            {
                continue;
            }

            // UseHttp towards LocalStack or MinIO on this machine is a test setup, not data crossing a network.
            if (HostOf(RequestState.OfAssignmentTarget(target)?.ConstantString(ServiceUrl)) is { } host && IsLocalOrNonAws(host, operation))
            {
                return;
            }

            var site = Locations.Inside(operation.Operation, leaf, value);
            operation.ReportDiagnostic(Descriptors.SRM3001_PlainHttpEndpoint.Create(
                site.Location,
                service,
                "UseHttp = true sends every request and its data over plain HTTP, readable and alterable on the network; leave UseHttp false so the client uses HTTPS",
                leaf is ILiteralOperation ? Fixes.Replace("false").At(site) : null,
                site.Additional));
        }
    }

    private static void CheckServiceUrl(OperationAnalysisContext operation, IOperation value, AwsService service)
    {
        foreach (var leaf in Values.Leaves(value))
        {
            if (Values.ConstantString(leaf) is not { } url || HostOf(url) is not { } host || IsLocalOrNonAws(host, operation))
            {
                continue;
            }

            // Only a literal is fixed: a constant lives elsewhere, and a port chosen for HTTP would not serve TLS.
            var site = Locations.Inside(operation.Operation, leaf, value);
            operation.ReportDiagnostic(Descriptors.SRM3001_PlainHttpEndpoint.Create(
                site.Location,
                service,
                $"ServiceURL {url} sends every request and its data over plain HTTP, readable and alterable on the network; use https://, or list {host} in srm.non_aws_endpoints if it is not an AWS endpoint",
                leaf is ILiteralOperation && !HasPort(url) ? Fixes.Replace(SymbolDisplay.FormatLiteral("https://" + url.Substring(Http.Length), quote: true)).At(site) : null,
                site.Additional));
        }
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
        if (Authority(url) is not { } authority)
        {
            return null;
        }

        var end = authority.StartsWith("[", StringComparison.Ordinal) ? authority.IndexOf(']') : authority.IndexOf(':');
        var host = authority.StartsWith("[", StringComparison.Ordinal)
            ? authority.Substring(1, (end < 0 ? authority.Length : end) - 1)
            : end < 0 ? authority : authority.Substring(0, end);
        return host.Length == 0 ? null : host;
    }

    private static bool HasPort(string url) =>
        Authority(url) is { } authority && authority.IndexOf(':', authority.LastIndexOf(']') + 1) >= 0;

    /// <summary>"user@host:port" of an http:// URL, without the user: "host:port"; null for any other scheme.</summary>
    private static string? Authority(string? url)
    {
        if (url is null || !url.StartsWith(Http, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = url.Substring(Http.Length);
        var end = rest.IndexOfAny(new[] { '/', '?', '#' });
        var authority = end < 0 ? rest : rest.Substring(0, end);
        return authority.Substring(authority.LastIndexOf('@') + 1);
    }

    private static bool IsLocalOrNonAws(string host, OperationAnalysisContext operation) =>
        Endpoints.IsLocalOrNonAws(host, operation.Options, operation.Operation.Syntax.SyntaxTree);
}
