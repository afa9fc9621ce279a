using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.DestructiveDeleteAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Backups;

/// <summary>SRM4006. The DynamoDB cases run on SDK v4 only (Sdk.V3 holds AWSSDK.S3 alone); the S3 cases on v3 and v4. No code fix.</summary>
public class DestructiveDeleteTests
{
    [Fact]
    public Task DeleteTableWithoutBackup_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;

        class Tables
        {
            async Task DropAsync(IAmazonDynamoDB dynamo)
            {
                await {|#0:dynamo.DeleteTableAsync("orders")|};
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4006_DestructiveDeleteWithoutBackup).WithLocation(0).WithArguments(
            "DynamoDB is an abstracted service",
            "DeleteTable deletes table 'orders' and every item in it, and no CreateBackup of it comes first in this method"));

    [Fact]
    public Task BackupFirst_IsNotReported_BackupOfAnotherTableOrAfterwards_IsReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            const string Orders = "orders";

            async Task DropAsync(IAmazonDynamoDB dynamo, string name)
            {
                await dynamo.CreateBackupAsync(new CreateBackupRequest { TableName = Orders, BackupName = "before-drop" });
                await dynamo.DeleteTableAsync(new DeleteTableRequest { TableName = "orders" });

                await dynamo.CreateBackupAsync(new CreateBackupRequest { TableName = "audit", BackupName = "before-drop" });
                await {|SRM4006:dynamo.DeleteTableAsync("sessions")|};

                await {|SRM4006:dynamo.DeleteTableAsync("archive")|};
                await dynamo.CreateBackupAsync(new CreateBackupRequest { TableName = "archive", BackupName = "too-late" });
            }

            async Task BackupOfAnUnknownTableAsync(IAmazonDynamoDB dynamo, CreateBackupRequest backup)
            {
                await dynamo.CreateBackupAsync(backup);
                await dynamo.DeleteTableAsync("orders");
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task S3BucketWithObjectsDeletion_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Util;

        class Buckets
        {
            Task DecommissionAsync(IAmazonS3 s3, CancellationToken token) => {|#0:AmazonS3Util.DeleteS3BucketWithObjectsAsync(s3, "old-documents", token)|};
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4006_DestructiveDeleteWithoutBackup).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "AmazonS3Util.DeleteS3BucketWithObjectsAsync deletes every object and every version in bucket 'old-documents', then the bucket: nothing is left to restore"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task BypassingGovernanceRetention_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Documents
        {
            void Erase(string bucket, string key, bool force)
            {
                var one = new DeleteObjectRequest { BucketName = bucket, Key = key, BypassGovernanceRetention = {|#0:true|} };
                var many = new DeleteObjectsRequest { BucketName = bucket };
                many.BypassGovernanceRetention = force ? {|#1:true|} : false;
                var kept = new DeleteObjectRequest { BucketName = bucket, Key = key, BypassGovernanceRetention = false };
                var unknown = new DeleteObjectsRequest { BucketName = bucket, BypassGovernanceRetention = force };
            }
        }
        """,
        null,
        new DiagnosticResult(Descriptors.SRM4006_DestructiveDeleteWithoutBackup).WithLocation(0).WithArguments(
            "S3 is an abstracted service", "BypassGovernanceRetention = true deletes object versions that S3 Object Lock is retaining in governance mode"),
        new DiagnosticResult(Descriptors.SRM4006_DestructiveDeleteWithoutBackup).WithLocation(1).WithArguments(
            "S3 is an abstracted service", "BypassGovernanceRetention = true deletes object versions that S3 Object Lock is retaining in governance mode"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task OrdinaryDeletes_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Documents
        {
            async Task DeleteAsync(IAmazonS3 s3, string bucket, string key)
            {
                await s3.DeleteObjectAsync(bucket, key);
                await s3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = bucket, Quiet = true });
                await s3.DeleteBucketAsync(bucket);
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.DynamoDBv2
        {
            public interface IAmazonDynamoDB { void DeleteTable(string tableName); }
        }

        class Tables
        {
            void Drop(Amazon.DynamoDBv2.IAmazonDynamoDB dynamo) => dynamo.DeleteTable("orders");
        }
        """);
}
