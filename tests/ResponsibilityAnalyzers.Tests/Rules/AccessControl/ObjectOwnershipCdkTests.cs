using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.ObjectOwnershipAnalyzer, ResponsibilityAnalyzers.CodeFixes.AccessControl.ObjectOwnershipFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

/// <summary>SRM5005, CDK form: BucketProps with ObjectOwnership OBJECT_WRITER or BUCKET_OWNER_PREFERRED, except on a CloudFront access-log bucket.</summary>
public class ObjectOwnershipCdkTests
{
    [Fact]
    public Task UnsafeOrMissing_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("S3", """
        new Bucket(this, "Uploads", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.OBJECT_WRITER|} });
        new Bucket(this, "Logs", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.BUCKET_OWNER_PREFERRED|} });
        """));

    [Fact]
    public Task SafeOrUnknown_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("S3", """
        new Bucket(this, "Uploads", new BucketProps { ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED });
        new Bucket(this, "Logs");
        """));

    [Fact]
    public Task Fix_WritesTheSafeValue() => VerifyRule.Fix(Sdk.Cdk, CdkStack.Of("S3", """
        new Bucket(this, "Uploads", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.OBJECT_WRITER|} });
        """), CdkStack.Of("S3", """
        new Bucket(this, "Uploads", new BucketProps { ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED });
        """));

    [Fact]
    public Task FixAll_FixesEveryFinding() => VerifyRule.FixAll(Sdk.Cdk, CdkStack.Of("S3", """
        new Bucket(this, "Uploads", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.OBJECT_WRITER|} });
        new Bucket(this, "Logs", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.BUCKET_OWNER_PREFERRED|} });
        """), CdkStack.Of("S3", """
        new Bucket(this, "Uploads", new BucketProps { ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED });
        new Bucket(this, "Logs", new BucketProps { ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED });
        """));

    [Fact]
    public Task CloudFrontLogBuckets_AreNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.CloudFront;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class SiteStack : Stack
        {
            private readonly Bucket _edgeLogs;

            SiteStack(Construct scope, IOrigin origin) : base(scope, "Site")
            {
                var accessLogs = new Bucket(this, "AccessLogs", new BucketProps { ObjectOwnership = ObjectOwnership.OBJECT_WRITER });
                new Distribution(this, "Site", new DistributionProps { DefaultBehavior = new BehaviorOptions { Origin = origin }, LogBucket = accessLogs });

                var props = new BucketProps { ObjectOwnership = ObjectOwnership.BUCKET_OWNER_PREFERRED };
                var legacyLogs = new Bucket(this, "LegacyLogs", props);
                new CfnDistribution(this, "Legacy", new CfnDistributionProps
                {
                    DistributionConfig = new CfnDistribution.DistributionConfigProperty
                    {
                        Enabled = true,
                        Logging = new CfnDistribution.LoggingProperty { Bucket = legacyLogs.BucketRegionalDomainName },
                    },
                });

                new Distribution(this, "Inline", new DistributionProps
                {
                    DefaultBehavior = new BehaviorOptions { Origin = origin },
                    LogBucket = new Bucket(this, "InlineLogs", new BucketProps { ObjectOwnership = ObjectOwnership.OBJECT_WRITER }),
                });

                _edgeLogs = new Bucket(this, "EdgeLogs", new BucketProps { ObjectOwnership = ObjectOwnership.OBJECT_WRITER });
                new Bucket(this, "CloudFrontLogs", new BucketProps { ObjectOwnership = ObjectOwnership.OBJECT_WRITER });
                new Bucket(this, "DistributionLogs", new BucketProps { ObjectOwnership = ObjectOwnership.OBJECT_WRITER });
                new Bucket(this, "Archive", new BucketProps { BucketName = "example-cf-logs", ObjectOwnership = ObjectOwnership.BUCKET_OWNER_PREFERRED });
            }

            void Edge(IOrigin origin) =>
                new Distribution(this, "Edge", new DistributionProps { DefaultBehavior = new BehaviorOptions { Origin = origin }, LogBucket = _edgeLogs });
        }
        """);

    [Fact]
    public Task LogBucketsWithoutCloudFrontEvidence_AreReported() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("CloudFront, S3", """
        var serverLogs = new Bucket(this, "AccessLogs", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.OBJECT_WRITER|} });
        new Bucket(this, "Uploads", new BucketProps { ServerAccessLogsBucket = serverLogs });
        new Bucket(this, "CloudFrontAssets", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.OBJECT_WRITER|} });
        new Bucket(this, "Logs", new BucketProps { BucketName = "logs", ObjectOwnership = {|SRM5005:ObjectOwnership.BUCKET_OWNER_PREFERRED|} });
        var origins = new Bucket(this, "Origin", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.OBJECT_WRITER|} });
        new Distribution(this, "Site", new DistributionProps { DefaultBehavior = new BehaviorOptions { Origin = origin }, Comment = origins.BucketName });
        """, "IOrigin origin"));
}
