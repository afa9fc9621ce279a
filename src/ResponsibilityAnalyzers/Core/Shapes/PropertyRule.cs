using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The most common rule shape, as data: one property of AWS SDK objects must not be given some values (a public
/// canned ACL, <c>false</c>, <c>null</c>), and, for some requests, must not be left out. A row names the property,
/// the types that hold it, what is wrong with each value and the value the fix writes; <see cref="PropertyRuleAnalyzer"/>
/// runs every row the same way, over the flow engine (<see cref="Values.Leaves"/>, <see cref="RequestState"/>).
/// </summary>
internal sealed class PropertyRule
{
    /// <param name="rule">The diagnostic.</param>
    /// <param name="service">The service whose duty the rule guards (the message names it).</param>
    /// <param name="property">The property's name; null for any property whose type is <paramref name="valueType"/>.</param>
    /// <param name="holders">The types that declare the property (types derived from them count); empty for any type.</param>
    /// <param name="valueType">The SDK ConstantClass or enum the property holds; null for a bool or bool?.</param>
    /// <param name="unsafeValue">
    /// What is wrong with a value, for the message: called with the member name ("PublicRead", the wire string
    /// "public-read") or, for a bool, "true", "false" or "null", and the name of the holder type; null when the value is fine.
    /// </param>
    /// <param name="safeValue">The C# expression the fix writes instead; null for a rule without a fix.</param>
    /// <param name="requiredOn">Requests that must set the property: a creation of one that leaves it out is reported at its <c>new</c>.</param>
    /// <param name="whenMissing">The finding when a request of <paramref name="requiredOn"/> leaves the property out: "{Operation} does not set …".</param>
    /// <param name="notRequired">A request of <paramref name="requiredOn"/> that leaves the property out with reason (an instance that joins a cluster).</param>
    /// <param name="exempt">A value the configuration allows (a bucket listed in srm.public_buckets).</param>
    public PropertyRule(
        DiagnosticDescriptor rule,
        AwsService service,
        string? property,
        ImmutableArray<AwsType> holders,
        AwsType? valueType,
        Func<string, string, string?> unsafeValue,
        string? safeValue,
        ImmutableArray<AwsType> requiredOn = default,
        Func<string, string>? whenMissing = null,
        Func<IObjectCreationOperation, RequestState, AwsTypes, bool>? notRequired = null,
        Func<OperationAnalysisContext, ISimpleAssignmentOperation, bool>? exempt = null)
    {
        Rule = rule;
        Service = service;
        Property = property;
        Holders = holders;
        ValueType = valueType;
        UnsafeValue = unsafeValue;
        SafeValue = safeValue;
        RequiredOn = requiredOn.IsDefault ? ImmutableArray<AwsType>.Empty : requiredOn;
        WhenMissing = whenMissing;
        NotRequired = notRequired;
        Exempt = exempt;
    }

    public DiagnosticDescriptor Rule { get; }

    public AwsService Service { get; }

    public string? Property { get; }

    public ImmutableArray<AwsType> Holders { get; }

    public AwsType? ValueType { get; }

    public Func<string, string, string?> UnsafeValue { get; }

    public string? SafeValue { get; }

    public ImmutableArray<AwsType> RequiredOn { get; }

    public Func<string, string>? WhenMissing { get; }

    public Func<IObjectCreationOperation, RequestState, AwsTypes, bool>? NotRequired { get; }

    public Func<OperationAnalysisContext, ISimpleAssignmentOperation, bool>? Exempt { get; }
}

/// <summary>Runs one <see cref="PropertyRule"/>: each rule of that shape is this class with its row.</summary>
public abstract class PropertyRuleAnalyzer : ResponsibilityAnalyzer
{
    private readonly PropertyRule _row;

    private protected PropertyRuleAnalyzer(PropertyRule row)
        : base(row.Rule) => _row = row;

    private protected sealed override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var valueType = _row.ValueType is { } type ? types[type] : null;
        var holders = types.Present(_row.Holders.ToArray());
        if (_row.ValueType is not null && valueType is null || !_row.Holders.IsEmpty && holders.IsEmpty)
        {
            return;
        }

        var endpoints = ClientEndpoints.For(types);
        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is IPropertyReferenceOperation target && Reads(target.Property, holders, valueType))
                {
                    CheckValue(operation, assignment, target.Property.ContainingType.Name, valueType, endpoints);
                }
            },
            OperationKind.SimpleAssignment);

        var requiredOn = types.Present(_row.RequiredOn.ToArray());
        if (_row.Property is { } property && !requiredOn.IsEmpty)
        {
            RequestChecks.OnCreation(context, requiredOn, (operation, creation, request) =>
            {
                if (request.IsMissing(property) && _row.NotRequired?.Invoke(creation, request, types) != true)
                {
                    operation.ReportDiagnostic(_row.Rule.Create(
                        Locations.Head(creation),
                        _row.Service,
                        _row.WhenMissing!(RequestChecks.Operation(creation.Type)),
                        _row.SafeValue is { } safe ? Remedy.Set((property, safe)) : null));
                }
            });
        }
    }

    private bool Reads(IPropertySymbol property, ImmutableArray<INamedTypeSymbol> holders, INamedTypeSymbol? valueType) =>
        (_row.Property is null || property.Name == _row.Property)
        && (holders.IsEmpty || RequestChecks.IsAny(property, property.Name, holders))
        && (valueType is null ? IsBool(property.Type) : SymbolEqualityComparer.Default.Equals(property.Type, valueType));

    private void CheckValue(OperationAnalysisContext operation, ISimpleAssignmentOperation assignment, string holder, INamedTypeSymbol? valueType, ClientEndpoints endpoints)
    {
        var exemptionRead = false;
        foreach (var leaf in Values.Leaves(assignment.Value))
        {
            if (ValueText(leaf, valueType) is not { } value || _row.UnsafeValue(value, holder) is not { } finding)
            {
                continue;
            }

            if (!exemptionRead)
            {
                exemptionRead = true;
                if (_row.Exempt?.Invoke(operation, assignment) == true || endpoints.IsWrittenForNotAws(assignment, operation.Options))
                {
                    return;
                }
            }

            // Reported where the property is given the value, so the IDE shows it with the statement being edited;
            // a value written in an earlier statement (a local, a constant) is shown beside it. The fix replaces the value where the property gets it, not the local, which may serve other code.
            var site = Locations.Inside(assignment, leaf, assignment.Value);
            operation.ReportDiagnostic(_row.Rule.Create(site.Location, _row.Service, finding, _row.SafeValue is { } safe ? Remedy.Replace(safe) : null, site.Additional));
            if (site.Moved)
            {
                return; // one report for the whole value
            }
        }
    }

    /// <summary>The member a leaf is ("PublicRead"), or for a bool "true", "false" or "null"; null when the code does not say.</summary>
    private static string? ValueText(IOperation leaf, INamedTypeSymbol? valueType) =>
        valueType is not null ? Values.MemberName(leaf, valueType)
        : Values.TryGetConstant(leaf, out var constant) ? constant switch { true => "true", false => "false", null => "null", _ => null }
        : null;

    private static bool IsBool(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Boolean
        || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean;
}
