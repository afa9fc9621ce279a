using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.ObjectOwnershipAnalyzer, ResponsibilityAnalyzers.CodeFixes.AccessControl.ObjectOwnershipFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

/// <summary>SRM5005, CDK form: BucketProps with ObjectOwnership OBJECT_WRITER or BUCKET_OWNER_PREFERRED.</summary>
public class ObjectOwnershipCdkTests
{
    [Fact]
    public Task UnsafeOrMissing_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Bucket(this, "Uploads", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.OBJECT_WRITER|} });
                new Bucket(this, "Logs", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.BUCKET_OWNER_PREFERRED|} });
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
                new Bucket(this, "Uploads", new BucketProps { ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED });
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
                new Bucket(this, "Uploads", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.OBJECT_WRITER|} });
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
                new Bucket(this, "Uploads", new BucketProps { ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED });
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
                new Bucket(this, "Uploads", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.OBJECT_WRITER|} });
                new Bucket(this, "Logs", new BucketProps { ObjectOwnership = {|SRM5005:ObjectOwnership.BUCKET_OWNER_PREFERRED|} });
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
                new Bucket(this, "Uploads", new BucketProps { ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED });
                new Bucket(this, "Logs", new BucketProps { ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED });
            }
        }
        """);
}
