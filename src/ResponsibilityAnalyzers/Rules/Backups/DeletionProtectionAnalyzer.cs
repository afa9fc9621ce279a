using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>
/// SRM4003: a DynamoDB table created without DeletionProtectionEnabled = true (a CreateTableRequest that leaves it
/// unset or sets it false, or the CreateTable overload that cannot set it), or an UpdateTable that sets it false.
/// Silent on a table the same type deletes again or gives a Time to Live (temporary data). Fix: true (added to the
/// request's initializer when unset).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeletionProtectionAnalyzer : ResponsibilityAnalyzer
{
    /// <summary>The CDK form: a Table or TableV2 whose props leave DeletionProtection out or set it to false.</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(
        Cdk(AwsType.CdkTable, AwsType.CdkTableProps),
        Cdk(AwsType.CdkTableV2, AwsType.CdkTablePropsV2),
        ConstructRule.MustBeTrue(
            Descriptors.SRM4003_TableWithoutDeletionProtection,
            ResponsibilityModel.DynamoDB,
            AwsType.CdkCfnTable,
            AwsType.CdkCfnTableProps,
            "DeletionProtectionEnabled",
            table => $"the CDK {table} is declared without deletion protection (DeletionProtectionEnabled = true): one DeleteTable, or a stack update that replaces it, removes every item"));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    private static ConstructRule Cdk(AwsType construct, AwsType props) => ConstructRule.MustBeTrue(
        Descriptors.SRM4003_TableWithoutDeletionProtection,
        ResponsibilityModel.DynamoDB,
        construct,
        props,
        "DeletionProtection",
        table => $"the CDK {table} is declared without deletion protection (DeletionProtection = true): one DeleteTable, or a stack update that replaces it, removes every item",
        notRequired: state => ResourceLifetime.DestroyedWithStack(state, bucket: false));

    private const string Property = "DeletionProtectionEnabled";

    public DeletionProtectionAnalyzer()
        : base(Descriptors.SRM4003_TableWithoutDeletionProtection)
    {
    }

    /// <summary>What a type's source names when it may create a table or turn its protection off (the findings; ends alone report nothing).</summary>
    private static readonly string[] Triggers = [.. Identifiers.Operation("CreateTable"), "CreateTableRequest", Property];

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.CreateTableRequest] is not { } createTable || types[AwsType.UpdateTableRequest] is not { } updateTable)
        {
            return;
        }

        // Decided per type: a table the same type deletes again, or lets every item expire, is temporary.
        var endpoints = ClientEndpoints.For(types);
        TypeScope.RegisterOperations(
            context,
            Triggers,
            operation => operation switch
            {
                ISimpleAssignmentOperation assignment => TurnedOff(assignment, createTable, updateTable),
                IObjectCreationOperation creation => CreatedUnprotected(creation, createTable),
                IInvocationOperation invocation => CreatedByOverload(invocation, types)
                    ?? (ResourceLifetime.EndsTable(invocation, types) is { IsDefault: false } ended ? new Finding(ImmutableArray<Diagnostic>.Empty, ended, invocation) : null),
                _ => null,
            },
            (end, found, own) =>
            {
                var ends = found.Where(item => item.Diagnostics.IsEmpty).ToArray();
                foreach (var item in found.Where(item => !item.Diagnostics.IsEmpty && !(ends.Length > 0 && IsTemporary(item, ends, own)) && !IsForNotAws(item.Operation, endpoints, end.Options)))
                {
                    foreach (var diagnostic in item.Diagnostics)
                    {
                        end.ReportDiagnostic(diagnostic);
                    }
                }
            },
            OperationKind.SimpleAssignment,
            OperationKind.ObjectCreation,
            OperationKind.Invocation);
    }

    /// <summary>DeletionProtectionEnabled = false (or a value that can be false) on a CreateTableRequest or UpdateTableRequest: one finding per false.</summary>
    private static Finding? TurnedOff(ISimpleAssignmentOperation assignment, INamedTypeSymbol createTable, INamedTypeSymbol updateTable)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: Property } property } target
            || !(SymbolEqualityComparer.Default.Equals(property.ContainingType, createTable) || SymbolEqualityComparer.Default.Equals(property.ContainingType, updateTable)))
        {
            return null;
        }

        var diagnostics = Values.Leaves(assignment.Value).Where(Values.IsFalse).Select(leaf =>
        {
            var site = Locations.Inside(assignment, leaf, assignment.Value);
            return Descriptors.SRM4003_TableWithoutDeletionProtection.Create(
                site.Location,
                ResponsibilityModel.DynamoDB,
                "DeletionProtectionEnabled = false lets one DeleteTable call remove the table and every item in it",
                Remedy.Replace("true"),
                site.Additional);
        }).ToImmutableArray();
        return diagnostics.IsEmpty ? null : new Finding(diagnostics, ResourceName.Of(RequestState.OfAssignmentTarget(target)?["TableName"]), assignment);
    }

    /// <summary>Unset: the table is created unprotected. Set anywhere in the method (to anything): the assignment decides.</summary>
    private static Finding? CreatedUnprotected(IObjectCreationOperation creation, INamedTypeSymbol createTable)
    {
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, createTable))
        {
            return null;
        }

        var request = RequestState.Of(creation);
        return request.IsMissing(Property)
            ? new Finding(
                ImmutableArray.Create(Descriptors.SRM4003_TableWithoutDeletionProtection.Create(
                    Location.Create(creation.Syntax.SyntaxTree, NewAndType(creation.Syntax)),
                    ResponsibilityModel.DynamoDB,
                    "the table is created without DeletionProtectionEnabled = true, so one DeleteTable call removes it and every item in it",
                    Remedy.Set((Property, "true")))),
                ResourceName.Of(request["TableName"]),
                creation)
            : null;
    }

    /// <summary>CreateTable(tableName, keySchema, attributeDefinitions, provisionedThroughput) has no way to set it.</summary>
    private static Finding? CreatedByOverload(IInvocationOperation invocation, AwsTypes types) =>
        types.IsOperation(invocation, AwsType.IAmazonDynamoDB, "CreateTable") && RequestState.OfRequestArgument(invocation) is null
            ? new Finding(
                ImmutableArray.Create(Descriptors.SRM4003_TableWithoutDeletionProtection.Create(
                    invocation.Syntax.GetLocation(),
                    ResponsibilityModel.DynamoDB,
                    "CreateTable(tableName, …) cannot set DeletionProtectionEnabled, so one DeleteTable call removes the table and every item in it")),
                ResourceLifetime.Tables(invocation),
                invocation)
            : null;

    /// <summary>A table of a store that is not AWS (DynamoDB Local): the setting is written for, the request sent to, or the call made on such a client.</summary>
    private static bool IsForNotAws(IOperation operation, ClientEndpoints endpoints, AnalyzerOptions options) => operation switch
    {
        IInvocationOperation invocation => endpoints.IsNotAws(invocation, options),
        IObjectCreationOperation creation => endpoints.IsSentToNotAws(creation, options),
        _ => endpoints.IsWrittenForNotAws(operation, options),
    };

    /// <summary>The <c>new CreateTableRequest</c> part of a creation, so the squiggle stays off the initializer.</summary>
    private static TextSpan NewAndType(SyntaxNode syntax) => syntax switch
    {
        ObjectCreationExpressionSyntax explicitType => TextSpan.FromBounds(explicitType.NewKeyword.SpanStart, explicitType.Type.Span.End),
        ImplicitObjectCreationExpressionSyntax implicitType => TextSpan.FromBounds(implicitType.NewKeyword.SpanStart, implicitType.ArgumentList.Span.End),
        _ => syntax.Span,
    };

    /// <summary>A table the type itself deletes again or gives a Time to Live, after creating it (<see cref="ResourceLifetime.RunsEnd"/>).</summary>
    private static bool IsTemporary(Finding finding, Finding[] ends, TypeCalls own)
    {
        var createdIn = ResourceLifetime.Member(finding.Operation);
        return ResourceName.AllAmong(own.Bind(finding.Tables), own.Bind(ends.Where(end => ResourceLifetime.RunsEnd(new ResourceLifetime.End(end.Operation), createdIn, own)).SelectMany(end => end.Tables).ToImmutableArray()));
    }

    /// <summary>The findings of one operation and the tables they are about; no findings: the tables a call ends again.</summary>
    private sealed class Finding
    {
        public Finding(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<ResourceName> tables, IOperation operation)
        {
            Diagnostics = diagnostics;
            Tables = tables;
            Operation = operation;
        }

        public IOperation Operation { get; }

        public ImmutableArray<Diagnostic> Diagnostics { get; }

        public ImmutableArray<ResourceName> Tables { get; }
    }
}
