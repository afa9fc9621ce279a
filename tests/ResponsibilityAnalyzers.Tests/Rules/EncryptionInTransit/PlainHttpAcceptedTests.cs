using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionInTransit.PlainHttpAcceptedAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionInTransit.PlainHttpAcceptedFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionInTransit;

/// <summary>SRM3004 (CDK only): a Bucket or Queue declared without EnforceSSL = true.</summary>
public class PlainHttpAcceptedTests
{
    [Fact]
    public Task Finding_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool strict) : base(scope, "App")
            {
                {|#0:new Bucket({|#1:this|}, {|#2:"Documents"|})|};
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM3004_PlainHttpAccepted).WithLocation(0).WithLocation(1).WithLocation(2).WithArguments(
            "S3 is an abstracted service",
            "the CDK Bucket is declared without EnforceSSL = true: its policy does not deny requests over plain HTTP, so a client set up for HTTP sends its objects unencrypted"));

    [Fact]
    public Task UnsafeOrMissing_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool strict) : base(scope, "App")
            {
                {|SRM3004:new Bucket(this, "Documents")|};
                new Bucket(this, "Reports", {|SRM3004:new BucketProps|} { Versioned = true });
                new Queue(this, "Jobs", new QueueProps { EnforceSSL = {|SRM3004:false|} });
            }
        }
        """);

    [Fact]
    public Task SafeOrUnknown_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool strict) : base(scope, "App")
            {
                new Bucket(this, "Documents", new BucketProps { EnforceSSL = true });
                new Bucket(this, "Reports", new BucketProps { EnforceSSL = strict });
                new Queue(this, "Jobs", new QueueProps { EnforceSSL = true });
            }
        }
        """);

    [Fact]
    public Task Fix_WritesTheSafeValue() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool strict) : base(scope, "App")
            {
                {|SRM3004:new Bucket(this, "Documents")|};
                new Queue(this, "Jobs", {|SRM3004:new QueueProps|} { QueueName = "jobs" });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool strict) : base(scope, "App")
            {
                new Bucket(this, "Documents", new BucketProps { EnforceSSL = true });
                new Queue(this, "Jobs", new QueueProps { QueueName = "jobs", EnforceSSL = true });
            }
        }
        """);

    [Fact]
    public Task FixAll_FixesEveryFinding() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool strict) : base(scope, "App")
            {
                {|SRM3004:new Bucket(this, "Documents")|};
                new Bucket(this, "Reports", new BucketProps { EnforceSSL = {|SRM3004:false|} });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool strict) : base(scope, "App")
            {
                new Bucket(this, "Documents", new BucketProps { EnforceSSL = true });
                new Bucket(this, "Reports", new BucketProps { EnforceSSL = true });
            }
        }
        """);

    /// <summary>The S3 website endpoint speaks plain HTTP only: EnforceSSL would take a website bucket offline.</summary>
    [Fact]
    public Task WebsiteBucket_IsNotAskedForEnforceSsl() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class SiteStack : Stack
        {
            SiteStack(Construct scope) : base(scope, "Site")
            {
                new Bucket(this, "Site", new BucketProps { WebsiteIndexDocument = "index.html", Versioned = true });
                new Bucket(this, "Files", {|SRM3004:new BucketProps|} { Versioned = true });
            }
        }
        """);
}
