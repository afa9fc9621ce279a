using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;
using Keys = ResponsibilityAnalyzers.Core.Credentials;

namespace ResponsibilityAnalyzers.Rules.Credentials;

/// <summary>
/// SRM6001: a compile-time secret access key (40 characters of letters, digits, '/' and '+') given to an AWS
/// constructor that takes a key pair (BasicAWSCredentials, SessionAWSCredentials, the awsAccessKeyId/awsSecretAccessKey
/// overloads of clients, TransferUtility and encryption clients), or an access key ID literal (AKIA…, ASIA…) passed to
/// any AWS method or constructor. Not reported: placeholders and AWS's documented example keys
/// (<see cref="Secrets.IsPlaceholder"/>), values not shaped like a key, and keys for a client whose config's
/// ServiceURL is loopback or listed in srm.non_aws_endpoints (LocalStack, MinIO). Fix: the same constructor without
/// the key arguments, where the SDK has that overload, so the default credential chain supplies credentials.
/// CDK form: an access key id written into a construct's props or a CDK call's arguments (see <see cref="RegisterConstructs"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedCredentialsAnalyzer : ResponsibilityAnalyzer
{
    public HardCodedCredentialsAnalyzer()
        : base(Descriptors.SRM6001_HardCodedCredentials)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var awsCredentials = types[AwsType.AwsCredentials];
        var clientConfig = types[AwsType.ClientConfig];
        var cdk = types.HasCdk;
        var userData = cdk ? types[AwsType.CdkUserData] : null;
        context.RegisterOperationAction(
            operation =>
            {
                var (method, arguments) = operation.Operation switch
                {
                    IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                    IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                    _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                };
                if (method is null || !Keys.IsAwsApi(method))
                {
                    return;
                }

                // The CDK's own API is the CDK form's, read here too where the SDK is referenced: one callback per operation.
                if (Keys.IsCdkApi(method))
                {
                    if (cdk)
                    {
                        ReportCdkKeys(operation, method, arguments, userData);
                    }

                    return;
                }

                // Named only when there is a finding: the display string costs more than the rest of the check.
                AwsService Service() => ServiceOf(method, operation.Operation as IObjectCreationOperation, awsCredentials);
                if (Keys.SecretKey(method, arguments) is { } secret)
                {
                    foreach (var leaf in Values.Leaves(secret.Value))
                    {
                        if (Secrets.IsSecretAccessKey(Values.ConstantString(leaf)))
                        {
                            // A constructor is also called by a derived class's base(…) initializer: no creation to trace or fix there.
                            var creation = operation.Operation as IObjectCreationOperation;
                            if (creation is null || !TalksToNonAws(operation, creation, awsCredentials, clientConfig))
                            {
                                var edited = System.Array.Empty<Location>();
                                operation.ReportDiagnostic(Descriptors.SRM6001_HardCodedCredentials.Create(
                                    Values.ReportedPart(leaf, secret.Value).Syntax.GetLocation(),
                                    Service(),
                                    $"the secret access key given to new {method.ContainingType.Name}(…) is written in the code, where anyone with the source, its history or the assembly can read and use it; remove it so the SDK's default credential chain finds a role, an instance profile or an SSO session",
                                    creation is null ? null : Fix(creation, awsCredentials, out edited),
                                    edited));
                            }

                            return;
                        }
                    }
                }

                foreach (var argument in arguments)
                {
                    // An access key ID is a string: other arguments (requests, streams, tokens) are not traced.
                    if (argument.Parameter?.Type.SpecialType != SpecialType.System_String)
                    {
                        continue;
                    }

                    foreach (var leaf in Values.Leaves(argument.Value))
                    {
                        if (Values.ConstantString(leaf) is { } value && Secrets.IsAccessKeyId(value)
                            && !(operation.Operation is IObjectCreationOperation creation && TalksToNonAws(operation, creation, awsCredentials, clientConfig)))
                        {
                            operation.ReportDiagnostic(Descriptors.SRM6001_HardCodedCredentials.Create(
                                Values.ReportedPart(leaf, argument.Value).Syntax.GetLocation(),
                                Service(),
                                $"the access key ID {value.Substring(0, 4)}… passed to {method.ContainingType.Name}.{(method.MethodKind == MethodKind.Constructor ? "ctor" : method.Name)} is written in the code; an access key in source is how keys leak, and its secret is rarely far away"));
                        }
                    }
                }
            },
            OperationKind.ObjectCreation,
            OperationKind.Invocation);
    }

    private protected override bool HasCdkForm => true;

    /// <summary>
    /// The CDK form: an access key id (AKIA…, ASIA…, alone or inside other text, not a placeholder) written into the
    /// arguments or the props initializer of a CDK construct or call (a Lambda function's Environment, a CfnParameter's
    /// Default, a StringParameter's value, an output), also through a local, a constant or a read-only field: it goes
    /// into the synthesized template. Reported at the value, or where a local or constant holding it is used. User
    /// data commands are left to SRM6101, which reports keys there. No fix.
    /// </summary>
    private protected override void RegisterConstructs(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types.HasAwsSdk)
        {
            return; // the SDK form's action reads the CDK's API too
        }

        var userData = types[AwsType.CdkUserData];
        context.RegisterOperationAction(
            operation =>
            {
                var (method, arguments) = operation.Operation switch
                {
                    IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                    IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                    _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                };
                if (method is not null && Keys.IsCdkApi(method))
                {
                    ReportCdkKeys(operation, method, arguments, userData);
                }
            },
            OperationKind.ObjectCreation,
            OperationKind.Invocation);
    }

    private static void ReportCdkKeys(OperationAnalysisContext operation, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, INamedTypeSymbol? userData)
    {
        if (Symbols.DerivesFrom(method.ContainingType, userData))
        {
            return;
        }

        var initializer = (operation.Operation as IObjectCreationOperation)?.Initializer;
        var pending = new Stack<(IOperation Value, IOperation? Via)>();
        foreach (var argument in arguments)
        {
            pending.Push((argument.Value, null));
        }

        if (initializer is not null)
        {
            pending.Push((initializer, null));
        }

        for (var visited = 0; pending.Count > 0 && visited < 1024; visited++)
        {
            var (value, via) = pending.Pop();
            if (value.ConstantValue is { HasValue: true, Value: string text })
            {
                if (Secrets.AccessKeyIdIn(text) is { } key)
                {
                    var site = Locations.Inside(operation.Operation, value, via);
                    operation.ReportDiagnostic(Descriptors.SRM6001_HardCodedCredentials.Create(
                        site.Location,
                        ResponsibilityModel.ServiceOfType(method.ContainingType.ContainingNamespace?.ToDisplayString() ?? string.Empty, method.ContainingType.Name) ?? ResponsibilityModel.AnyService,
                        $"the access key ID {key.Substring(0, 4)}… written in the CDK app goes into the synthesized template, where anyone with the source, the cloud assembly or read access to the stack can use it; give the resource a role, or have it fetch the key from Secrets Manager at run time",
                        null,
                        site.Additional));
                }

                continue;
            }

            switch (value)
            {
                case IObjectCreationOperation { Constructor: var constructor } when Keys.IsCdkApi(constructor):
                case IInvocationOperation { TargetMethod: var target } when Keys.IsCdkApi(target):
                    continue; // analyzed as an operation of its own
                case ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation:
                    foreach (var leaf in Values.Leaves(value))
                    {
                        if (leaf != value)
                        {
                            pending.Push((leaf, via ?? value));
                        }
                    }

                    continue;
            }

            foreach (var child in value.ChildOperations)
            {
                pending.Push((child, via));
            }
        }
    }

    /// <summary>
    /// True when the keys go to a client whose config's ServiceURL is this machine or a host srm.non_aws_endpoints
    /// names: the client itself, or for credentials objects, the client constructors they are passed to (directly or
    /// through a local), all of them.
    /// </summary>
    private static bool TalksToNonAws(OperationAnalysisContext operation, IObjectCreationOperation creation, INamedTypeSymbol? awsCredentials, INamedTypeSymbol? clientConfig)
    {
        if (!Symbols.DerivesFrom(creation.Type, awsCredentials))
        {
            return ConfiguredForNonAws(operation, creation, clientConfig);
        }

        var consumers = Consumers(creation).ToList();
        return consumers.Count > 0 && consumers.All(consumer => ConfiguredForNonAws(operation, consumer, clientConfig));
    }

    private static bool ConfiguredForNonAws(OperationAnalysisContext operation, IObjectCreationOperation client, INamedTypeSymbol? clientConfig) =>
        ClientEndpoints.For(AwsTypes.For(operation.Compilation)).IsNotAws(client, operation.Options);

    /// <summary>
    /// The service the keys reach: the one of the AWS type called, or for a credentials object, the one every client
    /// it is passed to belongs to (new AmazonS3Client(new BasicAWSCredentials(…)) is S3); every AWS service otherwise.
    /// </summary>
    private static AwsService ServiceOf(IMethodSymbol method, IObjectCreationOperation? creation, INamedTypeSymbol? awsCredentials)
    {
        var service = ResponsibilityModel.ServiceOf(method.ContainingType.ContainingNamespace?.ToDisplayString() ?? string.Empty);
        if (service != ResponsibilityModel.AnyService || creation is null || !Symbols.DerivesFrom(creation.Type, awsCredentials))
        {
            return service;
        }

        AwsService? shared = null;
        foreach (var consumer in Consumers(creation))
        {
            var next = ResponsibilityModel.ServiceOf(consumer.Type?.ContainingNamespace?.ToDisplayString() ?? string.Empty);
            if (shared is not null && shared != next)
            {
                return ResponsibilityModel.AnyService;
            }

            shared = next;
        }

        return shared ?? ResponsibilityModel.AnyService;
    }

    /// <summary>The object creations a credentials object is passed to: as an argument itself, or through the local it is stored in.</summary>
    private static IEnumerable<IObjectCreationOperation> Consumers(IObjectCreationOperation credentials)
    {
        var value = Values.WithCasts(credentials);
        if (value.Parent is IArgumentOperation { Parent: IObjectCreationOperation direct })
        {
            yield return direct;
            yield break;
        }

        if (value.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } })
        {
            foreach (var reference in MethodFacts.Of(credentials).Of(local).Reads)
            {
                if (Values.WithCasts(reference).Parent is IArgumentOperation { Parent: IObjectCreationOperation consumer })
                {
                    yield return consumer;
                }
            }
        }
    }

    /// <summary>
    /// What the fix removes: the key arguments of a key-pair constructor, or a credentials object passed straight to a
    /// constructor, when the type has the overload that is left (AmazonS3Client(key, secret, region) → AmazonS3Client(region)).
    /// None for a credentials object kept in a local, named arguments, or a missing overload.
    /// </summary>
    private static Remedy? Fix(IObjectCreationOperation creation, INamedTypeSymbol? awsCredentials, out Location[] edited)
    {
        edited = System.Array.Empty<Location>();
        IObjectCreationOperation target;
        System.Func<IArgumentOperation, bool> removed;
        if (Symbols.DerivesFrom(creation.Type, awsCredentials))
        {
            if (Values.WithCasts(creation).Parent is not IArgumentOperation { Parent: IObjectCreationOperation outer } passed)
            {
                return null;
            }

            target = outer;
            removed = argument => argument == passed;
        }
        else
        {
            target = creation;
            removed = argument => Keys.IsKeyParameter(argument.Parameter);
        }

        if (target.Constructor is not { } constructor
            || target.Syntax is not BaseObjectCreationExpressionSyntax { ArgumentList: { } list }
            || target.Arguments.Any(argument => argument.ArgumentKind != ArgumentKind.Explicit || argument.Syntax is not ArgumentSyntax { NameColon: null }))
        {
            return null;
        }

        var kept = target.Arguments.Where(argument => !removed(argument)).Select(argument => argument.Parameter!.Type).ToList();
        var overloadExists = constructor.ContainingType.InstanceConstructors.Any(candidate =>
            candidate.DeclaredAccessibility == Accessibility.Public
            && candidate.Parameters.Length == kept.Count
            && candidate.Parameters.Select(p => p.Type).SequenceEqual(kept, SymbolEqualityComparer.Default));
        if (!overloadExists)
        {
            return null;
        }

        edited = new[] { target.Syntax.GetLocation() };
        return Remedy.RemoveArguments(target.Arguments.Where(removed).Select(argument => list.Arguments.IndexOf((ArgumentSyntax)argument.Syntax)));
    }
}
