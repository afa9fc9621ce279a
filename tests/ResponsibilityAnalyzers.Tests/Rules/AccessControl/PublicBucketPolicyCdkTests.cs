using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.PublicBucketPolicyAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

/// <summary>SRM5003, CDK form: BucketProps with PublicReadAccess = true (no fix: a public site bucket may mean it; the page says how to serve it through CloudFront instead).</summary>
public class PublicBucketPolicyCdkTests
{
    [Fact]
    public Task UnsafeOrMissing_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool open) : base(scope, "App")
            {
                new Bucket(this, "Site", new BucketProps { PublicReadAccess = {|SRM5003:true|}, BlockPublicAccess = BlockPublicAccess.BLOCK_ACLS });
                new Bucket(this, "Docs", new BucketProps { PublicReadAccess = open ? {|SRM5003:true|} : false });
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
            AppStack(Construct scope, bool open) : base(scope, "App")
            {
                new Bucket(this, "Site", new BucketProps { PublicReadAccess = false });
                new Bucket(this, "Docs", new BucketProps { PublicReadAccess = open });
                new Bucket(this, "Logs");
            }
        }
        """);

    /// <summary>A static website bucket (WebsiteIndexDocument, WebsiteRedirect) is served by the S3 website endpoint, which serves public objects only: public read is what it is for.</summary>
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
                new Bucket(this, "Assets", new BucketProps { PublicReadAccess = {|SRM5003:true|}, BlockPublicAccess = BlockPublicAccess.BLOCK_ACLS });
            }
        }
        """);
}
