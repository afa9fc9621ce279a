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
            if (Endpoints.MayBeLocalOrNonAws(RequestState.OfAssignmentTarget(target)?[ServiceUrl], operation.Options, operation.Operation.Syntax.SyntaxTree))
            {
                return;
            }

            var site = Locations.Inside(operation.Operation, leaf, value);
            operation.ReportDiagnostic(Descriptors.SRM3001_PlainHttpEndpoint.Create(
                site.Location,
                service,
                "UseHttp = true sends every request and its data over plain HTTP, readable and alterable on the network; leave UseHttp false so the client uses HTTPS",
                leaf is ILiteralOperation ? Remedy.Replace("false") : null,
                site.Additional));
        }
    }

    private static void CheckServiceUrl(OperationAnalysisContext operation, IOperation value, AwsService service)
    {
        foreach (var leaf in Values.Leaves(value))
        {
            // A constant URL, or one built from a known start ($"http://s3.amazonaws.com/{bucket}") whose host is known.
            if (Values.KnownPrefix(leaf) is not { } prefix
                || !prefix.Text.StartsWith(Http, StringComparison.OrdinalIgnoreCase)
                || Endpoints.Host(leaf) is not { } host
                || Endpoints.IsLocalOrNonAws(host, operation.Options, operation.Operation.Syntax.SyntaxTree))
            {
                continue;
            }

            // Only a literal is fixed: a constant lives elsewhere, and a port chosen for HTTP would not serve TLS.
            var url = prefix.Complete ? prefix.Text : prefix.Text + "…";
            var site = Locations.Inside(operation.Operation, leaf, value);
            operation.ReportDiagnostic(Descriptors.SRM3001_PlainHttpEndpoint.Create(
                site.Location,
                service,
                $"ServiceURL {url} sends every request and its data over plain HTTP, readable and alterable on the network; use https://, or list {host} in srm.non_aws_endpoints if it is not an AWS endpoint",
                leaf is ILiteralOperation && prefix.Complete && !Endpoints.HasPort(prefix.Text) ? Remedy.Replace(SymbolDisplay.FormatLiteral("https://" + prefix.Text.Substring(Http.Length), quote: true)) : null,
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
}
