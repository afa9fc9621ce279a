using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The CDK form of a rule, as data: one property of an AWS CDK construct's props (<c>BucketProps.Versioned</c>) must
/// not be given some values, and, for some rules, must not be left out. The props are read where they are built
/// (<c>new BucketProps { … }</c>, inline in the construct's <c>new</c> or in a local first, with later assignments to
/// it, through <see cref="RequestState"/>: the last value given in the method counts, and one given in a later
/// statement is reported where it is written); a construct created with no props at all (<c>new Bucket(this, "B")</c>)
/// leaves every property out and is reported at its <c>new</c>. Several rows of one rule run as one analyzer: the
/// analyzer of the rule's SDK form lists them in <see cref="ResponsibilityAnalyzer"/>.Constructs, so the id, its
/// severity, presets and suppressions are the same for both forms.
/// </summary>
internal sealed class ConstructRule
{
    /// <param name="rule">The diagnostic (the SDK twin's, where there is one).</param>
    /// <param name="service">The service whose duty the rule guards.</param>
    /// <param name="construct">The L2 construct class (<c>Amazon.CDK.AWS.S3.Bucket</c>): created without props, every property is left out.</param>
    /// <param name="props">Its props class (<c>BucketProps</c>).</param>
    /// <param name="property">The props property the row reads.</param>
    /// <param name="valueType">The CDK enum or class the property holds (<c>BucketEncryption</c>); null for a bool.</param>
    /// <param name="unsafeValue">
    /// What is wrong with a value given the other props, for the message: called with the enum member or static
    /// property name ("UNENCRYPTED", "BLOCK_ACLS"), for a bool "true", "false" or "null", or for a <c>new</c> of the
    /// value type "new:" and the option properties it sets to false; null when the value is fine.
    /// </param>
    /// <param name="safeValue">The value the fix writes (a fully qualified constant, or a new object); null for a row without a fix.</param>
    /// <param name="whenMissing">The finding when the property is left out, given the construct's name ("Bucket"); null when leaving it out is fine.</param>
    /// <param name="notRequired">Leaving the property out is fine given the other props (an asymmetric KMS key cannot rotate).</param>
    /// <param name="appliesWhen">The configuration the row is for (<c>srm.required_s3_sse = sse-kms</c>); null for a row that always applies.</param>
    public ConstructRule(
        DiagnosticDescriptor rule,
        AwsService service,
        AwsType construct,
        AwsType props,
        string property,
        AwsType? valueType,
        Func<string, RequestState, string?>? unsafeValue,
        Fact? safeValue,
        Func<string, string>? whenMissing = null,
        Func<RequestState, bool>? notRequired = null,
        Func<AnalyzerOptions, SyntaxTree, bool>? appliesWhen = null)
    {
        Rule = rule;
        Service = service;
        Construct = construct;
        Props = props;
        Property = property;
        ValueType = valueType;
        UnsafeValue = unsafeValue;
        SafeValue = safeValue;
        WhenMissing = whenMissing;
        NotRequired = notRequired;
        AppliesWhen = appliesWhen;
    }

    public DiagnosticDescriptor Rule { get; }

    public AwsService Service { get; }

    public AwsType Construct { get; }

    public AwsType Props { get; }

    public string Property { get; }

    public AwsType? ValueType { get; }

    public Func<string, RequestState, string?>? UnsafeValue { get; }

    public Fact? SafeValue { get; }

    public Func<string, string>? WhenMissing { get; }

    public Func<RequestState, bool>? NotRequired { get; }

    public Func<AnalyzerOptions, SyntaxTree, bool>? AppliesWhen { get; }

    private bool Applies(AnalyzerOptions options, SyntaxTree tree) => AppliesWhen?.Invoke(options, tree) != false;

    /// <summary>A bool the props must set to true: false, null or left out is the finding (<c>Versioned</c>, <c>PointInTimeRecovery</c>).</summary>
    public static ConstructRule MustBeTrue(DiagnosticDescriptor rule, AwsService service, AwsType construct, AwsType props, string property, Func<string, string> finding, Func<RequestState, bool>? notRequired = null) =>
        new(rule, service, construct, props, property, null, (value, _) => value is "false" or "null" ? $"{property} = {value}: " + finding(ConstructName(props)) : null, "true", finding, notRequired);

