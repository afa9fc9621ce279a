using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;
using Keys = ResponsibilityAnalyzers.Core.Credentials;

namespace ResponsibilityAnalyzers.Rules.Region;

/// <summary>
/// SRM1001: a Region the code names that srm.allowed_regions does not list. Read from RegionEndpoint fields,
/// RegionEndpoint.GetBySystemName with a constant, AuthenticationRegion and the Region in ServiceURL on client configs
/// (and on AWSOptions' DefaultClientConfig), PutBucketRequest.BucketRegion and BucketRegionName, the RegionName of a
/// new DynamoDB replica, and "AWS": { "Region" } in appsettings*.json passed as AdditionalFiles. A RegionEndpoint is
/// reported only where it chooses where a client, request or resource goes (<see cref="ChoosesRegion"/>): not as a
/// dictionary key, an element of a list of Regions, in a comparison or given to .NET or library code. Silent while the
/// option is unset.
/// Fix: one code action per allowed Region.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RegionNotAllowedAnalyzer : ResponsibilityAnalyzer
{
    public RegionNotAllowedAnalyzer()
        : base(Descriptors.SRM1001_RegionNotAllowed)
    {
    }

    private enum Kind
    {
        /// <summary>A string holding a Region name (AuthenticationRegion, BucketRegionName, RegionName).</summary>
        RegionString,

        /// <summary>A URL whose host names a Region (ServiceURL).</summary>
        Url,

        /// <summary>An S3Region (PutBucketRequest.BucketRegion).</summary>
        S3Region,
    }

    private protected override bool HasCdkForm => true;

    /// <summary>The CDK form: <c>new Environment { Region = "us-east-1" }</c>, the Env of a Stack.</summary>
    private protected override void RegisterConstructs(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.CdkEnvironment] is not { } environment)
        {
            return;
        }

        var properties = new (INamedTypeSymbol? Type, string Name, Kind Kind)[] { (environment, "Region", Kind.RegionString) };
        var none = new RegionFields(null);
        context.RegisterOperationAction(operation => Assignment(operation, properties, none, none), OperationKind.SimpleAssignment);
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var endpoints = new RegionFields(types[AwsType.RegionEndpoint]);
        var s3Regions = new RegionFields(types[AwsType.S3Region]);
        var properties = new (INamedTypeSymbol? Type, string Name, Kind Kind)[]
        {
            (types[AwsType.ClientConfig], "AuthenticationRegion", Kind.RegionString),
            (types[AwsType.ClientConfig], "ServiceURL", Kind.Url),
            (types[AwsType.DefaultClientConfig], "AuthenticationRegion", Kind.RegionString),
            (types[AwsType.DefaultClientConfig], "ServiceURL", Kind.Url),
            (types[AwsType.PutBucketRequest], "BucketRegionName", Kind.RegionString),
            (types[AwsType.PutBucketRequest], "BucketRegion", Kind.S3Region),
            (types[AwsType.DynamoDBReplica], "RegionName", Kind.RegionString),
            (types[AwsType.DynamoDBCreateReplicaAction], "RegionName", Kind.RegionString),
            (types[AwsType.DynamoDBCreateReplicationGroupMemberAction], "RegionName", Kind.RegionString),
        }.Where(property => property.Type is not null).ToArray();

        if (endpoints.Type is not null)
        {
            context.RegisterOperationAction(operation => FieldReference(operation, endpoints), OperationKind.FieldReference);
            context.RegisterOperationAction(operation => GetBySystemName(operation, endpoints), OperationKind.Invocation);
        }

        context.RegisterOperationAction(operation => Assignment(operation, properties, endpoints, s3Regions), OperationKind.SimpleAssignment);
        context.RegisterAdditionalFileAction(AppSettingsFile);
    }

    /// <summary><c>RegionEndpoint.USEast1</c>, wherever it is used to choose a Region.</summary>
    private static void FieldReference(OperationAnalysisContext operation, RegionFields endpoints)
    {
        var reference = (IFieldReferenceOperation)operation.Operation;
        if (endpoints.SystemNameOf(reference.Field) is not { } region
            || Allowed(operation) is not { } allowed
            || allowed.Allows(region)
            || !ChoosesRegion(reference, endpoints.Type!, 0))
        {
            return;
        }

        Report(operation, reference, ServiceAround(reference), $"RegionEndpoint.{reference.Field.Name} is {region}", allowed, name => endpoints.Expression(name) ?? BySystemName(name));
    }

    /// <summary><c>RegionEndpoint.GetBySystemName("us-east-1")</c>, the string written in place or held in a constant or local.</summary>
    private static void GetBySystemName(OperationAnalysisContext operation, RegionFields endpoints)
    {
        var invocation = (IInvocationOperation)operation.Operation;
        if (invocation.TargetMethod is not { IsStatic: true, Name: "GetBySystemName" } method
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, endpoints.Type)
            || invocation.Arguments.Length != 1
            || Allowed(operation) is not { } allowed
            || !ChoosesRegion(invocation, endpoints.Type!, 0))
        {
            return;
        }

        var argument = invocation.Arguments[0].Value;
        foreach (var leaf in Values.Leaves(argument))
        {
            if (Values.ConstantString(leaf) is not { } region || !RegionNames.IsRegionName(region) || allowed.Allows(region))
            {
                continue;
            }

            // One arm of a conditional is fixed in place; a whole argument, by the RegionEndpoint field.
            var reported = Values.ReportedPart(leaf, argument);
            var whole = reported.Syntax.Span == argument.Syntax.Span;
            Report(
                operation,
                whole ? invocation : reported,
                ServiceAround(invocation),
                $"RegionEndpoint.GetBySystemName(\"{region}\") is {region}",
                allowed,
                whole ? name => endpoints.Expression(name) ?? BySystemName(name) : reported is ILiteralOperation ? Literal : null);
        }
    }

    /// <summary>A Region string, ServiceURL or S3Region given to a property that places data or signs for a Region.</summary>
    private static void Assignment(OperationAnalysisContext operation, (INamedTypeSymbol? Type, string Name, Kind Kind)[] properties, RegionFields endpoints, RegionFields s3Regions)
    {
        var assignment = (ISimpleAssignmentOperation)operation.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target
            || properties.FirstOrDefault(p => Symbols.Is(target.Property, p.Type, p.Name)) is not { Type: not null } property
            || Allowed(operation) is not { } allowed)
        {
            return;
        }

        var owner = target.Instance?.Type ?? target.Property.ContainingType;
        var service = ResponsibilityModel.ServiceOf(owner.ContainingNamespace?.ToDisplayString() ?? string.Empty);
        foreach (var leaf in Values.Leaves(assignment.Value))
        {
            var reported = Values.ReportedPart(leaf, assignment.Value);
            var inPlace = reported == leaf;
            switch (property.Kind)
            {
                case Kind.RegionString when Values.ConstantString(leaf) is { } region && RegionNames.IsRegionName(region) && !allowed.Allows(region):
                    Report(operation, reported, service, $"{owner.Name}.{property.Name} is {region}", allowed, inPlace && leaf is ILiteralOperation ? Literal : null);
                    break;
                case Kind.Url when Values.ConstantString(leaf) is { } url && RegionNames.InServiceUrl(url) is (string region, int index) && !allowed.Allows(region):
                    Report(
                        operation,
                        reported,
                        service,
                        $"the Region in {owner.Name}.{property.Name} {url} is {region}",
                        allowed,
                        inPlace && leaf is ILiteralOperation ? name => Literal(url.Substring(0, index) + name + url.Substring(index + region.Length)) : null);
                    break;
                case Kind.S3Region when S3RegionName(leaf, s3Regions) is { } region && !allowed.Allows(region):
                    Report(
                        operation,
                        reported,
                        service,
                        $"{owner.Name}.{property.Name} is {region}",
                        allowed,
                        !inPlace ? null : leaf is IFieldReferenceOperation ? name => s3Regions.Expression(name) ?? Literal(name) : leaf is ILiteralOperation ? Literal : null);
                    break;
            }
        }
    }

    /// <summary>"AWS": { "Region": "us-east-1" } in appsettings*.json, which AWSSDK.Extensions.NETCore.Setup binds to AWSOptions.Region.</summary>
    private static void AppSettingsFile(AdditionalFileAnalysisContext file)
    {
        var path = file.AdditionalFile.Path;
        if (!AppSettings.IsAppSettings(path)
            || SrmOptions.AllowedRegions.Get(file.Options, file.AdditionalFile) is not { IsConfigured: true } allowed
            || file.AdditionalFile.GetText(file.CancellationToken) is not { } text)
        {
            return;
        }

        foreach (var (region, span) in AppSettings.AwsRegions(text.ToString()))
        {
            if (RegionNames.IsRegionName(region) && !allowed.Allows(region))
            {
                file.ReportDiagnostic(Descriptors.SRM1001_RegionNotAllowed.Create(
                    Location.Create(path, span, text.Lines.GetLinePositionSpan(span)),
                    ResponsibilityModel.AnyService,
                    Finding($"AWS:Region in {System.IO.Path.GetFileName(path)} is {region}", allowed)));
            }
        }
    }

    private static AllowedRegions? Allowed(OperationAnalysisContext operation) =>
        SrmOptions.AllowedRegions.Get(operation.Options, operation.Operation.Syntax.SyntaxTree) is { IsConfigured: true } allowed ? allowed : null;

    private static void Report(OperationAnalysisContext operation, IOperation reported, AwsService service, string what, AllowedRegions allowed, System.Func<string, string?>? replacement)
    {
        // A Region given to a client of a store that is not AWS (a MinIO config's AuthenticationRegion) places nothing in AWS.
        if (ClientEndpoints.For(AwsTypes.For(operation.Compilation)).IsWrittenForNotAws(reported, operation.Options))
        {
            return;
        }

        var choices = replacement is null
            ? null
            : allowed.Names.Select(name => (Name: name, Expression: replacement(name))).Where(choice => choice.Expression is not null).Select(choice => (choice.Name, choice.Expression!));
        operation.ReportDiagnostic(Descriptors.SRM1001_RegionNotAllowed.Create(
            reported.Syntax.GetLocation(),
            service,
            Finding(what, allowed),
            choices is null ? null : Remedy.Choices(choices)));
    }

    private static string Finding(string what, AllowedRegions allowed) =>
        $"{what}, a Region srm.allowed_regions ({allowed}) does not list; data placed there is outside the Regions you chose for it";

    /// <summary>The Region an S3Region leaf stands for: its field (S3Region.USEast1), or a Region name it is made from ("EU" is eu-west-1).</summary>
    private static string? S3RegionName(IOperation leaf, RegionFields s3Regions)
    {
        if (leaf is IFieldReferenceOperation { Field: var field })
        {
            return s3Regions.SystemNameOf(field);
        }

        var name = s3Regions.Type is { } type ? Values.MemberName(leaf, type) ?? Values.ConstantString(leaf) : Values.ConstantString(leaf);
        return name == "EU" ? "eu-west-1" : RegionNames.IsRegionName(name) ? name : null;
    }

    /// <summary>
    /// True when a RegionEndpoint value decides where a client, request or resource goes: given to a constructor or
    /// method of the AWS SDK (a client, <c>TransferUtility</c>, a derived client's <c>base(…)</c>), assigned to a
    /// RegionEndpoint property or field (<c>ClientConfig.RegionEndpoint</c>, <c>AWSOptions.Region</c>,
    /// <c>AWSConfigs.RegionEndpoint</c>, a settings class of ours) or used to initialize one, returned as a RegionEndpoint,
    /// given to a method of ours that takes a RegionEndpoint, kept in a local that is used so, or one of a list the same
    /// method walks with <c>foreach</c> or indexes. Not a choice: a dictionary key or value, an element of a list of
    /// Regions kept for display or lookup, a comparison (<c>==</c>, <c>Equals</c>), <c>nameof</c>, a member read
    /// (<c>.DisplayName</c>), text made of it, or an argument to .NET or another library.
    /// </summary>
    private static bool ChoosesRegion(IOperation value, INamedTypeSymbol regionEndpoint, int depth)
    {
        if (depth > 6)
        {
            return false;
        }

        var outer = Through(value);
        switch (outer.Parent)
        {
            case IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation collection } } add }
                when add.TargetMethod.Name == "Add" && add.Arguments.Length == 1:
                // new List<RegionEndpoint> { RegionEndpoint.USEast1, … }
                return ElementChooses(collection, regionEndpoint, depth + 1);
            case IArgumentOperation { Parent: var call, Parameter: var parameter }:
                var callee = call switch
                {
                    IInvocationOperation invocation => invocation.TargetMethod,
                    IObjectCreationOperation creation => creation.Constructor,
                    _ => null, // an indexer's argument: a dictionary key
                };
                return callee is not null
                    && (Keys.IsAwsApi(callee)
                        || (callee.DeclaringSyntaxReferences.Length > 0 && SymbolEqualityComparer.Default.Equals(parameter?.Type, regionEndpoint)));
            case ISimpleAssignmentOperation assignment when assignment.Value == outer:
                return assignment.Target switch
                {
                    ILocalReferenceOperation local => LocalChooses(local.Local, outer, regionEndpoint, depth),
                    IPropertyReferenceOperation { Property: { IsIndexer: false } property } => SymbolEqualityComparer.Default.Equals(property.Type, regionEndpoint),
                    IFieldReferenceOperation { Field: var field } => SymbolEqualityComparer.Default.Equals(field.Type, regionEndpoint),
                    _ => false,
                };
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var declared } }:
                return LocalChooses(declared, outer, regionEndpoint, depth);
            case IFieldInitializerOperation { InitializedFields: var fields }:
                return fields.Any(field => SymbolEqualityComparer.Default.Equals(field.Type, regionEndpoint));
            case IPropertyInitializerOperation { InitializedProperties: var initialized }:
                return initialized.Any(property => SymbolEqualityComparer.Default.Equals(property.Type, regionEndpoint));
            case IReturnOperation @return:
                return SymbolEqualityComparer.Default.Equals(@return.ReturnedValue?.Type, regionEndpoint);
            case IArrayInitializerOperation { Parent: IArrayCreationOperation array }:
                return ElementChooses(array, regionEndpoint, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>A local holding a Region chooses when one of its reads does.</summary>
    private static bool LocalChooses(ILocalSymbol local, IOperation anyInMethod, INamedTypeSymbol regionEndpoint, int depth)
    {
        foreach (var read in MethodFacts.Of(anyInMethod).Of(local).Reads)
        {
            if (ChoosesRegion(read, regionEndpoint, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A list of Regions chooses when the same method takes an element out of it to choose with: <c>foreach</c> over it
    /// (directly or through the local that holds it), or an element read by index.
    /// </summary>
    private static bool ElementChooses(IOperation list, INamedTypeSymbol regionEndpoint, int depth)
    {
        if (depth > 6)
        {
            return false;
        }

        var outer = Values.Outer(list);
        switch (outer.Parent)
        {
            case IForEachLoopOperation loop when loop.Collection == outer:
                return loop.Locals.Any(local => LocalChooses(local, loop, regionEndpoint, depth));
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } }:
                foreach (var read in MethodFacts.Of(outer).Of(local).Reads)
                {
                    var element = Values.Outer(read).Parent switch
                    {
                        IArrayElementReferenceOperation index => (IOperation)index,
                        IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer,
                        _ => null,
                    };
                    if (element is not null ? ChoosesRegion(element, regionEndpoint, depth + 1) : ElementChooses(read, regionEndpoint, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>The expression around a value that says what is done with it: through casts, parentheses and the arms of <c>?:</c>, <c>??</c> and <c>switch</c>.</summary>
    private static IOperation Through(IOperation value)
    {
        var outer = value;
        while (true)
        {
            switch (outer.Parent)
            {
                case IConversionOperation or IParenthesizedOperation:
                case IConditionalOperation conditional when conditional.WhenTrue == outer || conditional.WhenFalse == outer:
                case ICoalesceOperation:
                    outer = outer.Parent;
                    continue;
                case ISwitchExpressionArmOperation arm when arm.Value == outer && arm.Parent is ISwitchExpressionOperation expression:
                    outer = expression;
                    continue;
                default:
                    return outer;
            }
        }
    }

    /// <summary>The service whose client, config or request receives the value (AmazonS3Client → S3); any AWS service otherwise.</summary>
    private static AwsService ServiceAround(IOperation value)
    {
        for (var current = value.Parent; current is not null; current = current.Parent)
        {
            var type = current switch
            {
                IObjectCreationOperation creation => creation.Type,
                IInvocationOperation invocation => invocation.TargetMethod.ContainingType,
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } => property.Instance?.Type ?? property.Property.ContainingType,
                _ => null,
            };
            if (type is not null)
            {
                return ResponsibilityModel.ServiceOf(type.ContainingNamespace?.ToDisplayString() ?? string.Empty);
            }

            if (current is IBlockOperation or IVariableDeclaratorOperation)
            {
                break;
            }
        }

        return ResponsibilityModel.AnyService;
    }

    private static string BySystemName(string region) => $"global::Amazon.RegionEndpoint.GetBySystemName({Literal(region)})";

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
