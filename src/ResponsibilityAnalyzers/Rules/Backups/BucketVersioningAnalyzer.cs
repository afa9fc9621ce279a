using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>
/// SRM4004: an S3 PutBucket with no PutBucketVersioning enabling versioning for the same bucket in the same type (any
/// method of it), unless the same type deletes the bucket again (a temporary bucket) or srm.backups_managed_elsewhere
/// is true. Fix: PutBucketVersioning (Enabled) right after it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BucketVersioningAnalyzer() : ResourcePairingAnalyzer(Row)
{
    /// <summary>The CDK form: a Bucket whose props leave Versioned out or set it to false; a CfnBucket without a VersioningConfiguration, or with Status "Suspended".</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(
        ConstructRule.MustBeTrue(
            Descriptors.SRM4004_BucketWithoutVersioning,
            ResponsibilityModel.S3,
            AwsType.CdkBucket,
            AwsType.CdkBucketProps,
            "Versioned",
            bucket => $"the CDK {bucket} is declared without versioning (Versioned = true): an overwrite or a delete loses the object for good",
            notRequired: state => ResourceLifetime.DestroyedWithStack(state, bucket: true)),
        new ConstructRule(
            Descriptors.SRM4004_BucketWithoutVersioning,
            ResponsibilityModel.S3,
            AwsType.CdkCfnBucket,
            AwsType.CdkCfnBucketProps,
            "VersioningConfiguration",
            null,
            (value, _) => value == "null" ? "VersioningConfiguration = null: the CDK CfnBucket is declared without versioning, so an overwrite or a delete loses the object for good" : null,
            Fact.New("global::Amazon.CDK.AWS.S3.CfnBucket.VersioningConfigurationProperty", members: new[] { ("Status", Fact.Code("\"Enabled\"")) }),
            bucket => $"the CDK {bucket} is declared without a VersioningConfiguration (Status \"Enabled\"): an overwrite or a delete loses the object for good"),
        new ConstructRule(
            Descriptors.SRM4004_BucketWithoutVersioning,
            ResponsibilityModel.S3,
            AwsType.CdkCfnBucketVersioning,
            AwsType.CdkCfnBucketVersioning,
            "Status",
            null,
            (value, _) => value == "Suspended" ? "VersioningConfiguration Status \"Suspended\": the CDK CfnBucket keeps no versions, so an overwrite or a delete loses the object for good" : null,
            "\"Enabled\""));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    private static ResourcePairing Row => new(
        Descriptors.SRM4004_BucketWithoutVersioning,
        ResponsibilityModel.S3,
        AwsType.IAmazonS3,
        create: "PutBucket",
        resourceProperty: ("BucketName", "bucketName"),
        protect: "PutBucketVersioning",
        setting: ("VersioningConfig", "Status"),
        turnsOff: (status, types) => types[AwsType.VersionStatus] is { } versionStatus && Values.MemberName(status, versionStatus) is "Suspended" or "Off",
        finding: bucket => $"PutBucket creates {bucket} without versioning, and no PutBucketVersioning in this method or type enables it: an overwrite or a delete loses the object for good",
        alsoProtects: null,
        ends: ResourceLifetime.EndsBucket,
        fix: Fix);

    /// <summary>PutBucketVersioning with Enabled for the same bucket, right after PutBucket.</summary>
    private static ResourcePairing.FollowUp Fix(ResourcePairing.Creation create, AwsTypes types) => new(
        "PutBucketVersioning",
        "Amazon.S3.Model.PutBucketVersioningRequest",
        ImmutableArray.Create(("BucketName", create.ResourceText), ("VersioningConfig.Status", "global::Amazon.S3.VersionStatus.Enabled")));
}
