using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.BucketEncryptionAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.BucketEncryptionFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>SRM2003, on SDK v3 and v4 (both have the S3 bucket encryption API).</summary>
public class BucketEncryptionTests
{
    private const string RequireKms = "srm.required_s3_sse = sse-kms\n";

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task DeleteBucketEncryption_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Setup
        {
            Task Reset(IAmazonS3 s3) => s3.DeleteBucketEncryptionAsync({|#0:new DeleteBucketEncryptionRequest()|} { BucketName = "docs" });
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2003_BucketEncryptionWeakened).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "DeleteBucketEncryption removes the bucket's default encryption configuration: S3 falls back to SSE-S3 with keys it manages, and the KMS key and S3 Bucket Key chosen for the bucket are lost"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task DefaultBelowThePolicy_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Setup
        {
            PutBucketEncryptionRequest Encrypt(bool cheap) => new PutBucketEncryptionRequest
            {
                BucketName = "docs",
                ServerSideEncryptionConfiguration = new ServerSideEncryptionConfiguration
                {
                    ServerSideEncryptionRules = new List<ServerSideEncryptionRule>
                    {
                        new ServerSideEncryptionRule { ServerSideEncryptionByDefault = new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = {|#0:ServerSideEncryptionMethod.AES256|} } },
                        new ServerSideEncryptionRule { ServerSideEncryptionByDefault = new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = cheap ? {|#1:ServerSideEncryptionMethod.AES256|} : ServerSideEncryptionMethod.AWSKMSDSSE } },
                        new ServerSideEncryptionRule { ServerSideEncryptionByDefault = new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = ServerSideEncryptionMethod.AWSKMS } },
                    },
                },
            };
        }
        """,
        RequireKms,
        new DiagnosticResult(Descriptors.SRM2003_BucketEncryptionWeakened).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "PutBucketEncryption sets the bucket's default to SSE-S3, below the SSE-KMS that srm.required_s3_sse = sse-kms requires"),
        new DiagnosticResult(Descriptors.SRM2003_BucketEncryptionWeakened).WithLocation(1).WithArguments(
            "S3 is an abstracted service",
            "PutBucketEncryption sets the bucket's default to SSE-S3, below the SSE-KMS that srm.required_s3_sse = sse-kms requires"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task WithoutAPolicy_OrWithUnknownValues_NothingIsDowngraded(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Setup
        {
            void Encrypt(ServerSideEncryptionMethod configured)
            {
                var a = new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = ServerSideEncryptionMethod.AES256 };
                var b = new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = configured };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task InvalidPolicy_FallsBackToNone(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Setup
        {
            object Encrypt() => new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = ServerSideEncryptionMethod.AES256 };
        }
        """,
        "srm.required_s3_sse = kms\n");

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3.Model { public class DeleteBucketEncryptionRequest { } }

        class Setup
        {
            object Reset() => new Amazon.S3.Model.DeleteBucketEncryptionRequest();
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_UsesTheRequiredAlgorithm(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Setup
        {
            object Encrypt() => new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = {|SRM2003:ServerSideEncryptionMethod.AWSKMS|} };
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Setup
        {
            object Encrypt() => new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = ServerSideEncryptionMethod.AWSKMSDSSE };
        }
        """,
        "srm.required_s3_sse = dsse-kms\n");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_UpgradesEveryDefault(Sdk sdk) => VerifyRule.FixAll(sdk, """
        class Setup
        {
            void Encrypt()
            {
                var a = new Amazon.S3.Model.ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = {|SRM2003:Amazon.S3.ServerSideEncryptionMethod.AES256|} };
                var b = new Amazon.S3.Model.ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = {|SRM2003:Amazon.S3.ServerSideEncryptionMethod.None|} };
            }
        }
        """, """
        class Setup
        {
            void Encrypt()
            {
                var a = new Amazon.S3.Model.ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = Amazon.S3.ServerSideEncryptionMethod.AWSKMS };
                var b = new Amazon.S3.Model.ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = Amazon.S3.ServerSideEncryptionMethod.AWSKMS };
            }
        }
        """,
        RequireKms);
}
