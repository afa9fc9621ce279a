using System.Linq;
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

    private protected override bool HasCdkForm => true;

    /// <summary>
    /// The CDK form, while srm.allowed_regions is set: <c>new StackProps { … }</c> without Env, <c>new Environment { … }</c>
    /// without Region, and a Stack created without props (its constructor takes them, and none are given). Then
    /// <c>cdk deploy</c> puts the stack in whichever Region the CLI's profile or AWS_REGION names.
    /// </summary>
    private protected override void RegisterConstructs(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.CdkStack] is not { } stack || types[AwsType.CdkStackProps] is not { } stackProps || types[AwsType.CdkIStackProps] is not { } stackPropsInterface)
        {
            return;
        }

        var environment = types[AwsType.CdkEnvironment];
        CdkOperations.Register(
            context,
            types,
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (creation.Type is not INamedTypeSymbol type
                    || SrmOptions.AllowedRegions.Get(operation.Options, creation.Syntax.SyntaxTree) is not { IsConfigured: true })
                {
                    return;
                }

                string? finding = null;
                if (SymbolEqualityComparer.Default.Equals(type, stackProps))
                {
                    var props = RequestState.Of(creation);
                    finding = props.Creation == creation && props.IsMissing("Env") ? "the CDK StackProps give the stack no Env" : null;
                }
                else if (SymbolEqualityComparer.Default.Equals(type, environment))
                {
                    var env = RequestState.Of(creation);
                    // Written straight into another object's initializer (Env = new Environment { … }), nothing else can set it.
                    var inInitializer = Values.Outer(creation).Parent is ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation };
                    finding = env.Creation == creation && !env.IsSet("Region") && (inInitializer || env.IsMissing("Region")) ? "the CDK Environment names no Region" : null;
                }
                else if (Symbols.DerivesFrom(type, stack) && creation.Arguments.FirstOrDefault(argument => Symbols.DerivesFrom(argument.Parameter?.Type, stackPropsInterface) || SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, stackPropsInterface)) is { } propsArgument
                    && (propsArgument.ArgumentKind == ArgumentKind.DefaultValue || Values.TryGetConstant(propsArgument.Value, out var constant) && constant is null))
                {
                    finding = $"the CDK {type.Name} is created without StackProps, so without an Env";
                }

                if (finding is not null)
                {
                    operation.ReportDiagnostic(Descriptors.SRM1003_ClientWithoutRegion.Create(
                        Locations.Head(creation),
                        ResponsibilityModel.AnyService,
                        finding + ": cdk deploy puts it in whichever Region the CLI's profile or AWS_REGION names, which no review of the code can check against srm.allowed_regions"));
                }
            },
            OperationKind.ObjectCreation);
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
