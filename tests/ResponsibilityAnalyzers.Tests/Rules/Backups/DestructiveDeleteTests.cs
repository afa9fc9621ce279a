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

    /// <summary>An xunit fixture creates its table in InitializeAsync and deletes it in DisposeAsync; a production table deleted next to it is still reported.</summary>
    [Fact]
    public Task XunitFixtureDeletingTheTableItCreated_IsNotReported_ProductionTableIsReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;
        using Xunit;

        public sealed class OrdersTableFixture : IAsyncLifetime
        {
            private readonly IAmazonDynamoDB _dynamo = new AmazonDynamoDBClient();

            public string TableName { get; } = $"orders-test-{Guid.NewGuid():N}";

            public async Task InitializeAsync()
            {
                await _dynamo.CreateTableAsync(new CreateTableRequest
                {
                    TableName = TableName,
                    KeySchema = new List<KeySchemaElement> { new KeySchemaElement("Id", KeyType.HASH) },
                    AttributeDefinitions = new List<AttributeDefinition> { new AttributeDefinition("Id", ScalarAttributeType.S) },
                    BillingMode = BillingMode.PAY_PER_REQUEST,
                });
            }

            public async Task DisposeAsync()
            {
                await _dynamo.DeleteTableAsync(TableName);
            }

            // Not cleanup, and not a table this fixture created.
            public Task ResetProductionAsync() => {|#0:_dynamo.DeleteTableAsync("orders")|};
        }

        namespace Xunit
        {
            // Stand-in: xunit's IAsyncLifetime (v2), as far as the test needs it.
            public interface IAsyncLifetime
            {
                Task InitializeAsync();

                Task DisposeAsync();
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4006_DestructiveDeleteWithoutBackup).WithLocation(0).WithArguments(
            "DynamoDB is an abstracted service",
            "DeleteTable deletes table 'orders' and every item in it, and no CreateBackup of it comes first in this method"));

    /// <summary>Teardown methods of every test framework, Dispose and finally blocks are cleanup, matched by attribute name without the packages; an ordinary method is not.</summary>
    [Fact]
    public Task DeletesInCleanupCode_AreNotReported_InOrdinaryCode_AreReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;

        namespace NUnit.Framework
        {
            public sealed class TearDownAttribute : Attribute { }
            public sealed class OneTimeTearDownAttribute : Attribute { }
        }

        namespace Microsoft.VisualStudio.TestTools.UnitTesting
        {
            public sealed class TestCleanupAttribute : Attribute { }
            public sealed class ClassCleanupAttribute : Attribute { }
        }

        namespace Tests
        {
            using NUnit.Framework;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            public class NUnitSessionsTests
            {
                private readonly IAmazonDynamoDB _dynamo = new AmazonDynamoDBClient();

                [TearDown]
                public Task TearDownAsync() => _dynamo.DeleteTableAsync("sessions-test");

                [OneTimeTearDown]
                public void DropAll() => _dynamo.DeleteTableAsync("audit-test").GetAwaiter().GetResult();
            }

            [Microsoft.VisualStudio.TestTools.UnitTesting.TestClass]
            public class MsTestSessionsTests
            {
                private static readonly IAmazonDynamoDB Dynamo = new AmazonDynamoDBClient();

                [TestCleanup]
                public async Task CleanupAsync() => await Dynamo.DeleteTableAsync("sessions-test");

                [ClassCleanup]
                public static void ClassCleanup() => Dynamo.DeleteTableAsync("audit-test").Wait();
            }

            public sealed class ScratchTables : IDisposable, IAsyncDisposable
            {
                private readonly IAmazonDynamoDB _dynamo = new AmazonDynamoDBClient();

                public void Dispose() => _dynamo.DeleteTableAsync("scratch").Wait();

                public async ValueTask DisposeAsync() => await _dynamo.DeleteTableAsync("scratch");

                public async Task ImportAsync(string table)
                {
                    try
                    {
                        await _dynamo.DescribeTableAsync(table);
                    }
                    finally
                    {
                        await _dynamo.DeleteTableAsync(table);
                    }
                }

                public async Task DropOrdersAsync()
                {
                    await {|#0:_dynamo.DeleteTableAsync("orders")|};
                }
            }
        }

        namespace Microsoft.VisualStudio.TestTools.UnitTesting
        {
            public sealed class TestClassAttribute : Attribute { }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4006_DestructiveDeleteWithoutBackup).WithLocation(0).WithArguments(
            "DynamoDB is an abstracted service",
            "DeleteTable deletes table 'orders' and every item in it, and no CreateBackup of it comes first in this method"));

    /// <summary>A type that creates a table and drops it again itself (a staging table) owns its lifetime; only the same name counts.</summary>
    [Fact]
    public Task DeletingATableTheTypeCreated_IsNotReported_AnotherOrAnUnprovenName_IsReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class Migration
        {
            const string Staging = "orders-staging";
            private readonly IAmazonDynamoDB _dynamo;

            Migration(IAmazonDynamoDB dynamo) => _dynamo = dynamo;

            async Task CopyAsync(string scratch)
            {
                await _dynamo.CreateTableAsync(Staging, new List<KeySchemaElement>(), new List<AttributeDefinition>(), new ProvisionedThroughput(5, 5));
                await _dynamo.CreateTableAsync(new CreateTableRequest { TableName = scratch });
                // ... copy the items over ...
                await _dynamo.DeleteTableAsync(scratch);
                await DropStagingAsync();
            }

            Task DropStagingAsync() => _dynamo.DeleteTableAsync(new DeleteTableRequest { TableName = "orders-staging" });

            Task DropOrdersAsync() => {|SRM4006:_dynamo.DeleteTableAsync("orders")|};

            Task DropAsync(string table) => {|SRM4006:_dynamo.DeleteTableAsync(table)|};
        }
        """);

    /// <summary>
    /// A repository that creates its table and offers a reset that only its callers run does not end the table itself:
    /// the reset is still reported.
    /// </summary>
    [Fact]
    public Task ResetOfferedToCallers_OfATableTheTypeCreated_IsReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        public sealed class DocumentCatalog
        {
            public const string TableName = "docstore-index";
            private readonly IAmazonDynamoDB _dynamo;

            public DocumentCatalog(IAmazonDynamoDB dynamo) => _dynamo = dynamo;

            public Task EnsureTableAsync() => _dynamo.CreateTableAsync(new CreateTableRequest { TableName = TableName, BillingMode = BillingMode.PAY_PER_REQUEST });

            public async Task ResetAsync() => await {|SRM4006:_dynamo.DeleteTableAsync(TableName)|};
        }
        """);

    /// <summary>The AWS example style: create a bucket, upload, delete the bucket with its objects. A customer bucket deleted next to it is still reported.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ExampleDeletingTheBucketItCreated_IsNotReported_CustomerBucketIsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Amazon.S3.Util;

        public class Program
        {
            public static async Task Main()
            {
                IAmazonS3 client = new AmazonS3Client();
                var bucketName = $"doc-example-bucket-{Guid.NewGuid()}";

                await client.PutBucketAsync(new PutBucketRequest { BucketName = bucketName, UseClientRegion = true });
                await client.PutObjectAsync(new PutObjectRequest { BucketName = bucketName, Key = "hello.txt", ContentBody = "Hello, S3" });
                Console.WriteLine($"Uploaded hello.txt to {bucketName}.");

                await AmazonS3Util.DeleteS3BucketWithObjectsAsync(client, bucketName);
                await {|#0:AmazonS3Util.DeleteS3BucketWithObjectsAsync(client, "customer-documents")|};
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4006_DestructiveDeleteWithoutBackup).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "AmazonS3Util.DeleteS3BucketWithObjectsAsync deletes every object and every version in bucket 'customer-documents', then the bucket: nothing is left to restore"));

    /// <summary>A bucket deleted with its objects in a finally block or a test's teardown is cleanup.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task BucketDeletedInCleanup_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Util;

        public sealed class UploadTests : IAsyncDisposable
        {
            private readonly IAmazonS3 _s3 = new AmazonS3Client();

            public async Task RoundTripAsync(string bucket)
            {
                try
                {
                    await _s3.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest { BucketName = bucket, Key = "a", ContentBody = "a" });
                }
                finally
                {
                    await AmazonS3Util.DeleteS3BucketWithObjectsAsync(_s3, bucket);
                }
            }

            public async ValueTask DisposeAsync() => await AmazonS3Util.DeleteS3BucketWithObjectsAsync(_s3, "upload-tests");
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
