using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Region;

/// <summary>
/// SRM1003: while srm.allowed_regions is set, an SDK constructor of a service client (any class derived from
/// AmazonServiceClient) called with no RegionEndpoint and no client config, or with a config created in the same
/// method that sets neither RegionEndpoint nor ServiceURL. A config that comes from elsewhere is unknown and not
/// reported. No fix: which Region is right is the owner's choice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClientWithoutRegionAnalyzer : ResponsibilityAnalyzer
{
    public ClientWithoutRegionAnalyzer()
        : base(Descriptors.SRM1003_ClientWithoutRegion)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var serviceClient = types[AwsType.AmazonServiceClient];
        var regionEndpoint = types[AwsType.RegionEndpoint];
        var clientConfig = types[AwsType.ClientConfig];
        if (serviceClient is null)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;

                // A constructor the user wrote may pass a Region to its base: only the SDK's own constructors are read.
                if (creation.Constructor is not { DeclaringSyntaxReferences.Length: 0 } constructor
                    || !Symbols.DerivesFrom(constructor.ContainingType, serviceClient)
                    || SrmOptions.AllowedRegions.Get(operation.Options, creation.Syntax.SyntaxTree) is not { IsConfigured: true } allowed)
                {
                    return;
                }

                foreach (var argument in creation.Arguments)
                {
                    var type = argument.Parameter?.Type;
                    if (SymbolEqualityComparer.Default.Equals(type, regionEndpoint))
                    {
                        return;
                    }

                    if (Symbols.DerivesFrom(type, clientConfig)
                        && (RequestState.OfValue(argument.Value) is not { Creation: not null } config || config.IsSet("RegionEndpoint") || config.IsSet("ServiceURL")))
                    {
                        // The config sets a Region, or is built elsewhere: unknown.
                        return;
                    }
                }

                operation.ReportDiagnostic(Descriptors.SRM1003_ClientWithoutRegion.Create(
                    creation.Syntax.GetLocation(),
                    ResponsibilityModel.ServiceOf(constructor.ContainingNamespace?.ToDisplayString() ?? string.Empty),
                    $"new {constructor.ContainingType.Name}(…) names no Region, so it takes one from AWS_REGION, the profile or instance metadata, which no review of srm.allowed_regions ({allowed}) can see; pass an allowed RegionEndpoint or a config that sets one"));
            },
            OperationKind.ObjectCreation);
    }
}