    /// <summary>A bool the props must not set to true (<c>PubliclyAccessible</c>, <c>PublicReadAccess</c>); left out is fine.</summary>
    public static ConstructRule MustNotBeTrue(DiagnosticDescriptor rule, AwsService service, AwsType construct, AwsType props, string property, string finding) =>
        new(rule, service, construct, props, property, null, (value, _) => value == "true" ? finding : null, "false");

    /// <summary>True when the props give <paramref name="property"/> the enum member or static property <paramref name="member"/> (<c>RemovalPolicy.RETAIN</c>).</summary>
    public static bool Sets(RequestState state, string property, string member) =>
        state[property] is { } value && Values.Leaves(value).Any(leaf => leaf switch
        {
            IFieldReferenceOperation { Field: { IsStatic: true } field } => field.Name == member,
            IPropertyReferenceOperation { Property: { IsStatic: true } staticProperty } => staticProperty.Name == member,
            _ => false,
        });

    private static string ConstructName(AwsType props)
    {
        var name = props.MetadataName.Substring(props.MetadataName.LastIndexOf('.') + 1);
        var nested = name.IndexOf('+');
        return nested >= 0 ? name.Substring(0, nested) : name.Replace("Props", string.Empty); // CfnTable+PointInTimeRecoverySpecificationProperty: CfnTable
    }

    /// <summary>Registers every row of one rule (called by <see cref="ResponsibilityAnalyzer"/> when the CDK is referenced).</summary>
    public static void Register(CompilationStartAnalysisContext context, AwsTypes types, ImmutableArray<ConstructRule> rows)
    {
        var byProps = new Dictionary<INamedTypeSymbol, List<(ConstructRule Row, INamedTypeSymbol? ValueType)>>(SymbolEqualityComparer.Default);
        var byConstruct = new Dictionary<INamedTypeSymbol, List<ConstructRule>>(SymbolEqualityComparer.Default);
        foreach (var row in rows)
        {
            var valueType = row.ValueType is { } type ? types[type] : null;
            if (types[row.Props] is not { } props || row.ValueType is not null && valueType is null)
            {
                continue;
            }

            Add(byProps, props, (row, valueType));
            if (row.WhenMissing is not null && types[row.Construct] is { } construct)
            {
                Add(byConstruct, construct, row);
            }
        }

        if (byProps.Count == 0)
        {
            return;
        }

        CdkOperations.Register(
            context,
            types,
            operation =>
            {
                switch (operation.Operation)
                {
                    case IObjectCreationOperation creation:
                        OnCreation(operation, creation, byProps, byConstruct);
                        break;
                    case ISimpleAssignmentOperation assignment:
                        OnAssignment(operation, assignment, byProps);
                        break;
                }
            },
            OperationKind.ObjectCreation,
            OperationKind.SimpleAssignment);
    }

    private static void OnCreation(
        CdkOperation findings,
        IObjectCreationOperation creation,
        Dictionary<INamedTypeSymbol, List<(ConstructRule Row, INamedTypeSymbol? ValueType)>> byProps,
        Dictionary<INamedTypeSymbol, List<ConstructRule>> byConstruct)
    {
        if (creation.Type is not INamedTypeSymbol type)
        {
            return;
        }

        if (byProps.TryGetValue(type, out var propsRows))
        {
            CheckProps(findings, creation, propsRows);
        }
        else if (byConstruct.TryGetValue(type, out var constructRows) && HasNoProps(creation))
        {
            foreach (var row in constructRows)
            {
                if (!row.Applies(findings.Options, creation.Syntax.SyntaxTree))
                {
                    continue;
                }

                var replacement = row.SafeValue is { } safe ? WithProps(creation, type, row.Props, row.Property, safe) : null;
                findings.ReportDiagnostic(row.Rule.Create(
                    Locations.Head(creation),
                    row.Service,
                    row.WhenMissing!(type.Name.TrimEnd('_')),
                    replacement is { } fix ? Remedy.Replace(fix.Value) : null,
                    replacement?.Arguments ?? System.Array.Empty<Location>()));
            }
        }
    }

