using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.AccessControl;

/// <summary>SRM5005: ObjectOwnership ObjectWriter or BucketOwnerPreferred turns the bucket's ACLs back on (field names and wire strings are the same).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ObjectOwnershipAnalyzer() : PropertyRuleAnalyzer(Row)
{
    /// <summary>
    /// The CDK form: BucketProps with ObjectOwnership OBJECT_WRITER or BUCKET_OWNER_PREFERRED (left out, ACLs stay off),
    /// unless the bucket is evidently a CloudFront access-log bucket, for which CloudFront needs ACLs.
    /// </summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(new ConstructRule(
        Descriptors.SRM5005_AclsReenabled,
        ResponsibilityModel.S3,
        AwsType.CdkBucket,
        AwsType.CdkBucketProps,
        "ObjectOwnership",
        AwsType.CdkObjectOwnership,
        (value, props) => value is "OBJECT_WRITER" or "BUCKET_OWNER_PREFERRED" && !Buckets.IsCdkCloudFrontLogBucket(props)
            ? $"ObjectOwnership.{value} turns ACLs back on for the CDK Bucket: every object's ACL, not only the bucket policy, then decides who can read it"
            : null,
        "Amazon.CDK.AWS.S3.ObjectOwnership.BUCKET_OWNER_ENFORCED"));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    private static PropertyRule Row => new(
        Descriptors.SRM5005_AclsReenabled,
        ResponsibilityModel.S3,
        property: null,
        holders: ImmutableArray<AwsType>.Empty,
        valueType: AwsType.ObjectOwnership,
        unsafeValue: (ownership, _) => ownership switch
        {
            "ObjectWriter" => "ObjectOwnership ObjectWriter turns ACLs back on: the account that uploads an object owns it and can share it by ACL, outside the bucket policy",
            "BucketOwnerPreferred" => "ObjectOwnership BucketOwnerPreferred turns ACLs back on, so objects can be shared by ACL outside the bucket policy",
            _ => null,
        },
        safeValue: "Amazon.S3.ObjectOwnership.BucketOwnerEnforced",
        exempt: (context, assignment) => Buckets.MayBePublic(context.Options, assignment, Buckets.ConstantNameAround(assignment)));
}
