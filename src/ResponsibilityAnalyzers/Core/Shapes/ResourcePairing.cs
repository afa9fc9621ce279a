using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The "create, then protect" rule shape, as data: a call that creates a resource (PutBucket, CreateTable) must be
/// followed, somewhere in the same type, by a call that protects the same resource (PutBucketVersioning with Enabled,
/// UpdateContinuousBackups with recovery on), paired by resource name (<see cref="ResourceName"/>).
/// A resource the same type ends again (deletes it, or lets every item expire) holds temporary data and needs no
/// protection. <see cref="ResourcePairingAnalyzer"/> runs every row the same way, through <see cref="TypeScope"/>.
/// </summary>
internal sealed class ResourcePairing
{
    /// <param name="rule">The diagnostic, reported at the creating call.</param>
    /// <param name="service">The service whose duty the rule guards.</param>
    /// <param name="client">The client interface both calls go through.</param>
    /// <param name="create">The creating operation (PutBucket).</param>
    /// <param name="resourceProperty">The request property and the parameter of the method overloads that name the resource: ("BucketName", "bucketName").</param>
    /// <param name="protect">The protecting operation (PutBucketVersioning).</param>
    /// <param name="setting">The request's nested setting and its value: ("VersioningConfig", "Status").</param>
    /// <param name="turnsOff">True for a value of the setting that does not protect (Suspended, false).</param>
    /// <param name="finding">The finding for the message, given "bucket orders" or "a bucket".</param>
    /// <param name="alsoProtects">Other calls that protect resources (an AWS Backup selection): the resources they cover, or default when the call is not one.</param>
    /// <param name="ends">Calls that end resources again (DeleteBucket, a Time to Live): the resources they end, or default when the call is not one; a resource counts as ended only when the names are proven the same (<see cref="ResourceName.AllAmong"/>).</param>
    /// <param name="fix">The call the fix adds after the creating one (or after the statement it names); null for no fix.</param>
    public ResourcePairing(
        DiagnosticDescriptor rule,
        AwsService service,
        AwsType client,
        string create,
        (string Property, string Parameter) resourceProperty,
        string protect,
        (string Nested, string Value) setting,
        Func<IOperation, AwsTypes, bool> turnsOff,
        Func<string, string> finding,
        Func<IInvocationOperation, AwsTypes, ImmutableArray<ResourceName>>? alsoProtects,
        Func<IInvocationOperation, AwsTypes, ImmutableArray<ResourceName>> ends,
        Func<Creation, AwsTypes, FollowUp?> fix)
    {
        Rule = rule;
        Service = service;
        Client = client;
        Create = create;
        Resource = resourceProperty;
        Protect = protect;
        Setting = setting;
        TurnsOff = turnsOff;
        Finding = finding;
        AlsoProtects = alsoProtects;
        Ends = ends;
        Fix = fix;
    }

    public DiagnosticDescriptor Rule { get; }

    public AwsService Service { get; }

    public AwsType Client { get; }

    public string Create { get; }

    public (string Property, string Parameter) Resource { get; }

    public string Protect { get; }

    public (string Nested, string Value) Setting { get; }

    public Func<IOperation, AwsTypes, bool> TurnsOff { get; }

    public Func<string, string> Finding { get; }

    public Func<IInvocationOperation, AwsTypes, ImmutableArray<ResourceName>>? AlsoProtects { get; }

    public Func<IInvocationOperation, AwsTypes, ImmutableArray<ResourceName>> Ends { get; }

    public Func<Creation, AwsTypes, FollowUp?> Fix { get; }

    /// <summary>
    /// The protecting call a fix inserts, as facts the fixer builds it from: the operation, its request type (metadata
    /// name) and settings (property path, C# value), how it is retried, and the statement it goes after when that is
    /// not the creating one. The fixer calls it on the creating call's client, waited for the same way.
    /// </summary>
    internal sealed class FollowUp
    {
        public FollowUp(string operation, string requestType, ImmutableArray<(string Path, string Value)> settings, Retry? retry = null, Location? after = null)
        {
            Operation = operation;
            RequestType = requestType;
            Settings = settings;
            Retry = retry;
            After = after;
        }

        public string Operation { get; }

        public string RequestType { get; }

        public ImmutableArray<(string Path, string Value)> Settings { get; }

