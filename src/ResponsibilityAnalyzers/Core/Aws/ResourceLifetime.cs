using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// Which calls create a DynamoDB table or an S3 bucket, and which end it again: a delete, or (tables) a Time to Live
/// that makes every item expire. The backup rules read this to tell temporary resources (a test fixture's table, a
/// demo's bucket, a lock or session table) from the ones whose data must survive, and fixture cleanup from a delete
/// in ordinary code (<see cref="IsCleanup"/>).
/// </summary>
internal static class ResourceLifetime
{
    /// <summary>The tables a call creates (CreateTable); default when it is not one.</summary>
    public static ImmutableArray<ResourceName> CreatesTable(IInvocationOperation invocation, AwsTypes types) =>
        types.IsOperation(invocation, AwsType.IAmazonDynamoDB, "CreateTable") ? Tables(invocation) : default;

    /// <summary>The buckets a call creates (PutBucket); default when it is not one.</summary>
    public static ImmutableArray<ResourceName> CreatesBucket(IInvocationOperation invocation, AwsTypes types) =>
        types.IsOperation(invocation, AwsType.IAmazonS3, "PutBucket") ? Buckets(invocation) : default;

    /// <summary>
    /// The tables a call ends: DeleteTable, or UpdateTimeToLive with TimeToLiveSpecification.Enabled = true (every item
    /// expires, as in session, cache and lock tables); default when it is not one.
    /// </summary>
    public static ImmutableArray<ResourceName> EndsTable(IInvocationOperation invocation, AwsTypes types)
    {
        if (types.IsOperation(invocation, AwsType.IAmazonDynamoDB, "DeleteTable"))
        {
            return Tables(invocation);
        }

        return types.IsOperation(invocation, AwsType.IAmazonDynamoDB, "UpdateTimeToLive")
            && RequestState.OfRequestArgument(invocation)?.Nested("TimeToLiveSpecification")?["Enabled"] is { } enabled
            && Values.Leaves(enabled).All(Values.IsTrue)
                ? Tables(invocation)
                : default;
    }

    /// <summary>The buckets a call deletes: DeleteBucket, AmazonS3Util.DeleteS3BucketWithObjects(Async); default when it is not one.</summary>
    public static ImmutableArray<ResourceName> EndsBucket(IInvocationOperation invocation, AwsTypes types) =>
        types.IsOperation(invocation, AwsType.IAmazonS3, "DeleteBucket") || IsDeleteBucketWithObjects(invocation, types) ? Buckets(invocation) : default;

    /// <summary>AmazonS3Util.DeleteS3BucketWithObjects or its Async twin.</summary>
    public static bool IsDeleteBucketWithObjects(IInvocationOperation invocation, AwsTypes types) =>
        invocation.TargetMethod.Name is "DeleteS3BucketWithObjectsAsync" or "DeleteS3BucketWithObjects"
        && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, types[AwsType.AmazonS3Util]);

    public static ImmutableArray<ResourceName> Tables(IInvocationOperation invocation) => ResourceName.OfCall(invocation, "TableName", "tableName");

    public static ImmutableArray<ResourceName> Buckets(IInvocationOperation invocation) => ResourceName.OfCall(invocation, "BucketName", "bucketName");

    /// <summary>
    /// True when the operation runs as cleanup: in a <c>finally</c> block, or in a fixture's teardown —
    /// <c>Dispose</c>/<c>Dispose(bool)</c>/<c>DisposeAsync</c> (IDisposable, IAsyncDisposable, xunit's IAsyncLifetime), or a method marked
    /// NUnit <c>[TearDown]</c>/<c>[OneTimeTearDown]</c> or MSTest <c>[TestCleanup]</c>/<c>[ClassCleanup]</c>/<c>[AssemblyCleanup]</c>
    /// (matched by name, so no test package is needed).
    /// </summary>
    public static bool IsCleanup(IOperation operation)
    {
        for (IOperation? current = operation; current?.Parent is { } parent; current = parent)
        {
            if (parent is ITryOperation { Finally: { } @finally } && @finally == current)
            {
                return true;
            }
        }

        return Member(operation) is IMethodSymbol method && IsTeardown(method);
    }

    /// <summary>The member an operation runs in (a method, accessor, field initializer); lambdas and local functions count as their member.</summary>
    public static ISymbol? Member(IOperation operation)
    {
        var symbol = operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol?.OriginalDefinition;
    }

    /// <summary>
    /// True when the type itself runs the end of a resource created in <paramref name="createdIn"/>: the ending call is
    /// in the same member, in cleanup code, or in a member the type calls itself (<c>Main</c> calling
    /// <c>DeleteExampleTable()</c>). A public <c>ResetAsync</c> that only callers may run offers a delete; it does not
    /// make the resource temporary.
    /// </summary>
    public static bool RunsEnd(End end, ISymbol? createdIn, TypeCalls calls) =>
        end.InCleanup
        || (end.Member is not null && (SymbolEqualityComparer.Default.Equals(end.Member, createdIn) || calls.Calls(end.Member)));

    /// <summary>Where a call that ends (or creates) a resource runs: its member, and whether that is cleanup code.</summary>
    internal sealed class End
    {
        public End(IOperation call)
        {
            Member = ResourceLifetime.Member(call);
            InCleanup = IsCleanup(call);
        }

        public ISymbol? Member { get; }

        public bool InCleanup { get; }
    }

    private static bool IsTeardown(IMethodSymbol method)
    {
        if ((method.Name is "Dispose" or "DisposeAsync" && (method.Parameters.IsEmpty || (method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_Boolean)))
            || method.ExplicitInterfaceImplementations.Any(implemented => implemented.Name is "Dispose" or "DisposeAsync"))
        {
            return true;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { } type
                && (IsAttribute(type, "NUnit.Framework", "TearDownAttribute")
                    || IsAttribute(type, "NUnit.Framework", "OneTimeTearDownAttribute")
                    || IsAttribute(type, "Microsoft.VisualStudio.TestTools.UnitTesting", "TestCleanupAttribute")
                    || IsAttribute(type, "Microsoft.VisualStudio.TestTools.UnitTesting", "ClassCleanupAttribute")
                    || IsAttribute(type, "Microsoft.VisualStudio.TestTools.UnitTesting", "AssemblyCleanupAttribute")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The attribute type or one derived from it, by namespace and name.</summary>
    private static bool IsAttribute(INamedTypeSymbol type, string ns, string name)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == name && current.ContainingNamespace?.ToDisplayString() == ns)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a CDK construct's props hand its data to the stack: <c>RemovalPolicy.DESTROY</c>, and for a bucket
    /// (<paramref name="bucket"/>) <c>AutoDeleteObjects = true</c> too, without which deleting the stack stops at a bucket
    /// that holds objects. The CDK's twin of a resource the same code creates and deletes: SRM4007 says it once, at Info,
    /// and the backup rules (versioning, point-in-time recovery, deletion protection, backup retention) leave it alone.
    /// </summary>
    public static bool DestroyedWithStack(RequestState state, bool bucket) =>
        ConstructRule.Sets(state, "RemovalPolicy", "DESTROY") && (!bucket || AutoDeletesObjects(state));

    /// <summary>True when a CDK Bucket's props set <c>AutoDeleteObjects = true</c>.</summary>
    public static bool AutoDeletesObjects(RequestState state) => state["AutoDeleteObjects"] is { } value && Values.Leaves(value).Any(Values.IsTrue);
}
