using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>What is known about the client a call goes through.</summary>
internal enum ClientKind
{
    /// <summary>A client-side encryption client (S3 Encryption Client V1/V2/V4, the Database Encryption SDK's DynamoDbClient).</summary>
    Encrypting,

    /// <summary>A plain AmazonS3Client or AmazonDynamoDBClient created in this class.</summary>
    Plain,

    /// <summary>A client from outside the class (a parameter, a factory, a member set elsewhere): unknown.</summary>
    External,
}

/// <summary>The client behind a call: its kind, how a message names it, and the plain AmazonS3Client creation a fix may replace.</summary>
internal readonly struct ClientOrigin
{
    public ClientOrigin(ClientKind kind, string description, IObjectCreationOperation? creation = null, string? tableName = null, ImmutableArray<ClientEndpoint> endpoints = default)
    {
        Kind = kind;
        Description = description;
        Creation = creation;
        TableName = tableName;
        Endpoints = endpoints.IsDefault ? ImmutableArray<ClientEndpoint>.Empty : endpoints;
    }

    public ClientKind Kind { get; }

    /// <summary>"a plain AmazonS3Client", "the injected IAmazonS3 's3'" …</summary>
    public string Description { get; }

    /// <summary>The <c>new AmazonS3Client(…)</c> (or DynamoDB client) the call goes through, when created in this class.</summary>
    public IObjectCreationOperation? Creation { get; }

    /// <summary>The constant table name a DynamoDB Table was loaded or built with, if any.</summary>
    public string? TableName { get; }

    /// <summary>The endpoints of the client creations the client may come from (none when it comes from outside the class).</summary>
    public ImmutableArray<ClientEndpoint> Endpoints { get; }

    /// <summary>
    /// True when the client is one of a store or emulator that is not AWS: some creation it may come from has a
    /// ServiceURL that is not AWS (<see cref="Core.Endpoints.IsLocalOrNonAws"/>), and none is known to go to AWS. A
    /// client from outside the class, or a computed ServiceURL, is not evidence either way.
    /// </summary>
    public bool IsNotAws(AnalyzerOptions options) => ClientEndpoint.Combine(Endpoints, options) == EndpointKind.NotAws;

    public ClientOrigin WithEndpoints(ImmutableArray<ClientEndpoint> endpoints) => new(Kind, Description, Creation, TableName, endpoints);
}

/// <summary>
/// Follows the receiver of an S3 or DynamoDB call back to the client it uses: through locals and conditionals, the
/// wrappers that take a client (TransferUtility, DynamoDBContext, Table, TableBuilder, batch writes), and fields or
/// properties of the same class, whose initializers and assignments in the same file are read.
/// </summary>
internal sealed class Clients
{
    private const int MaxDepth = 8;

    private readonly AwsTypes _types;
    private readonly ConcurrentDictionary<ISymbol, List<IOperation>> _memberValues = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ClientOrigin> _memberOrigins = new(SymbolEqualityComparer.Default);

    public Clients(AwsTypes types) => _types = types;

    public ClientOrigin Resolve(IOperation receiver) => Resolve(receiver, 0);

    /// <summary>True when <paramref name="type"/> is a client-side encryption client.</summary>
    public bool IsEncrypting(ITypeSymbol? type) =>
        Symbols.DerivesFrom(type, _types[AwsType.AmazonS3EncryptionClientBase]) || Symbols.DerivesFrom(type, _types[AwsType.DbEsdkDynamoDbClient]);

    private ClientOrigin Resolve(IOperation receiver, int depth)
    {
        if (IsEncrypting(receiver.Type))
        {
            return new ClientOrigin(ClientKind.Encrypting, receiver.Type!.Name);
        }

        if (depth > MaxDepth)
        {
            return External(receiver);
        }

        ClientOrigin? plain = null;
        ClientOrigin? external = null;
        ClientOrigin? encrypting = null;
        var endpoints = ImmutableArray<ClientEndpoint>.Empty;
        foreach (var leaf in Values.Leaves(receiver))
        {
            var origin = ResolveLeaf(leaf, depth);
            endpoints = endpoints.AddRange(origin.Endpoints);
            switch (origin.Kind)
            {
                case ClientKind.Plain:
                    plain ??= origin;
                    break;
                case ClientKind.External:
                    external ??= origin;
                    break;
                default:
                    encrypting ??= origin;
                    break;
            }
        }

        return (plain ?? external ?? encrypting ?? External(receiver)).WithEndpoints(endpoints);
    }

