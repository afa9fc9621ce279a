using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.PublicAccessBlockAnalyzer, ResponsibilityAnalyzers.CodeFixes.AccessControl.PublicAccessBlockFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

/// <summary>SRM5004, CDK form: BucketProps with BlockPublicAccess.BLOCK_ACLS or a BlockPublicAccess that turns a setting off; left out, S3 blocks all public access.</summary>
public class PublicAccessBlockCdkTests
{
    [Fact]
    public Task Finding_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Bucket(this, "Site", new BucketProps { BlockPublicAccess = {|#0:new BlockPublicAccess(new BlockPublicAccessOptions { BlockPublicPolicy = false, RestrictPublicBuckets = false })|} });
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5004_PublicAccessBlockWeakened).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "the CDK Bucket's BlockPublicAccess turns BlockPublicPolicy, RestrictPublicBuckets off: a public ACL or bucket policy then makes its data readable by anyone"));

    [Fact]
    public Task UnsafeOrMissing_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Bucket(this, "Site", new BucketProps { BlockPublicAccess = {|SRM5004:BlockPublicAccess.BLOCK_ACLS|} });
                new Bucket(this, "Assets", new BucketProps
                {
                    BlockPublicAccess = {|SRM5004:new BlockPublicAccess(new BlockPublicAccessOptions { BlockPublicAcls = true, BlockPublicPolicy = false })|},
                });
            }
        }
        """);

    [Fact]
    public Task SafeOrUnknown_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Bucket(this, "Site", new BucketProps { BlockPublicAccess = BlockPublicAccess.BLOCK_ALL });
                new Bucket(this, "Assets", new BucketProps { BlockPublicAccess = new BlockPublicAccess(new BlockPublicAccessOptions { BlockPublicAcls = true, BlockPublicPolicy = true }) });
                new Bucket(this, "Logs");
            }
        }
        """);

    [Fact]
    public Task Fix_WritesTheSafeValue() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Bucket(this, "Site", new BucketProps { BlockPublicAccess = {|SRM5004:BlockPublicAccess.BLOCK_ACLS|} });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Bucket(this, "Site", new BucketProps { BlockPublicAccess = BlockPublicAccess.BLOCK_ALL });
            }
        }
        """);

    [Fact]
    public Task FixAll_FixesEveryFinding() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Bucket(this, "Site", new BucketProps { BlockPublicAccess = {|SRM5004:BlockPublicAccess.BLOCK_ACLS|} });
                new Bucket(this, "Assets", new BucketProps { BlockPublicAccess = {|SRM5004:new BlockPublicAccess(new BlockPublicAccessOptions { RestrictPublicBuckets = false })|} });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Bucket(this, "Site", new BucketProps { BlockPublicAccess = BlockPublicAccess.BLOCK_ALL });
                new Bucket(this, "Assets", new BucketProps { BlockPublicAccess = BlockPublicAccess.BLOCK_ALL });
            }
        }
        """);

    [Fact]
    public Task WebsiteBucket_IsPublicOnPurpose() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class SiteStack : Stack
        {
            SiteStack(Construct scope) : base(scope, "Site")
            {
                new Bucket(this, "Site", new BucketProps { WebsiteIndexDocument = "index.html", PublicReadAccess = true, BlockPublicAccess = BlockPublicAccess.BLOCK_ACLS });
                new Bucket(this, "Redirect", new BucketProps { WebsiteRedirect = new RedirectTarget { HostName = "www.example.com" }, PublicReadAccess = true, BlockPublicAccess = new BlockPublicAccess(new BlockPublicAccessOptions { BlockPublicPolicy = false, RestrictPublicBuckets = false }) });
                new Bucket(this, "Assets", new BucketProps { PublicReadAccess = true, BlockPublicAccess = {|SRM5004:BlockPublicAccess.BLOCK_ACLS|} });
            }
        }
        """);

    [Fact]
    public Task CfnBucket_PublicAccessBlockWithASettingOffOrLeftOut_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new CfnBucket(this, "Site", new CfnBucketProps
                {
                    PublicAccessBlockConfiguration = {|#0:new CfnBucket.PublicAccessBlockConfigurationProperty|}
                    {
                        BlockPublicAcls = true,
                        IgnorePublicAcls = true,
                        BlockPublicPolicy = {|#1:false|},
                    },
                });
                new CfnBucket(this, "Documents", new CfnBucketProps { BucketName = "documents" });
                new CfnBucket(this, "Reports", new CfnBucketProps
                {
                    PublicAccessBlockConfiguration = new CfnBucket.PublicAccessBlockConfigurationProperty
                    {
                        BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true,
                    },
                });
            }
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.SRM5004_PublicAccessBlockWeakened).WithLocation(0).WithArguments(
                "S3 is an abstracted service",
                "the CDK CfnBucket's PublicAccessBlockConfiguration turns RestrictPublicBuckets off, which lets anyone outside the account reach the bucket through a public bucket policy"),
            new DiagnosticResult(Descriptors.SRM5004_PublicAccessBlockWeakened).WithLocation(1).WithArguments(
                "S3 is an abstracted service",
                "BlockPublicPolicy = false: the CDK CfnBucket's PublicAccessBlockConfiguration turns BlockPublicPolicy off, which lets a bucket policy that grants public access be attached"),
        ]);

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Theory]
    [InlineData("BlockPublicAcls", "IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true")]
    [InlineData("IgnorePublicAcls", "BlockPublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true")]
    [InlineData("BlockPublicPolicy", "BlockPublicAcls = true, IgnorePublicAcls = true, RestrictPublicBuckets = true")]
    [InlineData("RestrictPublicBuckets", "BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true")]
    public Task FixAll_CfnPublicAccessBlockSetting_OffOrLeftOut(string flag, string others) => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("S3", $$"""
        var all = new CfnBucket.PublicAccessBlockConfigurationProperty { {{flag}} = true, {{others}} };
        all.{{flag}} = {|SRM5004:false|};
        new CfnBucket(this, "Documents", new CfnBucketProps { PublicAccessBlockConfiguration = all });
        new CfnBucket(this, "Reports", new CfnBucketProps { PublicAccessBlockConfiguration = {|SRM5004:new CfnBucket.PublicAccessBlockConfigurationProperty|} { {{others}} } });
        """),
        CdkStack.Of("S3", $$"""
        var all = new CfnBucket.PublicAccessBlockConfigurationProperty { {{flag}} = true, {{others}} };
        all.{{flag}} = true;
        new CfnBucket(this, "Documents", new CfnBucketProps { PublicAccessBlockConfiguration = all });
        new CfnBucket(this, "Reports", new CfnBucketProps { PublicAccessBlockConfiguration = new CfnBucket.PublicAccessBlockConfigurationProperty { {{others}}, {{flag}} = true } });
        """));
}
