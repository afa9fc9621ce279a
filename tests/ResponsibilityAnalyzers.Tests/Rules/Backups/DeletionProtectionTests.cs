using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.DeletionProtectionAnalyzer, ResponsibilityAnalyzers.CodeFixes.Backups.DeletionProtectionFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Backups;

/// <summary>SRM4003, on SDK v4 only: the v3 reference set (Sdk.V3) has no AWSSDK.DynamoDBv2.</summary>
public class DeletionProtectionTests
{
    /// <summary>A value written in an earlier statement is reported where the request takes it (what the IDE analyzes), with the value beside it.</summary>
    [Fact]
    public Task FalseInAnEarlierStatement_IsReportedWhereTheRequestTakesIt() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            CreateTableRequest Orders()
            {
                var protect = {|#1:false|};
                return new CreateTableRequest { TableName = "orders", DeletionProtectionEnabled = {|#0:protect|} };
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4003_TableWithoutDeletionProtection).WithLocation(0).WithLocation(1).WithArguments(
            "DynamoDB is an abstracted service",
            "DeletionProtectionEnabled = false lets one DeleteTable call remove the table and every item in it"));

    [Fact]
    public Task CreateTableRequestWithoutProtection_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            CreateTableRequest Orders() => {|#0:new CreateTableRequest|}
            {
                TableName = "orders",
                BillingMode = BillingMode.PAY_PER_REQUEST,
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4003_TableWithoutDeletionProtection).WithLocation(0).WithArguments(
            "DynamoDB is an abstracted service",
            "the table is created without DeletionProtectionEnabled = true, so one DeleteTable call removes it and every item in it"));

    /// <summary>DynamoDB Local has no deletion protection to give: tables created through a client of it are not reported.</summary>
    [Fact]
    public Task TablesOfDynamoDbLocal_AreNotReported_TablesOfAwsStillAre() => VerifyRule.Diagnostics(Sdk.V4, """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class OrderTables
        {
            private static readonly string LocalUrl = "http://localhost:8000";
            private readonly IAmazonDynamoDB _local;
            private readonly IAmazonDynamoDB _aws = new AmazonDynamoDBClient(Amazon.RegionEndpoint.EUWest1);

            public OrderTables(int port)
            {
                var config = new AmazonDynamoDBConfig();
                config.ServiceURL = Environment.GetEnvironmentVariable("DYNAMODB_URL") ?? LocalUrl;
                _local = new AmazonDynamoDBClient("local", "local", config);
            }

            public async Task CreateAsync(List<KeySchemaElement> keys, List<AttributeDefinition> attributes, ProvisionedThroughput throughput)
            {
                await _local.CreateTableAsync(new CreateTableRequest { TableName = "orders", KeySchema = keys, AttributeDefinitions = attributes });
                await _local.CreateTableAsync(new CreateTableRequest { TableName = "audit", DeletionProtectionEnabled = false });
                await _local.CreateTableAsync("carts", keys, attributes, throughput);
                await _aws.CreateTableAsync(new CreateTableRequest { TableName = "orders", DeletionProtectionEnabled = {|SRM4003:false|} });
                await {|SRM4003:_aws.CreateTableAsync("carts", keys, attributes, throughput)|};
                await _aws.CreateTableAsync({|SRM4003:new CreateTableRequest|} { TableName = "sessions", KeySchema = keys, AttributeDefinitions = attributes });
            }
        }
        """);

    [Fact]
    public Task ProtectionFalseOnCreateOrUpdate_AndTheOverloadWithoutARequest_AreReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            async Task ChangeAsync(IAmazonDynamoDB dynamo, List<KeySchemaElement> keys, List<AttributeDefinition> attributes, bool tearDown)
            {
                await dynamo.CreateTableAsync(new CreateTableRequest { TableName = "a", DeletionProtectionEnabled = {|#0:false|} });
                await dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = "b", DeletionProtectionEnabled = tearDown ? {|#1:false|} : true });
                await {|#2:dynamo.CreateTableAsync("c", keys, attributes, new ProvisionedThroughput(1, 1))|};
            }
        }
        """,
        null,
        new DiagnosticResult(Descriptors.SRM4003_TableWithoutDeletionProtection).WithLocation(0).WithArguments(
            "DynamoDB is an abstracted service", "DeletionProtectionEnabled = false lets one DeleteTable call remove the table and every item in it"),
        new DiagnosticResult(Descriptors.SRM4003_TableWithoutDeletionProtection).WithLocation(1).WithArguments(
            "DynamoDB is an abstracted service", "DeletionProtectionEnabled = false lets one DeleteTable call remove the table and every item in it"),
        new DiagnosticResult(Descriptors.SRM4003_TableWithoutDeletionProtection).WithLocation(2).WithArguments(
            "DynamoDB is an abstracted service", "CreateTable(tableName, …) cannot set DeletionProtectionEnabled, so one DeleteTable call removes the table and every item in it"));

    [Fact]
    public Task ProtectionTrue_Unknown_OrSetLaterInTheMethod_IsNotReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            async Task CreateAsync(IAmazonDynamoDB dynamo, bool production)
            {
                await dynamo.CreateTableAsync(new CreateTableRequest { TableName = "a", DeletionProtectionEnabled = true });
                await dynamo.CreateTableAsync(new CreateTableRequest { TableName = "b", DeletionProtectionEnabled = production });
                var c = new CreateTableRequest { TableName = "c" };
                c.DeletionProtectionEnabled = true;
                await dynamo.CreateTableAsync(c);
                await dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = "d", DeletionProtectionEnabled = true });
                await dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = "e", BillingMode = BillingMode.PAY_PER_REQUEST });
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.DynamoDBv2.Model
        {
            public class CreateTableRequest { public string TableName { get; set; } }
        }

        class Tables
        {
            object Orders() => new Amazon.DynamoDBv2.Model.CreateTableRequest { TableName = "orders" };
        }
        """);

    [Fact]
    public Task WithS3Only_NothingIsReported() => VerifyRule.Diagnostics(Sdk.V3, """
        class Buckets
        {
            object Request() => new Amazon.S3.Model.PutBucketRequest { BucketName = "documents" };
        }
        """);

    [Fact]
    public Task Fix_AddsTheProperty_InTheInitializersStyle() => VerifyRule.Fix(Sdk.V4, """
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            CreateTableRequest WithComma() => {|SRM4003:new CreateTableRequest|}
            {
                TableName = "a",
                BillingMode = BillingMode.PAY_PER_REQUEST,
            };

            CreateTableRequest WithoutComma() => {|SRM4003:new CreateTableRequest|}
            {
                TableName = "b",
                BillingMode = BillingMode.PAY_PER_REQUEST // on demand
            };

            CreateTableRequest OneLine() => {|SRM4003:new CreateTableRequest|} { TableName = "c" };

            CreateTableRequest Empty() => {|SRM4003:new CreateTableRequest|}();
        }
        """, """
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            CreateTableRequest WithComma() => new CreateTableRequest
            {
                TableName = "a",
                BillingMode = BillingMode.PAY_PER_REQUEST,
                DeletionProtectionEnabled = true,
            };

            CreateTableRequest WithoutComma() => new CreateTableRequest
            {
                TableName = "b",
                BillingMode = BillingMode.PAY_PER_REQUEST, // on demand
                DeletionProtectionEnabled = true
            };

            CreateTableRequest OneLine() => new CreateTableRequest { TableName = "c", DeletionProtectionEnabled = true };

            CreateTableRequest Empty() => new CreateTableRequest { DeletionProtectionEnabled = true };
        }
        """);

    [Fact]
    public Task Fix_ReplacesFalse() => VerifyRule.Fix(Sdk.V4, """
        class Tables
        {
            object Update() => new Amazon.DynamoDBv2.Model.UpdateTableRequest { TableName = "orders", DeletionProtectionEnabled = {|SRM4003:false|} };
        }
        """, """
        class Tables
        {
            object Update() => new Amazon.DynamoDBv2.Model.UpdateTableRequest { TableName = "orders", DeletionProtectionEnabled = true };
        }
        """);

    /// <summary>
    /// A table the same type deletes again (a test fixture, which turns protection off on purpose) or whose items all
    /// expire (a lock table) is temporary; the app's own table next to them is still reported.
    /// </summary>
    [Fact]
    public Task TemporaryTables_AreNotReported_TheAppsTable_IsReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        public sealed class OrdersTableFixture : IAsyncDisposable
        {
            private readonly IAmazonDynamoDB _dynamo = new AmazonDynamoDBClient();
            private readonly string _table = $"orders-test-{Guid.NewGuid():N}";

            public async Task InitializeAsync()
            {
                await _dynamo.CreateTableAsync(new CreateTableRequest { TableName = _table, DeletionProtectionEnabled = false });
                await {|#1:_dynamo.CreateTableAsync(_table + "-archive", new List<KeySchemaElement>(), new List<AttributeDefinition>(), new ProvisionedThroughput(1, 1))|};
            }

            public async ValueTask DisposeAsync() => await _dynamo.DeleteTableAsync(_table);
        }

        public sealed class DynamoDbLockStore
        {
            private const string LockTable = "app-locks";
            private readonly IAmazonDynamoDB _dynamo;

            public DynamoDbLockStore(IAmazonDynamoDB dynamo) => _dynamo = dynamo;

            public async Task EnsureTableAsync()
            {
                await _dynamo.CreateTableAsync(new CreateTableRequest { TableName = LockTable, BillingMode = BillingMode.PAY_PER_REQUEST });
                await _dynamo.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
                {
                    TableName = LockTable,
                    TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = "expires_at", Enabled = true },
                });
            }

            public Task EnsureOrdersAsync() => _dynamo.CreateTableAsync({|#0:new CreateTableRequest|} { TableName = "orders", BillingMode = BillingMode.PAY_PER_REQUEST });
        }
        """,
        null,
        new DiagnosticResult(Descriptors.SRM4003_TableWithoutDeletionProtection).WithLocation(1).WithArguments(
            "DynamoDB is an abstracted service",
            "CreateTable(tableName, …) cannot set DeletionProtectionEnabled, so one DeleteTable call removes the table and every item in it"),
        new DiagnosticResult(Descriptors.SRM4003_TableWithoutDeletionProtection).WithLocation(0).WithArguments(
            "DynamoDB is an abstracted service",
            "the table is created without DeletionProtectionEnabled = true, so one DeleteTable call removes it and every item in it"));

    [Fact]
    public Task FixAll_ProtectsEveryTable() => VerifyRule.FixAll(Sdk.V4, """
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            void Build()
            {
                var a = {|SRM4003:new CreateTableRequest|} { TableName = "a" };
                var b = new CreateTableRequest { TableName = "b", DeletionProtectionEnabled = {|SRM4003:false|} };
                var c = new UpdateTableRequest { TableName = "c", DeletionProtectionEnabled = {|SRM4003:false|} };
            }
        }
        """, """
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            void Build()
            {
                var a = new CreateTableRequest { TableName = "a", DeletionProtectionEnabled = true };
                var b = new CreateTableRequest { TableName = "b", DeletionProtectionEnabled = true };
                var c = new UpdateTableRequest { TableName = "c", DeletionProtectionEnabled = true };
            }
        }
        """);
}