        public Retry? Retry { get; }

        public Location? After { get; }
    }

    /// <summary>A creating call, for the fix: the call, the resources it may create and how the fix names the resource.</summary>
    internal sealed class Creation
    {
        public Creation(IInvocationOperation invocation, ImmutableArray<ResourceName> resources, CallSite site, string resourceText)
        {
            Invocation = invocation;
            Resources = resources;
            Site = site;
            ResourceText = resourceText;
        }

        public IInvocationOperation Invocation { get; }

        public ImmutableArray<ResourceName> Resources { get; }

        public CallSite Site { get; }

        /// <summary><c>request.BucketName</c> for a request held in a variable, else the plain value the call was given.</summary>
        public string ResourceText { get; }
    }
}

/// <summary>Runs one <see cref="ResourcePairing"/>: each rule of that shape is this class with its row.</summary>
public abstract class ResourcePairingAnalyzer : ResponsibilityAnalyzer
{
    private readonly ResourcePairing _row;

    /// <summary>The names a type's source writes when it may create the resource: one array per row, so the per-file answers of <see cref="Identifiers"/> are kept across compilations.</summary>
    private readonly string[] _triggers;

    private protected ResourcePairingAnalyzer(ResourcePairing row)
        : base(row.Rule)
    {
        _row = row;
        _triggers = Identifiers.Operation(row.Create);
    }

    private enum Kind
    {
        Create,
        Protect,
        OtherProtection,
        End,

        /// <summary>The protecting operation with a value that does not protect (PutBucketVersioning with Suspended): another rule's finding.</summary>
        Configure,
    }

