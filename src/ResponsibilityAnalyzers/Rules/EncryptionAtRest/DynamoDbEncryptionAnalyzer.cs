using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionAtRest;

/// <summary>
/// SRM2005: an UpdateTable whose SSESpecification (created in the method) has Enabled = false or no Enabled, or
/// SSEType AES256: DynamoDB moves the table from its KMS key back to the AWS owned key. No fix: whether the table
/// should use the AWS managed or a customer managed key is the owner's choice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DynamoDbEncryptionAnalyzer : ResponsibilityAnalyzer
{
    private const string Consequence = "moves the table from its KMS key to the AWS owned key, whose use the account cannot audit in CloudTrail, restrict by key policy or revoke";

    public DynamoDbEncryptionAnalyzer()
        : base(Descriptors.SRM2005_DynamoDbEncryptionWeakened)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.UpdateTableRequest] is not { } updateTable || types[AwsType.SSESpecification] is not { } specification || types[AwsType.SSEType] is not { } sseType)
        {
            return;
        }

        var endpoints = ClientEndpoints.For(types);
        context.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (!SymbolEqualityComparer.Default.Equals(creation.Type, specification) || !GoesToUpdateTable(creation, updateTable) || endpoints.IsSentToNotAws(creation, operation.Options))
                {
                    return;
                }

                var sse = RequestState.Of(creation);
                if (sse["Enabled"] is not { } enabled)
                {
                    operation.ReportDiagnostic(Descriptors.SRM2005_DynamoDbEncryptionWeakened.Create(
                        Locations.Head(creation),
                        ResponsibilityModel.DynamoDB,
                        "UpdateTable sends an SSESpecification without Enabled, which DynamoDB reads as disabled: that " + Consequence));
                    return;
                }

                foreach (var leaf in Values.Leaves(enabled))
                {
                    if (Values.IsFalse(leaf) || (Values.TryGetConstant(leaf, out var constant) && constant is null))
                    {
                        var reported = Values.ReportedPart(leaf, enabled);
                        operation.ReportDiagnostic(Descriptors.SRM2005_DynamoDbEncryptionWeakened.Create(
                            reported.Syntax.GetLocation(),
                            ResponsibilityModel.DynamoDB,
                            $"UpdateTable sets SSESpecification.Enabled = {(Values.IsFalse(leaf) ? "false" : "null")}, which " + Consequence));
                        if (reported == enabled)
                        {
                            return;
                        }
                    }
                }

                if (sse["SSEType"] is { } type && Values.Leaves(type).FirstOrDefault(leaf => Values.MemberName(leaf, sseType) is "AES256") is { } aes)
                {
                    operation.ReportDiagnostic(Descriptors.SRM2005_DynamoDbEncryptionWeakened.Create(
                        Values.ReportedPart(aes, type).Syntax.GetLocation(),
                        ResponsibilityModel.DynamoDB,
                        "UpdateTable sets SSEType AES256, which " + Consequence));
                }
            },
            OperationKind.ObjectCreation);
    }

    /// <summary>True when <paramref name="creation"/> is the SSESpecification of an UpdateTableRequest: written in its initializer or assigned to it, directly or through a local.</summary>
    private static bool GoesToUpdateTable(IObjectCreationOperation creation, INamedTypeSymbol updateTable)
    {
        foreach (var operation in MethodFacts.Of(creation).PropertyWrites("SSESpecification"))
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "SSESpecification" } property } } assignment
                && SymbolEqualityComparer.Default.Equals(property.ContainingType, updateTable)
                && Values.Leaves(assignment.Value).Contains(creation))
            {
                return true;
            }
        }

        return false;
    }
}
