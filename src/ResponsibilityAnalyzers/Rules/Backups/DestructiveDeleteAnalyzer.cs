using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>
/// SRM4006: deletes that leave nothing to restore. A DynamoDB DeleteTable with no CreateBackup of the same table earlier
/// in the method; AmazonS3Util.DeleteS3BucketWithObjectsAsync; a DeleteObject(s) request with BypassGovernanceRetention
/// = true. No code fix: whether to delete is the author's call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DestructiveDeleteAnalyzer : ResponsibilityAnalyzer
{
    public DestructiveDeleteAnalyzer()
        : base(Descriptors.SRM4006_DestructiveDeleteWithoutBackup)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var s3Util = types[AwsType.AmazonS3Util];
        var endpoints = ClientEndpoints.For(types);
        context.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                if (types.IsOperation(invocation, AwsType.IAmazonDynamoDB, "DeleteTable") && !BackedUpBefore(invocation, types) && !endpoints.IsNotAws(invocation, operation.Options))
                {
                    var table = ResourceName.Describe(ResourceName.OfCall(invocation, "TableName", "tableName")) is { } name ? "table " + name : "the table";
                    operation.ReportDiagnostic(Descriptors.SRM4006_DestructiveDeleteWithoutBackup.Create(
                        invocation.Syntax.GetLocation(),
                        ResponsibilityModel.DynamoDB,
                        $"DeleteTable deletes {table} and every item in it, and no CreateBackup of it comes first in this method"));
                }
                else if (invocation.TargetMethod.Name == "DeleteS3BucketWithObjectsAsync" && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, s3Util)
                    && !endpoints.IsNotAws(invocation, operation.Options))
                {
                    var bucket = ResourceName.Describe(ResourceName.OfCall(invocation, "BucketName", "bucketName")) is { } name ? "bucket " + name : "the bucket";
                    operation.ReportDiagnostic(Descriptors.SRM4006_DestructiveDeleteWithoutBackup.Create(
                        invocation.Syntax.GetLocation(),
                        ResponsibilityModel.S3,
                        $"AmazonS3Util.DeleteS3BucketWithObjectsAsync deletes every object and every version in {bucket}, then the bucket: nothing is left to restore"));
                }
            },
            OperationKind.Invocation);

        if (types[AwsType.DeleteObjectRequest] is not { } deleteObject || types[AwsType.DeleteObjectsRequest] is not { } deleteObjects)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "BypassGovernanceRetention" } property }
                    && (SymbolEqualityComparer.Default.Equals(property.ContainingType, deleteObject) || SymbolEqualityComparer.Default.Equals(property.ContainingType, deleteObjects)))
                {
                    foreach (var leaf in Values.Leaves(assignment.Value).Where(leaf => Values.IsTrue(leaf) && !endpoints.IsWrittenForNotAws(assignment, operation.Options)))
                    {
                        var site = Locations.Inside(assignment, leaf, assignment.Value);
                        operation.ReportDiagnostic(Descriptors.SRM4006_DestructiveDeleteWithoutBackup.Create(
                            site.Location,
                            ResponsibilityModel.S3,
                            "BypassGovernanceRetention = true deletes object versions that S3 Object Lock is retaining in governance mode",
                            null,
                            site.Additional));
                    }
                }
            },
            OperationKind.SimpleAssignment);
    }

    /// <summary>A CreateBackup (sync or Async) for the same table, or one whose table the method cannot read, before the DeleteTable.</summary>
    private static bool BackedUpBefore(IInvocationOperation delete, AwsTypes types)
    {
        var tables = ResourceName.OfCall(delete, "TableName", "tableName");
        return MethodFacts.Of(delete).OfKind(OperationKind.Invocation).OfType<IInvocationOperation>().Any(backup =>
            backup.Syntax.SpanStart < delete.Syntax.SpanStart
            && types.IsOperation(backup, AwsType.IAmazonDynamoDB, "CreateBackup")
            && ResourceName.MayBeSame(tables, ResourceName.OfCall(backup, "TableName", "tableName")));
    }
}