    private protected sealed override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[_row.Client] is null)
        {
            return;
        }

        var endpoints = ClientEndpoints.For(types);
        TypeScope.RegisterOperations(context, _triggers, operation => Classify((IInvocationOperation)operation, types), (end, calls, own) => Decide(end, calls, own, types, endpoints), OperationKind.Invocation);
    }

    private Call? Classify(IInvocationOperation invocation, AwsTypes types)
    {
        if (types.IsOperation(invocation, _row.Client, _row.Create))
        {
            return new Call(Kind.Create, invocation, Resources(invocation));
        }

        if (types.IsOperation(invocation, _row.Client, _row.Protect))
        {
            return new Call(Protects(invocation, types) ? Kind.Protect : Kind.Configure, invocation, Resources(invocation));
        }

        if (_row.AlsoProtects?.Invoke(invocation, types) is { IsDefault: false } covered)
        {
            return new Call(Kind.OtherProtection, invocation, covered);
        }

        return _row.Ends(invocation, types) is { IsDefault: false } ended ? new Call(Kind.End, invocation, ended) { Where = new ResourceLifetime.End(invocation) } : null;
    }

    private ImmutableArray<ResourceName> Resources(IInvocationOperation invocation) =>
        ResourceName.OfCall(invocation, _row.Resource.Property, _row.Resource.Parameter);

    private void Decide(TypeEnd context, ImmutableArray<Call> calls, TypeCalls own, AwsTypes types, ClientEndpoints endpoints)
    {
        var protections = calls.Where(call => call.Kind is Kind.Protect or Kind.OtherProtection).ToArray();
        var ends = calls.Where(call => call.Kind == Kind.End).ToArray();
        foreach (var create in calls.Where(call => call.Kind == Kind.Create))
        {
            if (protections.Any(protection => ResourceName.MayBeSame(create.Resources, protection.Resources))
                || (ends.Length > 0 && ResourceName.AllAmong(own.Bind(create.Resources), own.Bind(EndedAfter(create, ends, own))))
                || SrmOptions.BackupsManagedElsewhere.Get(context.Options, create.Invocation.Syntax.SyntaxTree)
                || endpoints.IsNotAws(create.Invocation, context.Options))
            {
                continue;
            }

            // The protecting calls for other resources are shown beside the finding: the pairing was decided across the type.
            var others = protections.Where(protection => protection.Kind == Kind.Protect).Select(protection => protection.Invocation.Syntax.GetLocation()).ToArray();
            // A later call of the method that sets the same thing (to a value that does not protect) is where the fix
            // belongs, and another rule's: inserting the protecting call before it would give two calls.
            var configuredLater = calls.Any(call => call.Kind == Kind.Configure && IsLaterInSameMember(create.Invocation, call.Invocation)
                && ResourceName.MayBeSame(create.Resources, call.Resources));
            var site = configuredLater ? null : CallSite.Of(create.Invocation);
            var fix = site is not null && ResourceText(create.Invocation) is { } text
                && _row.Fix(new ResourcePairing.Creation(create.Invocation, create.Resources, site, text), types) is { } followUp && site.CanFollowUp(followUp.Operation)
                ? followUp
                : null;
            var after = fix?.After is { } statement ? new[] { statement } : Array.Empty<Location>();
            var resource = ResourceName.Describe(create.Resources) is { } name ? ResourceNoun + " " + name : English.WithArticle(ResourceNoun);
            context.ReportDiagnostic(_row.Rule.Create(
                create.Invocation.Syntax.GetLocation(),
                _row.Service,
                _row.Finding(resource),
                fix is null ? null : Remedy.InsertCall(fix.Operation, site!.Form, site.CancellationTokenArgument, fix.RequestType, fix.Settings, fix.Retry, after.Length > 0 ? 0 : null),
                after.Concat(TypeScope.InSourceOrder(others)).ToArray()));
        }
    }

    private static bool IsLaterInSameMember(IOperation create, IOperation other) =>
        other.Syntax.SyntaxTree == create.Syntax.SyntaxTree && other.Syntax.SpanStart > create.Syntax.SpanStart
        && SymbolEqualityComparer.Default.Equals(ResourceLifetime.Member(create), ResourceLifetime.Member(other));

    /// <summary>The resources that ending calls the type itself runs end (<see cref="ResourceLifetime.RunsEnd"/>).</summary>
    private static ImmutableArray<ResourceName> EndedAfter(Call create, Call[] ends, TypeCalls own)
    {
        var createdIn = ResourceLifetime.Member(create.Invocation);
        return ends.Where(end => ResourceLifetime.RunsEnd(end.Where!, createdIn, own)).SelectMany(end => end.Resources).ToImmutableArray();
    }

    /// <summary>"bucket" for BucketName, "table" for TableName.</summary>
    private string ResourceNoun => _row.Resource.Property.EndsWith("Name", StringComparison.Ordinal)
        ? _row.Resource.Property.Substring(0, _row.Resource.Property.Length - "Name".Length).ToLowerInvariant()
        : _row.Resource.Property;

    /// <summary>The setting is given a protecting value, or one the method cannot see (a request passed in): only a proven "off", or no setting, does not protect.</summary>
    private bool Protects(IInvocationOperation invocation, AwsTypes types)
    {
        var request = RequestState.OfRequestArgument(invocation);
        if (request is null || !request.IsKnown)
        {
            return true;
        }

        if (!request.IsSet(_row.Setting.Nested))
        {
            return false;
        }

        if (request.Nested(_row.Setting.Nested) is not { } setting)
        {
            return true;
        }

        return setting[_row.Setting.Value] is { } value && Values.Leaves(value).Any(leaf => !_row.TurnsOff(leaf, types));
    }

    /// <summary>How the fix names the resource: <c>request.BucketName</c> for a request held in a variable, else the plain value it was given.</summary>
    private string? ResourceText(IInvocationOperation create)
    {
        foreach (var argument in create.Arguments)
        {
            if (argument.Parameter?.Name == _row.Resource.Parameter)
            {
                return CallSite.PlainText(argument.Value);
            }

            if (argument.Parameter?.Type.Name == _row.Create + "Request")
            {
                return Values.Unwrap(argument.Value) is IObjectCreationOperation
                    ? RequestState.OfValue(argument.Value)?[_row.Resource.Property] is { } name ? CallSite.PlainText(name) : null
                    : CallSite.PlainText(argument.Value) is { } request ? request + "." + _row.Resource.Property : null;
            }
        }

        return null;
    }

    private sealed class Call
    {
        public Call(Kind kind, IInvocationOperation invocation, ImmutableArray<ResourceName> resources)
        {
            Kind = kind;
            Invocation = invocation;
            Resources = resources;
        }

        public Kind Kind { get; }

        public IInvocationOperation Invocation { get; }

        public ImmutableArray<ResourceName> Resources { get; }

        /// <summary>For an ending call: where it runs.</summary>
        public ResourceLifetime.End? Where { get; set; }
    }
}
