using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.AccessControl;

/// <summary>
/// SRM5001: a canned ACL of PublicRead, PublicReadWrite or AuthenticatedRead on any S3 request (PutObject, PutBucket,
/// CopyObject, InitiateMultipartUpload, TransferUtility uploads, PutACL, PutObjectAcl, PutBucketAcl), unless the
/// bucket is listed in srm.public_buckets. Fix: S3CannedACL.Private.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublicCannedAclAnalyzer : UnsafeValueAnalyzer
{
    public PublicCannedAclAnalyzer()
        : base(Descriptors.SRM5001_PublicCannedAcl, ResponsibilityModel.S3, AwsType.S3CannedAcl, "Amazon.S3.S3CannedACL.Private")
    {
    }

    private protected override string? Finding(string acl) => acl switch
    {
        "PublicRead" or "public-read" => $"{acl} makes it readable by anyone on the internet",
        "PublicReadWrite" or "public-read-write" => $"{acl} makes it readable and writable by anyone on the internet",
        "AuthenticatedRead" or "authenticated-read" => $"{acl} makes it readable by every AWS account, not just yours",
        _ => null,
    };

    private protected override bool IsExempt(OperationAnalysisContext context, ISimpleAssignmentOperation assignment) =>
        Buckets.MayBePublic(context.Options, assignment, Buckets.ConstantNameAround(assignment));
}
