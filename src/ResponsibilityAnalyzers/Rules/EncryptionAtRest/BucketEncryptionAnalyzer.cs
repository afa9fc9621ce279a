using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionAtRest;

/// <summary>
/// SRM2003: a bucket's default encryption removed (any <c>new DeleteBucketEncryptionRequest</c>), or set by
/// PutBucketEncryption to an algorithm (ServerSideEncryptionByDefault.ServerSideEncryptionAlgorithm) below
/// srm.required_s3_sse. Fix for the latter: the required algorithm. CDK form: a Bucket whose Encryption (left out:
/// SSE-S3) is below srm.required_s3_sse; fix: the AWS managed KMS kind of the required strength (no key is invented).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BucketEncryptionAnalyzer : ResponsibilityAnalyzer
{
    /// <summary>The CDK form, one row per strength srm.required_s3_sse can ask for above SSE-S3 (which every bucket has).</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(Cdk(S3Sse.SseKms), Cdk(S3Sse.DsseKms));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    private static ConstructRule Cdk(S3Sse required)
    {
        var requirement = $"the {ServerSideEncryption.Describe(required)} that srm.required_s3_sse = {ServerSideEncryption.OptionValue(required)} requires";
        return new ConstructRule(
            Descriptors.SRM2003_BucketEncryptionWeakened,
            ResponsibilityModel.S3,
            AwsType.CdkBucket,
            AwsType.CdkBucketProps,
            "Encryption",
            AwsType.CdkBucketEncryption,
            (member, _) => ServerSideEncryption.CdkStrength(member) is { } strength && strength < required
                ? $"the CDK Bucket's default encryption is {ServerSideEncryption.Describe(strength)} (BucketEncryption.{member}), below {requirement}"
                : null,
            // The AWS managed key of the required kind: BucketEncryption.KMS would make the stack create a key of its own.
            "global::Amazon.CDK.AWS.S3.BucketEncryption." + (required == S3Sse.DsseKms ? "DSSE_MANAGED" : "KMS_MANAGED"),
            bucket => $"the CDK {bucket} leaves Encryption out, so its default encryption is SSE-S3 (SSE-KMS with an EncryptionKey), below {requirement}",
            // With an EncryptionKey and no Encryption, the CDK makes the bucket SSE-KMS.
            required == S3Sse.SseKms ? state => state.IsSet("EncryptionKey") : null,
            (options, tree) => SrmOptions.RequiredS3Sse.Get(options, tree) == required);
    }

    public BucketEncryptionAnalyzer()
        : base(Descriptors.SRM2003_BucketEncryptionWeakened)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var endpoints = ClientEndpoints.For(types);
        if (types[AwsType.DeleteBucketEncryptionRequest] is { } deleteRequest)
        {
            context.RegisterOperationAction(
                operation =>
                {
                    var creation = (IObjectCreationOperation)operation.Operation;
                    if (SymbolEqualityComparer.Default.Equals(creation.Type, deleteRequest) && !endpoints.IsSentToNotAws(creation, operation.Options))
                    {
                        operation.ReportDiagnostic(Descriptors.SRM2003_BucketEncryptionWeakened.Create(
                            Locations.Head(creation),
                            ResponsibilityModel.S3,
                            "DeleteBucketEncryption removes the bucket's default encryption configuration: S3 falls back to SSE-S3 with keys it manages, and the KMS key and S3 Bucket Key chosen for the bucket are lost"));
                    }
                },
                OperationKind.ObjectCreation);
        }

        if (types[AwsType.ServerSideEncryptionByDefault] is not { } byDefault || types[AwsType.ServerSideEncryptionMethod] is not { } sseType)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "ServerSideEncryptionAlgorithm" } property }
                    || !SymbolEqualityComparer.Default.Equals(property.ContainingType, byDefault))
                {
                    return;
                }

                var required = SrmOptions.RequiredS3Sse.Get(operation.Options, assignment.Syntax.SyntaxTree);
                if (required == S3Sse.NotRequired)
                {
                    return;
                }

                foreach (var leaf in Values.Leaves(assignment.Value))
                {
                    if (ServerSideEncryption.Strength(leaf, sseType) is not { } strength || strength >= required || endpoints.IsWrittenForNotAws(assignment, operation.Options))
                    {
                        continue;
                    }

                    var reported = Values.ReportedPart(leaf, assignment.Value);
                    operation.ReportDiagnostic(Descriptors.SRM2003_BucketEncryptionWeakened.Create(
                        reported.Syntax.GetLocation(),
                        ResponsibilityModel.S3,
                        $"PutBucketEncryption sets the bucket's default to {ServerSideEncryption.Describe(strength)}, below the {ServerSideEncryption.Describe(required)} that srm.required_s3_sse = {ServerSideEncryption.OptionValue(required)} requires",
                        Remedy.Replace(ServerSideEncryption.Member(required))));
                    if (reported == assignment.Value)
                    {
                        return;
                    }
                }
            },
            OperationKind.SimpleAssignment);
    }
}
