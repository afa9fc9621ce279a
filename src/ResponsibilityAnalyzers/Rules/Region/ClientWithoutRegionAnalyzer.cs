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
/// reported. Silent where the platform or the caller sets the Region: in a Lambda function (<see cref="LambdaFunctions"/>),
/// for the fallback of an injected client (<c>injected ?? new AmazonS3Client()</c>, <c>client ??= …</c>,
/// <c>: this(new AmazonS3Client())</c>), and for
/// clients of services that keep no customer data (<see cref="ServicesWithoutData"/>). No fix: which Region is right
/// is the owner's choice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClientWithoutRegionAnalyzer : ResponsibilityAnalyzer
{
    /// <summary>
    /// The SDK namespaces of services that keep no customer data, so their Region places none: STS (temporary
    /// credentials), IAM Identity Center's portal (SSO) and its OIDC sign-in (SSOOIDC).
    /// </summary>
    private static readonly string[] ServicesWithoutData = { "Amazon.SecurityToken", "Amazon.SSO", "Amazon.SSOOIDC" };

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

        var lambda = new LambdaFunctions(context.Compilation, types);
        context.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;

                // A constructor the user wrote may pass a Region to its base: only the SDK's own constructors are read.
                if (creation.Constructor is not { DeclaringSyntaxReferences.Length: 0 } constructor
                    || !Symbols.DerivesFrom(constructor.ContainingType, serviceClient)
                    || SrmOptions.AllowedRegions.Get(operation.Options, creation.Syntax.SyntaxTree) is not { IsConfigured: true } allowed
                    || System.Array.IndexOf(ServicesWithoutData, constructor.ContainingNamespace?.ToDisplayString()) >= 0
                    || IsFallback(creation)
                    || lambda.Contains(creation, operation.ContainingSymbol))
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
                    ServiceOf(constructor.ContainingType),
                    $"new {constructor.ContainingType.Name}(…) names no Region, so it takes one from AWS_REGION, the profile or instance metadata, which no review of srm.allowed_regions ({allowed}) can see; pass an allowed RegionEndpoint or a config that sets one"));
            },
            OperationKind.ObjectCreation);
    }

    /// <summary>
    /// The client made when none is given: <c>injected ?? new AmazonS3Client()</c>, <c>_client ??= new AmazonS3Client()</c>,
    /// and a convenience constructor that hands one to the constructor that takes it (<c>public Store() : this(new AmazonS3Client()) { }</c>).
    /// </summary>
    private static bool IsFallback(IObjectCreationOperation creation)
    {
        var value = Values.Outer(creation);
        return value.Parent switch
        {
            ICoalesceOperation coalesce => coalesce.WhenNull == value,
            ICoalesceAssignmentOperation assignment => assignment.Value == value,
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor, Syntax: var chained } }
                => chained.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.ThisConstructorInitializer),
            _ => false,
        };
    }

    /// <summary>The service of a client type or of the SDK client it derives from (AmazonS3EncryptionClientV2 is an S3 client).</summary>
    private static AwsService ServiceOf(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (ResponsibilityModel.ServiceOf(type.ContainingNamespace?.ToDisplayString() ?? string.Empty) is var service && service != ResponsibilityModel.AnyService)
            {
                return service;
            }
        }

        return ResponsibilityModel.AnyService;
    }
}
