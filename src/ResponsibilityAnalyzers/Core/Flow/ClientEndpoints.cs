using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>What the code shows of where a client sends its requests.</summary>
internal enum EndpointKind
{
    /// <summary>Nothing known: a client or config from elsewhere, a ServiceURL computed at run time.</summary>
    Unknown,

    /// <summary>A store or emulator that is not AWS (MinIO, Ceph, Wasabi, Cloudflare R2, LocalStack, DynamoDB Local).</summary>
    NotAws,

    /// <summary>AWS: no ServiceURL (the SDK's endpoint for the Region), or one in an AWS domain.</summary>
    Aws,
}

/// <summary>The endpoint of one client creation: whether its config is known, and the ServiceURL values it is given.</summary>
internal sealed class ClientEndpoint
{
    /// <summary>A client created without a config, or with one that sets no ServiceURL.</summary>
    public static readonly ClientEndpoint Aws = new(true, ImmutableArray<IOperation>.Empty);

    /// <summary>A client whose config the code does not show.</summary>
    public static readonly ClientEndpoint Unknown = new(false, ImmutableArray<IOperation>.Empty);

    public ClientEndpoint(bool configKnown, ImmutableArray<IOperation> serviceUrls)
    {
        ConfigKnown = configKnown;
        ServiceUrls = serviceUrls;
    }

    /// <summary>True when every config the client may be given is created in the class, so what it sets is seen.</summary>
    public bool ConfigKnown { get; }

    /// <summary>The values given to the config's ServiceURL.</summary>
    public ImmutableArray<IOperation> ServiceUrls { get; }

    /// <summary>
    /// Not AWS when a ServiceURL may name a host that is not AWS (any of its values: <c>env ?? "http://localhost:8000"</c>
    /// is code wired for an emulator); AWS when the config is known and sets no ServiceURL, or only AWS hosts.
    /// </summary>
    public EndpointKind Kind(AnalyzerOptions options)
    {
        var allKnown = ConfigKnown;
        foreach (var url in ServiceUrls)
        {
            if (Endpoints.NonAwsHost(url, options, url.Syntax.SyntaxTree) is not null)
            {
                return EndpointKind.NotAws;
            }

            foreach (var leaf in Endpoints.Leaves(url))
            {
                allKnown &= Endpoints.HostOf(leaf) is { } host && Endpoints.IsAwsDomain(host.Text.TrimStart('.'));
            }
        }

        return allKnown ? EndpointKind.Aws : EndpointKind.Unknown;
    }

    /// <summary>Several possible endpoints: AWS if any is, else not AWS if any is, else unknown.</summary>
    public static EndpointKind Combine(ImmutableArray<ClientEndpoint> endpoints, AnalyzerOptions options)
    {
        var result = EndpointKind.Unknown;
        foreach (var endpoint in endpoints)
        {
            var kind = endpoint.Kind(options);
            if (kind > result)
            {
                result = kind;
            }
        }

        return result;
    }
}

/// <summary>
/// The one check every rule asks before it reports on AWS: is the client behind this call, this request or this
/// config one of a store that is not AWS? The shared responsibility model of AWS does not apply to MinIO, Ceph,
/// Wasabi, Cloudflare R2 or a local emulator, so no rule reports on them. A client counts as not AWS when some
/// creation it may come from (see <see cref="Clients"/>) is given a ServiceURL that is not AWS
/// (<see cref="Endpoints.IsLocalOrNonAws"/>), and none is known to go to AWS; a request when every SDK call it is
/// seen to go to is made through such a client. What the engine cannot see (an injected client, a ServiceURL from
/// configuration) is not evidence: the rules report as before. One instance per compilation, shared by every rule.
/// </summary>
internal sealed class ClientEndpoints
{
    private const int MaxOwners = 8;

    private static readonly ConditionalWeakTable<AwsTypes, ClientEndpoints> Cache = new();

    private readonly AwsTypes _types;

    private ClientEndpoints(AwsTypes types)
    {
        _types = types;
        Clients = new Clients(types);
    }

    /// <summary>The client resolution this check uses (its caches are shared by every rule of the compilation).</summary>
    public Clients Clients { get; }

    public static ClientEndpoints For(AwsTypes types) => Cache.GetValue(types, t => new ClientEndpoints(t));

    /// <summary>A call made through a client that is not AWS: its receiver, or the client a static helper is given (<c>AmazonS3Util.DeleteS3BucketWithObjectsAsync(s3, …)</c>).</summary>
    public bool IsNotAws(IInvocationOperation call, AnalyzerOptions options) =>
        ClientOf(call) is { } client && Clients.Resolve(client).IsNotAws(options);

