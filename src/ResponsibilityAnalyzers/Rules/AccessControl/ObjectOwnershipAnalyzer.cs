using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.AccessControl;

/// <summary>
/// SRM5005: ObjectOwnership ObjectWriter or BucketOwnerPreferred given to any ObjectOwnership property
/// (OwnershipControlsRule, PutBucketRequest), which turns the bucket's ACLs back on, unless the bucket is listed in
/// srm.public_buckets (a public site that still shares objects by ACL needs them). Fix: ObjectOwnership.BucketOwnerEnforced.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ObjectOwnershipAnalyzer : UnsafeValueAnalyzer
{
    public ObjectOwnershipAnalyzer()
        : base(Descriptors.SRM5005_AclsReenabled, ResponsibilityModel.S3, AwsType.ObjectOwnership, "Amazon.S3.ObjectOwnership.BucketOwnerEnforced")
    {
    }

    // The field names and the wire strings are the same for ObjectOwnership.
    private protected override string? Finding(string ownership) => ownership switch
    {
        "ObjectWriter" => "ObjectOwnership ObjectWriter turns ACLs back on: the account that uploads an object owns it and can share it by ACL, outside the bucket policy",
        "BucketOwnerPreferred" => "ObjectOwnership BucketOwnerPreferred turns ACLs back on, so objects can be shared by ACL outside the bucket policy",
        _ => null,
    };

    private protected override bool IsExempt(OperationAnalysisContext context, ISimpleAssignmentOperation assignment) =>
        Buckets.MayBePublic(context.Options, assignment, Buckets.ConstantNameAround(assignment));
}
