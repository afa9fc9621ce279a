using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.SseBelowPolicyAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.SseBelowPolicyFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>SRM2004. S3 cases run on SDK v3 and v4; DynamoDB cases on v4 only (the v3 set holds only AWSSDK.S3 3.7.511.8).</summary>
public class SseBelowPolicyTests
{
    private const string RequireKms = "srm.required_s3_sse = sse-kms\n";

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task WithoutAPolicy_NothingIsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Upload()
            {
                var a = new PutObjectRequest { BucketName = "docs" };
                var b = new PutObjectRequest { BucketName = "docs", ServerSideEncryptionMethod = ServerSideEncryptionMethod.None };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task RequestWithoutSse_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Store
        {
            object Upload() => {|#0:new PutObjectRequest|} { BucketName = "docs" };
        }
        """,
        RequireKms,
        new DiagnosticResult(Descriptors.SRM2004_SseBelowPolicy).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "PutObjectRequest asks for no server-side encryption, and srm.required_s3_sse = sse-kms requires SSE-KMS"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryWeakS3Request_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;
        using Amazon.S3.Transfer;

        class Store
        {
            void Upload(bool cheap, ServerSideEncryptionMethod configured)
            {
                var copy = new CopyObjectRequest { ServerSideEncryptionMethod = {|SRM2004:ServerSideEncryptionMethod.AES256|} };
                var multipart = {|SRM2004:new InitiateMultipartUploadRequest()|};
                var upload = new TransferUtilityUploadRequest { BucketName = "docs" };
                upload.ServerSideEncryptionMethod = cheap ? {|SRM2004:ServerSideEncryptionMethod.AES256|} : ServerSideEncryptionMethod.AWSKMS;
                var directory = new TransferUtilityUploadDirectoryRequest { ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMSDSSE };
                var unknown = new PutObjectRequest { ServerSideEncryptionMethod = configured };
                var kms = new PutObjectRequest { ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
            }
        }
        """,
        RequireKms);

    [Fact]
    public Task TablesBelowTheRequiredKey_AreReported_OnV4() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            void Create()
            {
                var plain = {|#0:new CreateTableRequest|} { TableName = "customers" };
                var managed = new CreateTableRequest { TableName = "orders", SSESpecification = {|#1:new SSESpecification|} { Enabled = true, SSEType = SSEType.KMS } };
                var customer = new CreateTableRequest { TableName = "audit", SSESpecification = new SSESpecification { Enabled = true, KMSMasterKeyId = "alias/audit" } };
                var update = new UpdateTableRequest { TableName = "orders", SSESpecification = {|#2:new SSESpecification|} { Enabled = true, KMSMasterKeyId = "alias/aws/dynamodb" } };
                var disabled = new UpdateTableRequest { TableName = "orders", SSESpecification = new SSESpecification { Enabled = false } };
                var unchanged = new UpdateTableRequest { TableName = "orders" };
            }
        }
        """,
        "srm.required_dynamodb_key = customer-managed\n",
        new DiagnosticResult(Descriptors.SRM2004_SseBelowPolicy).WithLocation(0).WithArguments(
            "DynamoDB is an abstracted service",
            "CreateTable leaves the table on the AWS owned key, and srm.required_dynamodb_key = customer-managed requires a customer managed KMS key"),
        new DiagnosticResult(Descriptors.SRM2004_SseBelowPolicy).WithLocation(1).WithArguments(
            "DynamoDB is an abstracted service",
            "CreateTable puts the table on the AWS managed key (aws/dynamodb), and srm.required_dynamodb_key = customer-managed requires a customer managed KMS key"),
        new DiagnosticResult(Descriptors.SRM2004_SseBelowPolicy).WithLocation(2).WithArguments(
            "DynamoDB is an abstracted service",
            "UpdateTable puts the table on the AWS managed key (aws/dynamodb), and srm.required_dynamodb_key = customer-managed requires a customer managed KMS key"));

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3.Model { public class PutObjectRequest { } }

        class Store
        {
            object Upload() => new Amazon.S3.Model.PutObjectRequest();
        }
        """,
        RequireKms);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_AddsTheRequiredMethodAndKey(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(string key) => {|SRM2004:new PutObjectRequest|}
            {
                BucketName = "docs",
                Key = key,
            };
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(string key) => new PutObjectRequest
            {
                BucketName = "docs",
                Key = key,
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                ServerSideEncryptionKeyManagementServiceKeyId = "alias/docs",
            };
        }
        """,
        RequireKms + "srm.kms_key_id = \"alias/docs\"\n");

    [Fact]
    public Task Fix_AddsAKmsSseSpecification_OnV4() => VerifyRule.Fix(Sdk.V4, """
        using Amazon.DynamoDBv2.Model;

        static class Keys
        {
            public const string Customers = "alias/customers";
        }

        class Tables
        {
            CreateTableRequest Create() => {|SRM2004:new CreateTableRequest|} { TableName = "customers" };
        }
        """, """
        using Amazon.DynamoDBv2.Model;

        static class Keys
        {
            public const string Customers = "alias/customers";
        }

        class Tables
        {
            CreateTableRequest Create() => new CreateTableRequest { TableName = "customers", SSESpecification = new SSESpecification { Enabled = true, SSEType = Amazon.DynamoDBv2.SSEType.KMS, KMSMasterKeyId = Keys.Customers } };
        }
        """,
        "srm.required_dynamodb_key = customer-managed\nsrm.kms_key_id = Keys.Customers\n");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_RaisesEveryRequest(Sdk sdk) => VerifyRule.FixAll(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Upload()
            {
                var a = new PutObjectRequest { ServerSideEncryptionMethod = {|SRM2004:ServerSideEncryptionMethod.AES256|} };
                var b = new CopyObjectRequest { ServerSideEncryptionMethod = {|SRM2004:ServerSideEncryptionMethod.None|} };
            }
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Upload()
            {
                var a = new PutObjectRequest { ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
                var b = new CopyObjectRequest { ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
            }
        }
        """,
        RequireKms);
}