    /// <summary>
    /// A client creation whose config is given a ServiceURL that is not AWS; for any other object (a request, a
    /// config, a model object inside a request), <see cref="IsSentToNotAws"/>.
    /// </summary>
    public bool IsNotAws(IObjectCreationOperation creation, AnalyzerOptions options) =>
        Symbols.DerivesFrom(creation.Type, _types[AwsType.AmazonServiceClient])
            ? Clients.EndpointOf(creation).Kind(options) == EndpointKind.NotAws
            : IsSentToNotAws(creation, options);

    /// <summary>
    /// True when <paramref name="operation"/> lies in a property assignment (<c>CannedACL = …</c>, <c>Status = …</c>,
    /// <c>AuthenticationRegion = …</c>) whose object is a client config with a ServiceURL that is not AWS, or an object
    /// that every SDK call it is seen to go to sends through a client that is not AWS.
    /// </summary>
    public bool IsWrittenForNotAws(IOperation operation, AnalyzerOptions options)
    {
        for (var current = operation; current is not null; current = current.Parent)
        {
            if (current is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target })
            {
                var owner = target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                    ? RequestState.ImplicitReceiverCreation(target)
                    : target.Instance;
                return owner is not null && IsSentToNotAws(owner, options);
            }
        }

        return false;
    }

    /// <summary>
    /// True when the object <paramref name="value"/> evaluates to (a request, or a model object inside one, or
    /// credentials) goes, directly or through the objects it is handed to (<see cref="Flow.Owner"/>), to SDK calls
    /// and client constructors that are all of clients that are not AWS, and to at least one; a config, when its own
    /// ServiceURL is not AWS.
    /// </summary>
    public bool IsSentToNotAws(IOperation value, AnalyzerOptions options)
    {
        IOperation? current = value;
        for (var depth = 0; current is not null and not IInstanceReferenceOperation && depth < MaxOwners; depth++)
        {
            if (Symbols.DerivesFrom(current.Type, _types[AwsType.ClientConfig]))
            {
                return Endpoints.MayBeLocalOrNonAws(RequestState.OfValue(current)?["ServiceURL"], options, current.Syntax.SyntaxTree);
            }

            var sent = false;
            IOperation? owner = null;
            foreach (var use in Flow.Uses(current))
            {
                if (Values.WithCasts(use).Parent is IArgumentOperation { Parent: IInvocationOperation call } && ClientOf(call) is { } client)
                {
                    // One call through a client that may be AWS is enough to keep the finding.
                    if (!Clients.Resolve(client).IsNotAws(options))
                    {
                        return false;
                    }

                    sent = true;
                }
                else if (Values.WithCasts(use).Parent is IArgumentOperation { Parent: IObjectCreationOperation clientCreation }
                    && Symbols.DerivesFrom(clientCreation.Type, _types[AwsType.AmazonServiceClient]))
                {
                    // Credentials (or a config) given to a client: they go where the client goes.
                    if (Clients.EndpointOf(clientCreation).Kind(options) != EndpointKind.NotAws)
                    {
                        return false;
                    }

                    sent = true;
                }
                else
                {
                    owner ??= Flow.Owner(use);
                }
            }

            if (sent)
            {
                return true;
            }

            current = owner;
        }

        return false;
    }

    /// <summary>The client a call to an SDK client or wrapper goes through: its receiver, or for a static call the client argument.</summary>
    private IOperation? ClientOf(IInvocationOperation call)
    {
        if (call.Instance is { } instance)
        {
            return instance is not IInstanceReferenceOperation && IsClient(call.TargetMethod.ContainingType) ? instance : null;
        }

        if (!MethodFacts.IsSdkOrFramework(call.TargetMethod.ContainingType))
        {
            return null;
        }

        foreach (var argument in call.Arguments)
        {
            if (IsClient(argument.Parameter?.Type))
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>An AWS service client (IAmazonS3, AmazonEC2Client …) or a type that sends through one (TransferUtility, DynamoDBContext, Table).</summary>
    private bool IsClient(ITypeSymbol? type) =>
        type is not null
        && (Symbols.DerivesFromOrImplements(type, _types[AwsType.IAmazonService]) || Symbols.DerivesFrom(type, _types[AwsType.AmazonServiceClient]) || Clients.IsWrapper(type));
}