    private static void OnAssignment(CdkOperation findings, ISimpleAssignmentOperation assignment, Dictionary<INamedTypeSymbol, List<(ConstructRule Row, INamedTypeSymbol? ValueType)>> byProps)
    {
        if (assignment.Target is IPropertyReferenceOperation { Instance: not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } target
            && byProps.TryGetValue(target.Property.ContainingType, out var propsRows))
        {
            CheckLaterAssignment(findings, assignment, target, propsRows);
        }
    }

    private static void Add<T>(Dictionary<INamedTypeSymbol, List<T>> map, INamedTypeSymbol key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<T>();
        }

        list.Add(value);
    }

    private static void CheckProps(CdkOperation findings, IObjectCreationOperation creation, List<(ConstructRule Row, INamedTypeSymbol? ValueType)> rows)
    {
        var state = RequestState.Of(creation);
        if (state.Creation != creation)
        {
            return; // the local is later given other props: those are checked
        }

        foreach (var (row, valueType) in rows)
        {
            if (!row.Applies(findings.Options, creation.Syntax.SyntaxTree))
            {
                continue;
            }

            if (state[row.Property] is { } value)
            {
                if (row.UnsafeValue is not null && InitializerAssignment(creation, row.Property) is { } assignment && assignment.Value == value)
                {
                    CheckValue(findings, row, valueType, assignment, state);
                }
            }
            else if (row.WhenMissing is not null && state.IsMissing(row.Property) && row.NotRequired?.Invoke(state) != true)
            {
                findings.ReportDiagnostic(row.Rule.Create(
                    Locations.Head(creation),
                    row.Service,
                    row.WhenMissing(ConstructName(row.Props)),
                    row.SafeValue is { } safe ? Remedy.Set((row.Property, safe)) : null));
            }
        }
    }

    /// <summary>
    /// A value given in a statement after the props are built (<c>props.Versioned = false;</c>): reported where it is
    /// written when it is the value the props end with in this method (a later <c>= true</c> wins, as it does at synth).
    /// </summary>
    private static void CheckLaterAssignment(CdkOperation findings, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, List<(ConstructRule Row, INamedTypeSymbol? ValueType)> rows)
    {
        RequestState? state = null;
        foreach (var (row, valueType) in rows)
        {
            if (row.Property != target.Property.Name || row.UnsafeValue is null || !row.Applies(findings.Options, assignment.Syntax.SyntaxTree))
            {
                continue;
            }

            state ??= RequestState.OfAssignmentTarget(target);
            if (state?[row.Property] == assignment.Value)
            {
                CheckValue(findings, row, valueType, assignment, state);
            }
        }
    }

    /// <summary>The initializer's assignment of the property (a value given in a later statement is checked where it is written).</summary>
    private static ISimpleAssignmentOperation? InitializerAssignment(IObjectCreationOperation creation, string property)
    {
        if (creation.Initializer is null)
        {
            return null;
        }

        foreach (var member in creation.Initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && target.Property.Name == property)
            {
                return assignment;
            }
        }

        return null;
    }

    private static void CheckValue(CdkOperation findings, ConstructRule row, INamedTypeSymbol? valueType, ISimpleAssignmentOperation assignment, RequestState state)
    {
        foreach (var leaf in Values.Leaves(assignment.Value))
        {
            if (ValueText(leaf, valueType) is not { } text || row.UnsafeValue!(text, state) is not { } finding)
            {
                continue;
            }

            var site = Locations.Inside(assignment, Values.WithCasts(leaf), assignment.Value);
            findings.ReportDiagnostic(row.Rule.Create(
                site.Location,
                row.Service,
                finding,
                row.SafeValue is { } safe ? Remedy.Replace(safe).At(site) : null,
                site.Additional));
            if (site.Moved)
            {
                return;
            }
        }
    }

    /// <summary>
    /// What a value is: the member of a CDK enum, the static property or factory method of a CDK class (<c>BlockPublicAccess.BLOCK_ACLS</c>),
    /// "new:" and the option properties set to false for a <c>new</c> of the class, for a bool "true", "false" or "null",
    /// for a string constant the string.
    /// </summary>
    private static string? ValueText(IOperation leaf, INamedTypeSymbol? valueType)
    {
        if (valueType is null)
        {
            // An L1 prop typed object (bool | IResolvable) holds the boxed constant, seen through by Leaves; a string is CloudFormation's own ("Suspended").
            return Values.TryGetConstant(leaf, out var constant) ? constant switch { true => "true", false => "false", null => "null", string text => text, _ => null } : null;
        }

        switch (leaf)
        {
            case IFieldReferenceOperation { Field: { IsStatic: true } field } when SymbolEqualityComparer.Default.Equals(field.ContainingType, valueType):
                return field.Name;
            case IPropertyReferenceOperation { Property: { IsStatic: true } property } when SymbolEqualityComparer.Default.Equals(property.ContainingType, valueType):
                return property.Name;
            case IInvocationOperation { TargetMethod: { IsStatic: true } method } when SymbolEqualityComparer.Default.Equals(method.ContainingType, valueType):
                return method.Name; // a factory of the value type (TableEncryptionV2.AwsManagedKey())
            case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, valueType):
                var off = creation.Arguments.SelectMany(argument => RequestState.OfValue(argument.Value) is { } options ? FalseOptions(options, argument.Value) : Enumerable.Empty<string>());
                return "new:" + string.Join(",", off);
            default:
                return valueType.TypeKind == TypeKind.Enum ? EnumMember(leaf, valueType) : null;
        }
    }

    private static IEnumerable<string> FalseOptions(RequestState options, IOperation value)
    {
        if (Values.Unwrap(value) is not IObjectCreationOperation { Initializer: { } initializer })
        {
            yield break;
        }

        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } && options.FalseOrNullLeaves(target.Property.Name).Any())
            {
                yield return target.Property.Name;
            }
        }
    }

    /// <summary>An integer cast to the enum (<c>(BucketEncryption)0</c>): the member with that value.</summary>
    private static string? EnumMember(IOperation leaf, INamedTypeSymbol enumType)
    {
        foreach (var member in enumType.GetMembers().OfType<IFieldSymbol>())
        {
            if (Values.IsEnumMember(leaf, member))
            {
                return member.Name;
            }
        }

        return null;
    }

    /// <summary>A construct created with no props, or with null.</summary>
    private static bool HasNoProps(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == "props")
            {
                return argument.ArgumentKind == ArgumentKind.DefaultValue || Values.TryGetConstant(argument.Value, out var value) && value is null;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>new Construct(scope, id)</c> given props that set the property: the scope and id move (their comments kept),
    /// and their locations are the diagnostic's additional ones; null for another shape, or a comment the move would lose.
    /// </summary>
    private static (Fact Value, Location[] Arguments)? WithProps(IObjectCreationOperation creation, INamedTypeSymbol construct, AwsType props, string property, Fact value)
    {
        if (creation.Syntax is not ObjectCreationExpressionSyntax { ArgumentList: { } list, Initializer: null } syntax
            || list.Arguments.Count != 2
            || list.Arguments.Any(argument => argument.NameColon is not null || argument.RefKindKeyword.RawKind != 0)
            || syntax.DescendantTrivia().Any(trivia => !string.IsNullOrWhiteSpace(trivia.ToString()) && !list.Arguments.Any(argument => argument.Expression.FullSpan.Contains(trivia.Span))))
        {
            return null;
        }

        var newProps = Fact.New("global::" + props.MetadataName, members: new[] { (property, value) });
        return (Fact.New("global::" + construct.ToDisplayString(), new[] { Fact.Moved(0), Fact.Moved(1), newProps }), list.Arguments.Select(argument => argument.Expression.GetLocation()).ToArray());
    }
}

/// <summary>A rule with a CDK form only (EnforceSSL, KMS key rotation …): its rows, and nothing to register for the SDK.</summary>
public abstract class ConstructRuleAnalyzer : ResponsibilityAnalyzer
{
    private readonly ImmutableArray<ConstructRule> _rows;

    private protected ConstructRuleAnalyzer(params ConstructRule[] rows)
        : base(rows[0].Rule) => _rows = rows.ToImmutableArray();

    private protected sealed override ImmutableArray<ConstructRule> Constructs => _rows;

    private protected sealed override bool HasSdkForm => false;

#pragma warning disable RS1012 // never called: HasSdkForm is false, the rows register through Constructs
    private protected sealed override void Register(CompilationStartAnalysisContext context, AwsTypes types)
#pragma warning restore RS1012
    {
    }
}