    private ClientOrigin ResolveLeaf(IOperation leaf, int depth)
    {
        if (IsEncrypting(leaf.Type))
        {
            return new ClientOrigin(ClientKind.Encrypting, leaf.Type!.Name);
        }

        switch (leaf)
        {
            case IObjectCreationOperation creation:
                return FromCreation(creation, depth);
            case IInvocationOperation invocation when Symbols.DerivesFrom(invocation.TargetMethod.ContainingType, _types[AwsType.Table]) && ClientArgument(invocation.Arguments) is { } client:
                // Table.LoadTable(client, "name"), Table.TryLoadTable(…)
                return WithTable(Resolve(client, depth + 1), TableNameOf(invocation.Arguments));
            case IInvocationOperation { Instance: { } instance } invocation when IsWrapper(invocation.TargetMethod.ContainingType):
                // new TableBuilder(client, "t").AddHashKey(…).Build(), context.CreateBatchWrite<T>()
                return Resolve(instance, depth + 1);
            case IInvocationOperation invocation when Symbols.DerivesFromOrImplements(invocation.TargetMethod.ContainingType, _types[AwsType.IDynamoDBContextBuilder]):
                // new DynamoDBContextBuilder().WithDynamoDBClient(() => client).Build(): the client the factory returns.
                return FromContextBuilder(invocation, depth);
            case IInvocationOperation invocation when MethodSummary.Of(invocation) is { Returned.IsEmpty: false } summary:
                // CreateClient(), GetTable(): a method of ours in this file that returns the client.
                return FromReturned(summary, depth);
            case IParameterReferenceOperation parameter:
                return new ClientOrigin(ClientKind.External, $"the injected {TypeName(parameter.Type)} '{parameter.Parameter.Name}'");
            case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field:
                return FromMember(field, field.Field, depth);
            case IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Property.Parameters.Length: 0 } property:
                return FromMember(property, property.Property, depth);
            default:
                return External(leaf);
        }
    }

    private ClientOrigin FromCreation(IObjectCreationOperation creation, int depth)
    {
        var type = creation.Type;
        var endpoint = Symbols.DerivesFrom(type, _types[AwsType.AmazonServiceClient]) ? ImmutableArray.Create(EndpointOf(creation)) : default;
        if (IsEncrypting(type))
        {
            return new ClientOrigin(ClientKind.Encrypting, type!.Name, endpoints: endpoint);
        }

        if (Symbols.DerivesFrom(type, _types[AwsType.AmazonS3Client]) || Symbols.DerivesFrom(type, _types[AwsType.AmazonDynamoDBClient]))
        {
            return new ClientOrigin(ClientKind.Plain, "a plain " + type!.Name, creation, endpoints: endpoint);
        }

        if (IsWrapper(type))
        {
            // new TransferUtility(s3), new DynamoDBContext(ddb), new TableBuilder(ddb, "t"); without a client they make a plain one.
            return ClientArgument(creation.Arguments) is { } client
                ? WithTable(Resolve(client, depth + 1), TableNameOf(creation.Arguments))
                : new ClientOrigin(ClientKind.Plain, $"the plain client that {type!.Name} creates for itself", endpoints: ImmutableArray.Create(ClientEndpoint.Aws));
        }

        return External(creation).WithEndpoints(endpoint);
    }

    /// <summary>
    /// The endpoint of a client creation: the ServiceURL its config argument is given (in its initializer or later
    /// assignments, through a local, a field or property of the class set in this file, or a method of ours in this
    /// file that returns the config). Cached per creation.
    /// </summary>
    public ClientEndpoint EndpointOf(IObjectCreationOperation creation) => EndpointCache.GetValue(creation, _ =>
    {
        foreach (var argument in creation.Arguments)
        {
            if (Symbols.DerivesFrom(argument.Parameter?.Type, _types[AwsType.ClientConfig]))
            {
                var configs = Configs(argument.Value, 0);
                return configs.Count == 0
                    ? ClientEndpoint.Unknown
                    : new ClientEndpoint(
                        configs.TrueForAll(config => config is not null),
                        configs.Where(config => config?["ServiceURL"] is not null).Select(config => config!["ServiceURL"]!).ToImmutableArray());
            }
        }

        // No config: the SDK's endpoint for the Region.
        return ClientEndpoint.Aws;
    });

    /// <summary>The states of the configs a value may be (null for one the class does not show).</summary>
    private List<RequestState?> Configs(IOperation value, int depth)
    {
        var configs = new List<RequestState?>();
        if (RequestState.OfValue(value) is { Creation: not null } state)
        {
            configs.Add(state);
            return configs;
        }

        foreach (var leaf in Values.Leaves(value))
        {
            switch (leaf)
            {
                case IObjectCreationOperation creation:
                    configs.Add(RequestState.Of(creation));
                    break;
                case IInvocationOperation invocation when depth < 2 && MethodSummary.Of(invocation) is { Returned.IsEmpty: false } summary:
                    // CreateConfig(): a method of ours in this file that returns the config.
                    foreach (var returned in summary.Returned)
                    {
                        configs.AddRange(Configs(returned, depth + 1));
                    }

                    break;
                case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } or IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Property.Parameters.Length: 0 }
                    when depth < 2 && MemberValues(leaf, leaf is IFieldReferenceOperation field ? field.Field : ((IPropertyReferenceOperation)leaf).Property) is { Count: > 0 } values:
                    foreach (var member in values)
                    {
                        configs.AddRange(Configs(member, depth + 1));
                    }

                    break;
                default:
                    configs.Add(null);
                    break;
            }
        }

        return configs;
    }

    private static readonly ConditionalWeakTable<IObjectCreationOperation, ClientEndpoint> EndpointCache = new();

    private ClientOrigin FromContextBuilder(IInvocationOperation call, int depth)
    {
        for (IOperation? current = call; current is IInvocationOperation step; current = step.Instance)
        {
            if (step.TargetMethod.Name is "WithDynamoDBClient" or "SetDynamoDBClient")
            {
                if (ClientArgument(step.Arguments) is { } client)
                {
                    return Resolve(client, depth + 1);
                }

                if (step.Arguments.Length == 1 && Values.Unwrap(step.Arguments[0].Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation factory })
                {
                    foreach (IReturnOperation @return in MethodFacts.Of(factory).OfKind(OperationKind.Return))
                    {
                        if (@return.ReturnedValue is { } value && factory.Body.Syntax.Span.Contains(@return.Syntax.Span))
                        {
                            return Resolve(value, depth + 1);
                        }
                    }
                }

                return External(call);
            }
        }

        // No client given: the builder makes a plain one of its own.
        return new ClientOrigin(ClientKind.Plain, "the plain client that DynamoDBContextBuilder creates for itself");
    }

    private ClientOrigin FromReturned(MethodSummary summary, int depth)
    {
        ClientOrigin? result = null;
        var endpoints = ImmutableArray<ClientEndpoint>.Empty;
        foreach (var value in summary.Returned)
        {
            var origin = Resolve(value, depth + 1);
            endpoints = endpoints.AddRange(origin.Endpoints);
            if (result is null || origin.Kind == ClientKind.Plain || (origin.Kind == ClientKind.External && result.Value.Kind == ClientKind.Encrypting))
            {
                result = origin;
            }
        }

        return result!.Value.WithEndpoints(endpoints);
    }

    /// <summary>
    /// The client a field or property of the class holds, decided once per member: a service class sends every call
    /// through the same <c>_s3</c>, and each call asked again.
    /// </summary>
    private ClientOrigin FromMember(IOperation reference, ISymbol member, int depth) =>
        depth == 0 ? _memberOrigins.GetOrAdd(member, _ => TraceMember(reference, member, depth)) : TraceMember(reference, member, depth);

    private ClientOrigin TraceMember(IOperation reference, ISymbol member, int depth)
    {
        var values = MemberValues(reference, member);
        if (values.Count == 0)
        {
            return new ClientOrigin(ClientKind.External, $"the {TypeName(reference.Type)} '{member.Name}', which this class does not set");
        }

        ClientOrigin? result = null;
        var endpoints = ImmutableArray<ClientEndpoint>.Empty;
        foreach (var value in values)
        {
            var origin = Values.Unwrap(value) is IParameterReferenceOperation parameter
                ? new ClientOrigin(ClientKind.External, $"the {TypeName(reference.Type)} '{member.Name}', injected through '{parameter.Parameter.Name}'")
                : Resolve(value, depth + 1);
            endpoints = endpoints.AddRange(origin.Endpoints);
            if (result is null || origin.Kind == ClientKind.Plain || (origin.Kind == ClientKind.External && result.Value.Kind == ClientKind.Encrypting))
            {
                result = origin;
            }
        }

        return result!.Value.WithEndpoints(endpoints);
    }

    /// <summary>
    /// The values a field or property of the analyzed class is given in the file of <paramref name="reference"/>: its
    /// initializer and every assignment in the class's members there. Read syntax first: only the initializer and the
    /// assignments whose target is written with the member's name are bound. Cached per member.
    /// </summary>
    private List<IOperation> MemberValues(IOperation reference, ISymbol member) => _memberValues.GetOrAdd(member, _ =>
    {
        var values = new List<IOperation>();
        var model = reference.SemanticModel;
        if (model is null || member.ContainingType is not { } type)
        {
            return values;
        }

        foreach (var declaration in type.DeclaringSyntaxReferences)
        {
            if (declaration.SyntaxTree != model.SyntaxTree || declaration.GetSyntax() is not TypeDeclarationSyntax typeSyntax)
            {
                continue;
            }

            foreach (var candidate in WritesByName(typeSyntax, member.Name, OnlyConstructorsWrite(member)))
            {
                switch (model.GetOperation(candidate))
                {
                    case IFieldInitializerOperation initializer when initializer.InitializedFields.Contains(member, SymbolEqualityComparer.Default):
                        values.Add(initializer.Value);
                        break;
                    case IPropertyInitializerOperation initializer when initializer.InitializedProperties.Contains(member, SymbolEqualityComparer.Default):
                        values.Add(initializer.Value);
                        break;
                    case IAssignmentOperation { Target: IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } target } assignment
                        when assignment is ISimpleAssignmentOperation or ICoalesceAssignmentOperation && SymbolEqualityComparer.Default.Equals(target.Field, member):
                        values.Add(assignment is ISimpleAssignmentOperation simple ? simple.Value : ((ICoalesceAssignmentOperation)assignment).Value);
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } target } assignment
                        when SymbolEqualityComparer.Default.Equals(target.Property, member):
                        values.Add(assignment.Value);
                        break;
                }
            }
        }

        return values;
    });

    /// <summary>
    /// A readonly field or a get-only property: only its initializer and the constructors can give it a value, so the
    /// other members (the long methods that use the client) need not be read.
    /// </summary>
    private static bool OnlyConstructorsWrite(ISymbol member) => member switch
    {
        IFieldSymbol field => field.IsReadOnly || field.IsConst,
        IPropertySymbol property => property.SetMethod is null,
        _ => false,
    };

    /// <summary>
    /// The assignments and initializers of a type's declaration, by the name of what they write: one syntax walk per
    /// declaration, shared by every rule (the syntax tree holds the cache alive, not the compilation). With
    /// <paramref name="constructorsOnly"/>, the walk reads the field and property declarations and the constructors only.
    /// </summary>
    private static IReadOnlyList<SyntaxNode> WritesByName(TypeDeclarationSyntax type, string name, bool constructorsOnly) =>
        (constructorsOnly ? ConstructorWriteIndex.GetValue(type, declaration => Index(ConstructorsAndDeclarations(declaration)))
            : WriteIndex.GetValue(type, declaration => Index(declaration.DescendantNodes())))
        .TryGetValue(name, out var found) ? found : (IReadOnlyList<SyntaxNode>)Array.Empty<SyntaxNode>();

    private static IEnumerable<SyntaxNode> ConstructorsAndDeclarations(TypeDeclarationSyntax declaration)
    {
        foreach (var member in declaration.Members)
        {
            if (member is ConstructorDeclarationSyntax or BaseFieldDeclarationSyntax or PropertyDeclarationSyntax)
            {
                foreach (var node in member.DescendantNodesAndSelf())
                {
                    yield return node;
                }
            }
        }
    }

    private static Dictionary<string, List<SyntaxNode>> Index(IEnumerable<SyntaxNode> nodes)
    {
        var index = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var (written, candidate) = node switch
            {
                AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression)
                    => (NameOf(assignment.Left), (SyntaxNode)assignment),
                VariableDeclaratorSyntax { Initializer: { } initializer, Parent.Parent: BaseFieldDeclarationSyntax } variable => (variable.Identifier.ValueText, initializer),
                PropertyDeclarationSyntax { Initializer: { } initializer } property => (property.Identifier.ValueText, initializer),
                _ => ((string?)null, (SyntaxNode?)null),
            };
            if (written is not null && candidate is not null)
            {
                if (!index.TryGetValue(written, out var list))
                {
                    index[written] = list = new List<SyntaxNode>();
                }

                list.Add(candidate);
            }
        }

        return index;
    }

    private static readonly ConditionalWeakTable<TypeDeclarationSyntax, Dictionary<string, List<SyntaxNode>>> WriteIndex = new();
    private static readonly ConditionalWeakTable<TypeDeclarationSyntax, Dictionary<string, List<SyntaxNode>>> ConstructorWriteIndex = new();

    /// <summary>The name an assignment target is written with: <c>_client</c>, <c>this._client</c>, <c>Client</c>.</summary>
    private static string? NameOf(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax or IdentifierNameSyntax, Name: var name } => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>TransferUtility, DynamoDBContext, Table and TableBuilder (and their interfaces, and batch writes): types that send through a client they are given.</summary>
    public bool IsWrapper(ITypeSymbol? type) =>
        type is not null
        && (Symbols.DerivesFromOrImplements(type, _types[AwsType.TransferUtility]) || Symbols.DerivesFromOrImplements(type, _types[AwsType.ITransferUtility])
            || Symbols.DerivesFromOrImplements(type, _types[AwsType.DynamoDBContext]) || Symbols.DerivesFromOrImplements(type, _types[AwsType.IDynamoDBContext])
            || Symbols.DerivesFrom(type, _types[AwsType.Table]) || Symbols.DerivesFromOrImplements(type, _types[AwsType.ITable])
            || Symbols.DerivesFrom(type, _types[AwsType.TableBuilder])
            || (type.Name == "ITableBuilder" && type.ContainingNamespace is { Name: "DocumentModel", ContainingNamespace: { Name: "DynamoDBv2", ContainingNamespace: { Name: "Amazon", ContainingNamespace.IsGlobalNamespace: true } } }));

    /// <summary>The argument that passes an IAmazonS3 or IAmazonDynamoDB, if any.</summary>
    private IOperation? ClientArgument(IEnumerable<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            var type = argument.Parameter?.Type;
            if (SymbolEqualityComparer.Default.Equals(type, _types[AwsType.IAmazonS3]) || SymbolEqualityComparer.Default.Equals(type, _types[AwsType.IAmazonDynamoDB])
                || Symbols.DerivesFrom(type, _types[AwsType.AmazonS3Client]) || Symbols.DerivesFrom(type, _types[AwsType.AmazonDynamoDBClient]))
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static string? TableNameOf(IEnumerable<IArgumentOperation> arguments) =>
        arguments.FirstOrDefault(argument => argument.Parameter?.Name == "tableName") is { } name ? Values.ConstantString(name.Value) : null;

    private static ClientOrigin WithTable(ClientOrigin origin, string? tableName) =>
        tableName is null ? origin : new ClientOrigin(origin.Kind, origin.Description, origin.Creation, tableName, origin.Endpoints);

    private static ClientOrigin External(IOperation operation) =>
        new(ClientKind.External, $"{Article(TypeName(operation.Type))} created elsewhere");

    private static string TypeName(ITypeSymbol? type) => type?.Name is { Length: > 0 } name ? name : "client";

    private static string Article(string name) => English.WithArticle(name);
}
