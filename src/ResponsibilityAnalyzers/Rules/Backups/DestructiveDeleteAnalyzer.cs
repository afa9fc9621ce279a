using System.Collections.Immutable;
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
/// = true. Silent on the teardown of a table or bucket the same type creates (same name), and in cleanup code: a
/// fixture's Dispose/DisposeAsync, NUnit/MSTest teardown methods, finally blocks. No code fix: whether to delete is
/// the author's call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DestructiveDeleteAnalyzer : ResponsibilityAnalyzer
{
    public DestructiveDeleteAnalyzer()
        : base(Descriptors.SRM4006_DestructiveDeleteWithoutBackup)
    {
    }

    /// <summary>What a type's source names when it may delete a table or a bucket with its objects (the findings; creates alone report nothing).</summary>
    private static readonly string[] Triggers = Identifiers.Operation("DeleteTable", "DeleteS3BucketWithObjects");

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        // Decided per type: a delete of what the same type created is the teardown of its own resource.
        var endpoints = ClientEndpoints.For(types);
        TypeScope.RegisterOperations(
            context,
            Triggers,
            operation => Classify((IInvocationOperation)operation, types),
            (end, calls, own) =>
            {
                foreach (var call in calls)
                {
                    if (call.Diagnostic is { } diagnostic && !TearsDownOwn(call, calls, own) && !endpoints.IsNotAws(call.Invocation, end.Options))
                    {
                        end.ReportDiagnostic(diagnostic);
                    }
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
                    foreach (var leaf in Values.Leaves(assignment.Value))
                    {
                        if (!Values.IsTrue(leaf) || endpoints.IsWrittenForNotAws(assignment, operation.Options))
                        {
                            continue;
                        }

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

    /// <summary>
    /// A destructive delete outside cleanup (a finding, with the resources it deletes), or a call that creates a table
    /// or bucket (no finding, the resources it creates).
    /// </summary>
    private static Call? Classify(IInvocationOperation invocation, AwsTypes types)
    {
        if (types.IsOperation(invocation, AwsType.IAmazonDynamoDB, "DeleteTable"))
        {
            if (ResourceLifetime.IsCleanup(invocation) || BackedUpBefore(invocation, types))
            {
                return null;
            }

            var tables = ResourceLifetime.Tables(invocation);
            var table = ResourceName.Describe(tables) is { } name ? "table " + name : "the table";
            return new Call(
                invocation,
                Descriptors.SRM4006_DestructiveDeleteWithoutBackup.Create(
                    invocation.Syntax.GetLocation(),
                    ResponsibilityModel.DynamoDB,
                    $"DeleteTable deletes {table} and every item in it, and no CreateBackup of it comes first in this method"),
                tables,
                isTable: true);
        }

        if (ResourceLifetime.IsDeleteBucketWithObjects(invocation, types))
        {
            if (ResourceLifetime.IsCleanup(invocation))
            {
                return null;
            }

            var buckets = ResourceLifetime.Buckets(invocation);
            var bucket = ResourceName.Describe(buckets) is { } name ? "bucket " + name : "the bucket";
            return new Call(
                invocation,
                Descriptors.SRM4006_DestructiveDeleteWithoutBackup.Create(
                    invocation.Syntax.GetLocation(),
                    ResponsibilityModel.S3,
                    $"AmazonS3Util.DeleteS3BucketWithObjectsAsync deletes every object and every version in {bucket}, then the bucket: nothing is left to restore"),
                buckets,
                isTable: false);
        }

        return ResourceLifetime.CreatesTable(invocation, types) is { IsDefault: false } createdTables ? new Call(invocation, null, createdTables, isTable: true)
            : ResourceLifetime.CreatesBucket(invocation, types) is { IsDefault: false } createdBuckets ? new Call(invocation, null, createdBuckets, isTable: false)
            : null;
    }

    /// <summary>A delete of tables or buckets the type created, that the type itself runs after creating them (<see cref="ResourceLifetime.RunsEnd"/>).</summary>
    private static bool TearsDownOwn(Call delete, ImmutableArray<Call> calls, TypeCalls own)
    {
        var where = new ResourceLifetime.End(delete.Invocation);
        var created = calls
            .Where(create => create.Diagnostic is null && create.IsTable == delete.IsTable && ResourceLifetime.RunsEnd(where, ResourceLifetime.Member(create.Invocation), own))
            .SelectMany(create => create.Resources)
            .ToImmutableArray();
        return !created.IsEmpty && ResourceName.AllAmong(own.Bind(delete.Resources), own.Bind(created));
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

    /// <summary>A delete's finding and the resources it deletes, or (no finding) the resources a call creates.</summary>
    private sealed class Call
    {
        public Call(IInvocationOperation invocation, Diagnostic? diagnostic, ImmutableArray<ResourceName> resources, bool isTable)
        {
            Invocation = invocation;
            Diagnostic = diagnostic;
            Resources = resources;
            IsTable = isTable;
        }

        public IInvocationOperation Invocation { get; }

        public Diagnostic? Diagnostic { get; }

        public ImmutableArray<ResourceName> Resources { get; }

        /// <summary>A table (DynamoDB) rather than a bucket (S3).</summary>
        public bool IsTable { get; }
    }
}
