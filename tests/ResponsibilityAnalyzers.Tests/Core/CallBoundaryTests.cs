using System.Threading.Tasks;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using CseRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.ClientSideEncryption.ClientSideEncryptionAnalyzer>;
using DeletionProtectionRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.DeletionProtectionAnalyzer>;
using SseRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.SseBelowPolicyAnalyzer>;
using EbsRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.UnencryptedEbsVolumeAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Core;

/// <summary>
/// The flow engine's one call boundary (MethodSummary): a method of ours in the same file that completes a request it
/// is given, or returns a client, is read at the call site; one that hands the object on, or lives elsewhere, is not.
/// </summary>
public class CallBoundaryTests
{
    [Fact]
    public Task HelperThatSetsOtherProperties_DoesNotHideTheMissingOne() => EbsRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using Amazon.EC2.Model;

        class Storage
        {
            object Scratch()
            {
                var request = {|SRM2101:new CreateVolumeRequest|} { AvailabilityZone = "eu-west-1a" };
                ApplyDefaults(request);
                return request;
            }

            static void ApplyDefaults(CreateVolumeRequest request)
            {
                request.Size = 100;
                request.VolumeType = "gp3";
            }
        }
        """);

    [Fact]
    public Task HelperThatSetsTheProperty_OrHandsTheRequestOn_IsTrusted() => EbsRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using Amazon.EC2.Model;

        class Storage
        {
            private readonly List<CreateVolumeRequest> _pending = new();

            void Volumes()
            {
                var encrypted = new CreateVolumeRequest { Size = 8 };
                ApplyEncryption(encrypted);
                var queued = new CreateVolumeRequest { Size = 8 };
                Queue(queued);
                var forwarded = new CreateVolumeRequest { Size = 8 };
                Forward(forwarded);
            }

            static void ApplyEncryption(CreateVolumeRequest request) => request.Encrypted = true;

            void Queue(CreateVolumeRequest request) => _pending.Add(request);

            void Forward(CreateVolumeRequest request) => Queue(request);
        }
        """);

    [Fact]
    public Task VirtualHelper_IsNotFollowed() => EbsRule.Diagnostics(Sdk.V4, """
        using Amazon.EC2.Model;

        class Storage
        {
            void Volumes()
            {
                var request = new CreateVolumeRequest { Size = 8 };
                Customize(request);
            }

            protected virtual void Customize(CreateVolumeRequest request) => request.Size = 16;
        }
        """);

    [Fact]
    public Task ClientReturnedByAHelper_IsTracedToItsCreation() => CseRule.Diagnostics(Sdk.V4, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Uploads
        {
            private readonly IAmazonS3 _injected;

            Uploads(IAmazonS3 injected) => _injected = injected;

            static IAmazonS3 CreateClient() => new AmazonS3Client();

            IAmazonS3 Injected() => _injected;

            async Task Save(string body)
            {
                await {|SRM2009:CreateClient().PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", ContentBody = body })|};
                await Injected().PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", ContentBody = body });
            }
        }
        """,
        "srm.trust_injected_clients = true\n");

    [Fact]
    public Task ContextBuilder_IsTracedToTheClientItsFactoryReturns() => CseRule.Diagnostics(Sdk.V4, """
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.DataModel;

        class Customer { [DynamoDBHashKey] public string Id { get; set; } = ""; }

        class Customers
        {
            private readonly IAmazonDynamoDB _plain = new AmazonDynamoDBClient();
            private readonly IAmazonDynamoDB _injected;

            Customers(IAmazonDynamoDB injected) => _injected = injected;

            async Task Save(Customer customer)
            {
                var plain = new DynamoDBContextBuilder().WithDynamoDBClient(() => _plain).Build();
                await {|SRM2009:plain.SaveAsync(customer)|};
                var injected = new DynamoDBContextBuilder().WithDynamoDBClient(() => _injected).Build();
                await injected.SaveAsync(customer);
            }
        }
        """,
        "srm.trust_injected_clients = true\n");

    /// <summary>Every "must set" rule reads a request handed to a helper of ours the same way (SRM4003 and SRM2004 used to report it regardless).</summary>
    [Fact]
    public Task TableRequestCompletedByAHelper_IsTrusted_AndOneLeftIncomplete_IsReported() => DeletionProtectionRule.Diagnostics(Sdk.V4, """
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            void Create()
            {
                var orders = new CreateTableRequest { TableName = "orders" };
                RequestDefaults.Protect(orders);
                var audit = {|SRM4003:new CreateTableRequest|} { TableName = "audit" };
                RequestDefaults.Name(audit);
            }
        }

        static class RequestDefaults
        {
            public static void Protect(CreateTableRequest request) => request.DeletionProtectionEnabled = true;

            public static void Name(CreateTableRequest request) => request.TableName += "-prod";
        }
        """);

    [Fact]
    public Task UploadCompletedByAHelper_IsTrusted_ForTheSsePolicy() => SseRule.Diagnostics(Sdk.V4, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Uploads
        {
            void Upload()
            {
                var encrypted = new PutObjectRequest { BucketName = "b", Key = "k" };
                ApplyEncryption(encrypted);
                var plain = {|SRM2004:new PutObjectRequest|} { BucketName = "b", Key = "k" };
                Tag(plain);
            }

            static void ApplyEncryption(PutObjectRequest request) => request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;

            static void Tag(PutObjectRequest request) => request.ContentType = "text/plain";
        }
        """,
        "srm.required_s3_sse = sse-kms\n");

    /// <summary>A request built and returned by a helper is checked where it is built, unless a caller in the file completes it.</summary>
    [Fact]
    public Task RequestBuiltByAHelper_IsReportedInTheHelper_UnlessACallerCompletesIt() => DeletionProtectionRule.Diagnostics(Sdk.V4, """
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            private readonly IAmazonDynamoDB _dynamo;

            Tables(IAmazonDynamoDB dynamo) => _dynamo = dynamo;

            async Task CreateAsync()
            {
                await _dynamo.CreateTableAsync(BuildOrders());
                var audit = BuildAudit();
                audit.DeletionProtectionEnabled = true;
                await _dynamo.CreateTableAsync(audit);
                var sessions = BuildSessions();
                await _dynamo.CreateTableAsync(sessions);
            }

            private static CreateTableRequest BuildOrders() => {|SRM4003:new CreateTableRequest|} { TableName = "orders" };

            private static CreateTableRequest BuildAudit() => new CreateTableRequest { TableName = "audit" };

            private static CreateTableRequest BuildSessions()
            {
                var request = {|SRM4003:new CreateTableRequest|} { TableName = "sessions" };
                return request;
            }
        }
        """);
}
