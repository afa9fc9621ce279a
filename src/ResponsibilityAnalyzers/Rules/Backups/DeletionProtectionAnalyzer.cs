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
/// Fix: true (added to the request's initializer when unset).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeletionProtectionAnalyzer : ResponsibilityAnalyzer
{
    private const string Property = "DeletionProtectionEnabled";

    public DeletionProtectionAnalyzer()
        : base(Descriptors.SRM4003_TableWithoutDeletionProtection)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.CreateTableRequest] is not { } createTable || types[AwsType.UpdateTableRequest] is not { } updateTable)
        {
            return;
        }

        var endpoints = ClientEndpoints.For(types);
        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: Property } property }
                    || !(SymbolEqualityComparer.Default.Equals(property.ContainingType, createTable) || SymbolEqualityComparer.Default.Equals(property.ContainingType, updateTable)))
                {
                    return;
                }

                foreach (var leaf in Values.Leaves(assignment.Value))
                {
                    if (Values.IsFalse(leaf) && !endpoints.IsWrittenForNotAws(assignment, operation.Options))
                    {
                        var site = Locations.Inside(assignment, leaf, assignment.Value);
                        operation.ReportDiagnostic(Descriptors.SRM4003_TableWithoutDeletionProtection.Create(
                            site.Location,
                            ResponsibilityModel.DynamoDB,
                            "DeletionProtectionEnabled = false lets one DeleteTable call remove the table and every item in it",
                            Fixes.Replace("true"),
                            site.Additional));
                    }
                }
            },
            OperationKind.SimpleAssignment);

        // Unset: the table is created unprotected. Set anywhere in the method (to anything): the assignment decides.
        context.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (SymbolEqualityComparer.Default.Equals(creation.Type, createTable) && RequestState.Of(creation).IsMissing(Property) && !endpoints.IsSentToNotAws(creation, operation.Options))
                {
                    operation.ReportDiagnostic(Descriptors.SRM4003_TableWithoutDeletionProtection.Create(
                        Location.Create(creation.Syntax.SyntaxTree, NewAndType(creation.Syntax)),
                        ResponsibilityModel.DynamoDB,
                        "the table is created without DeletionProtectionEnabled = true, so one DeleteTable call removes it and every item in it",
                        Fixes.SetProperty(Property, "true")));
                }
            },
            OperationKind.ObjectCreation);

        // CreateTable(tableName, keySchema, attributeDefinitions, provisionedThroughput) has no way to set it.
        context.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                if (types.IsOperation(invocation, AwsType.IAmazonDynamoDB, "CreateTable") && RequestState.OfRequestArgument(invocation) is null && !endpoints.IsNotAws(invocation, operation.Options))
                {
                    operation.ReportDiagnostic(Descriptors.SRM4003_TableWithoutDeletionProtection.Create(
                        invocation.Syntax.GetLocation(),
                        ResponsibilityModel.DynamoDB,
                        "CreateTable(tableName, …) cannot set DeletionProtectionEnabled, so one DeleteTable call removes the table and every item in it"));
                }
            },
            OperationKind.Invocation);
    }

    /// <summary>The <c>new CreateTableRequest</c> part of a creation, so the squiggle stays off the initializer.</summary>
    private static TextSpan NewAndType(SyntaxNode syntax) => syntax switch
    {
        ObjectCreationExpressionSyntax explicitType => TextSpan.FromBounds(explicitType.NewKeyword.SpanStart, explicitType.Type.Span.End),
        ImplicitObjectCreationExpressionSyntax implicitType => TextSpan.FromBounds(implicitType.NewKeyword.SpanStart, implicitType.ArgumentList.Span.End),
        _ => syntax.Span,
    };
}
