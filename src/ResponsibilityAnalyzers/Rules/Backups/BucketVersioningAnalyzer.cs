using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>
/// SRM4004: an S3 PutBucket with no PutBucketVersioning enabling versioning for the same bucket in the same type (any
/// method of it), unless srm.backups_managed_elsewhere is true. Fix: PutBucketVersioning (Enabled) right after it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BucketVersioningAnalyzer : ResponsibilityAnalyzer
{
    public BucketVersioningAnalyzer()
        : base(Descriptors.SRM4004_BucketWithoutVersioning)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.IAmazonS3] is null || types[AwsType.VersionStatus] is not { } versionStatus)
        {
            return;
        }

        TypeScope.RegisterInvocations(
            context,
            invocation =>
                types.IsOperation(invocation, AwsType.IAmazonS3, "PutBucket") ? new Call(false, invocation)
                : types.IsOperation(invocation, AwsType.IAmazonS3, "PutBucketVersioning") && EnablesVersioning(invocation, versionStatus) ? new Call(true, invocation)
                : null,
            Decide);
    }

    private static void Decide(SymbolAnalysisContext context, ImmutableArray<Call> calls)
    {
        var enables = calls.Where(call => call.Enables).ToArray();
        foreach (var create in calls.Where(call => !call.Enables))
        {
            if (enables.Any(enable => ResourceName.MayBeSame(create.Buckets, enable.Buckets))
                || SrmOptions.BackupsManagedElsewhere.Get(context.Options, create.Invocation.Syntax.SyntaxTree))
            {
                continue;
            }

            var others = TypeScope.InSourceOrder(enables.Select(enable => enable.Invocation.Syntax.GetLocation()).ToArray());
            var fix = Fix(create.Invocation);
            var bucket = ResourceName.Describe(create.Buckets) is { } name ? "bucket " + name : "a bucket";
            context.ReportDiagnostic(Descriptors.SRM4004_BucketWithoutVersioning.Create(
                create.Invocation.Syntax.GetLocation(),
                ResponsibilityModel.S3,
                $"PutBucket creates {bucket} without versioning, and no PutBucketVersioning in this method or type enables it: an overwrite or a delete loses the object for good",
                fix is null ? null : Fixes.InsertAfter(fix),
                others));
        }
    }

    /// <summary>VersioningConfig.Status Enabled, or anything the method cannot see: only Suspended or Off (or no status) does not enable.</summary>
    private static bool EnablesVersioning(IInvocationOperation invocation, INamedTypeSymbol versionStatus)
    {
        var request = RequestState.OfRequestArgument(invocation);
        if (request is null || !request.IsKnown)
        {
            return true;
        }

        if (!request.IsSet("VersioningConfig"))
        {
            return false;
        }

        if (request.Nested("VersioningConfig") is not { } config)
        {
            return true;
        }

        return config["Status"] is { } status
            && Values.Leaves(status).Any(leaf => Values.MemberName(leaf, versionStatus) is not ("Suspended" or "Off"));
    }

    /// <summary>PutBucketVersioning for the same bucket on the same client, waited for as the PutBucket call is, right after its statement.</summary>
    private static string? Fix(IInvocationOperation create)
    {
        if (CallSite.Of(create) is not { } site || BucketText(create) is not { } bucket)
        {
            return null;
        }

        var call = site.FollowUp(
            "PutBucketVersioning",
            $$"""
            new global::Amazon.S3.Model.PutBucketVersioningRequest
            {
                BucketName = {{bucket}},
                VersioningConfig = new global::Amazon.S3.Model.S3BucketVersioningConfig { Status = global::Amazon.S3.VersionStatus.Enabled },
            }
            """);
        return call is null ? null : call + ";";
    }

    /// <summary>How the fix names the bucket: <c>request.BucketName</c> for a request held in a variable, else the plain value it was given.</summary>
    private static string? BucketText(IInvocationOperation create)
    {
        foreach (var argument in create.Arguments)
        {
            if (argument.Parameter?.Name == "bucketName")
            {
                return CallSite.PlainText(argument.Value);
            }

            if (argument.Parameter?.Type.Name == "PutBucketRequest")
            {
                return Values.Unwrap(argument.Value) is IObjectCreationOperation
                    ? RequestState.OfValue(argument.Value)?["BucketName"] is { } name ? CallSite.PlainText(name) : null
                    : CallSite.PlainText(argument.Value) is { } request ? request + ".BucketName" : null;
            }
        }

        return null;
    }

    private sealed class Call
    {
        public Call(bool enables, IInvocationOperation invocation)
        {
            Enables = enables;
            Invocation = invocation;
            Buckets = ResourceName.OfCall(invocation, "BucketName", "bucketName");
        }

        public bool Enables { get; }

        public IInvocationOperation Invocation { get; }

        public ImmutableArray<ResourceName> Buckets { get; }
    }
}
