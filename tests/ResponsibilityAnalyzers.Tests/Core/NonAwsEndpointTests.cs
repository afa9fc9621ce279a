using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using KeysRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Credentials.LongTermAccessKeysAnalyzer>;
using RegionRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Region.ClientWithoutRegionAnalyzer>;
using RoundTripRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.ClientSideEncryption.PlaintextRoundTripAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Core;

/// <summary>
/// Clients of endpoints that are not AWS (the shared check, ClientEndpoints): a blob store over MinIO, Wasabi, R2 or a
/// local emulator gets no finding from any rule, and the same code over an AWS client still gets every one. A
/// ServiceURL the code does not show (configuration, a parameter) is not evidence: the findings stay.
/// </summary>
public class NonAwsEndpointTests
{
    /// <summary>The rules the blob store below trips on AWS (SRM2009: the uploaded stream's sensitivity is unknown).</summary>
    private static readonly string[] S3Rules =
    {
        "SRM1001", "SRM2003", "SRM2004", "SRM2009", "SRM3001", "SRM3002", "SRM3003", "SRM4004", "SRM4005", "SRM4006",
        "SRM5001", "SRM5002", "SRM5003", "SRM5004", "SRM5005", "SRM6001",
    };

    private static readonly Dictionary<string, string> Options = new()
    {
        ["srm.allowed_regions"] = "eu-central-1",
        ["srm.required_s3_sse"] = "sse-kms",
    };

    /// <summary>A blob store the way S3-compatible libraries write one: every gap an S3 rule reads, through one client field.</summary>
    private static string BlobStore(string client) => $$"""
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using Amazon;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Amazon.S3.Util;

        public class BlobStore
        {
            private const string PublicPolicy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::media/*\"}]}";

            private readonly IAmazonS3 _s3;

            public BlobStore(string accessKey, string secretKey, Func<string> settings)
            {
                _s3 = {{client}};
            }

            public async Task CreateContainerAsync()
            {
                const string name = "media";
                await _s3.PutBucketAsync(new PutBucketRequest { BucketName = name, CannedACL = S3CannedACL.PublicRead });
                await _s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                {
                    BucketName = name,
                    VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended },
                });
                await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = name, Policy = PublicPolicy });
                await _s3.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = name });
                await _s3.DeleteBucketEncryptionAsync(new DeleteBucketEncryptionRequest { BucketName = name });
                await _s3.PutBucketOwnershipControlsAsync(new PutBucketOwnershipControlsRequest
                {
                    BucketName = name,
                    OwnershipControls = new OwnershipControls { Rules = new List<OwnershipControlsRule> { new OwnershipControlsRule { ObjectOwnership = ObjectOwnership.ObjectWriter } } },
                });
            }

            public async Task UploadAsync(string bucket, string key, Stream body)
            {
                var request = new PutObjectRequest
                {
                    BucketName = bucket,
                    Key = key,
                    InputStream = body,
                    Grants = new List<S3Grant> { new S3Grant { Grantee = new S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AllUsers" }, Permission = S3Permission.READ } },
                };
                await _s3.PutObjectAsync(request);
            }

            public string Share(string bucket, string key) => _s3.GetPreSignedURL(new GetPreSignedUrlRequest
            {
                BucketName = bucket,
                Key = key,
                Protocol = Protocol.HTTP,
                Expires = DateTime.UtcNow.AddDays(30),
            });

            public Task DeleteLegacyContainerAsync() => AmazonS3Util.DeleteS3BucketWithObjectsAsync(_s3, "legacy-media");
        }
        """;

    public static IEnumerable<object[]> NotAwsClients()
    {
        foreach (var sdk in new[] { Sdk.V3, Sdk.V4 })
        {
            // MinIO, as its .NET guides write it.
            yield return new object[] { sdk, """new AmazonS3Client(accessKey, secretKey, new AmazonS3Config { ServiceURL = "https://minio.internal:9000", ForcePathStyle = true, AuthenticationRegion = "us-east-1", UseHttp = true })""" };

            // Wasabi and Cloudflare R2 (the account id is computed, the domain is not).
            yield return new object[] { sdk, """new AmazonS3Client(accessKey, "Xk2v9QpLr7Tz3WmN8cYb5HdJ1sFg6RaE4uVo0KiQ", new AmazonS3Config { ServiceURL = "https://s3.eu-central-1.wasabisys.com", RegionEndpoint = RegionEndpoint.USEast1 })""" };
            yield return new object[] { sdk, """new AmazonS3Client(accessKey, secretKey, new AmazonS3Config { ServiceURL = $"https://{settings()}.r2.cloudflarestorage.com", AuthenticationRegion = "auto" })""" };

            // A local emulator whose address comes from the environment, with a fallback written here.
            yield return new object[] { sdk, """new AmazonS3Client("test", "test", new AmazonS3Config { ServiceURL = Environment.GetEnvironmentVariable("S3_ENDPOINT") ?? "http://localhost:4566", UseHttp = true })""" };
        }
    }

    public static IEnumerable<object[]> AwsClients()
    {
        foreach (var sdk in new[] { Sdk.V3, Sdk.V4 })
        {
            yield return new object[] { sdk, """new AmazonS3Client(accessKey, "Xk2v9QpLr7Tz3WmN8cYb5HdJ1sFg6RaE4uVo0KiQ", new AmazonS3Config { ServiceURL = "https://s3.eu-west-1.amazonaws.com", UseHttp = true, AuthenticationRegion = "us-east-1" })""" };

            // The ServiceURL comes from configuration: not evidence either way.
            yield return new object[] { sdk, """new AmazonS3Client(accessKey, "Xk2v9QpLr7Tz3WmN8cYb5HdJ1sFg6RaE4uVo0KiQ", new AmazonS3Config { ServiceURL = settings(), UseHttp = true, AuthenticationRegion = "us-east-1" })""" };
        }
    }

    [Theory]
    [MemberData(nameof(NotAwsClients))]
    public async Task BlobStoreOverAStoreThatIsNotAws_GetsNoFinding(Sdk sdk, string client)
    {
        var found = await RunAsync(sdk, BlobStore(client));
        Assert.Equal(new string[0], S3Rules.Where(found.Contains));
    }

    [Theory]
    [MemberData(nameof(AwsClients))]
    public async Task SameBlobStoreOverAws_StillGetsEveryFinding(Sdk sdk, string client)
    {
        var found = await RunAsync(sdk, BlobStore(client));
        Assert.Equal(S3Rules, S3Rules.Where(found.Contains));
    }

    private static async Task<ImmutableHashSet<string>> RunAsync(Sdk sdk, string source)
    {
        var compilation = await AnalyzerRunner.CompileAsync(sdk, source);
        var (diagnostics, exceptions) = await AnalyzerRunner.RunAsync(compilation, Catalog.Analyzers, TestOptions.Create(Options));
        Assert.Empty(exceptions);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath == "/0/Test0.cs");
        return diagnostics.Select(d => d.Id).ToImmutableHashSet();
    }

    /// <summary>The rules a table store trips on AWS (SDK v4: DynamoDB is served for v4 only).</summary>
    private static readonly string[] DynamoDbRules = { "SRM2005", "SRM3001", "SRM4001", "SRM4003", "SRM4006", "SRM6001" };

    /// <summary>A store over DynamoDB, or DynamoDB Local, whose endpoint reaches the client through value flow.</summary>
    private static string TableStore(string url, string optionsDefault = "") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        public class DynamoOptions
        {
            public string ServiceUrl { get; set; }{{optionsDefault}}
        }

        public class SessionStore
        {
            private static readonly string LocalEndpoint = "http://localhost:8000";
            private readonly IAmazonDynamoDB _dynamo;

            public SessionStore(DynamoOptions options, int port)
            {
                var config = new AmazonDynamoDBConfig { UseHttp = true };
                config.ServiceURL = {{url}};
                _dynamo = new AmazonDynamoDBClient("AKIAZ7QWERTYUIOPASDF", "Xk2v9QpLr7Tz3WmN8cYb5HdJ1sFg6RaE4uVo0KiQ", config);
            }

            public async Task CreateAsync()
            {
                await _dynamo.CreateTableAsync(new CreateTableRequest
                {
                    TableName = "sessions",
                    KeySchema = new List<KeySchemaElement> { new KeySchemaElement("id", KeyType.HASH) },
                    AttributeDefinitions = new List<AttributeDefinition> { new AttributeDefinition("id", ScalarAttributeType.S) },
                    BillingMode = BillingMode.PAY_PER_REQUEST,
                });
                await _dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = "sessions", SSESpecification = new SSESpecification { Enabled = false } });
            }

            public Task DropLegacyAsync() => _dynamo.DeleteTableAsync("legacy-sessions");
        }
        """;

    [Theory]
    [InlineData("LocalEndpoint", "")]
    [InlineData("$\"http://localhost:{port}\"", "")]
    [InlineData("Environment.GetEnvironmentVariable(\"DYNAMODB_ENDPOINT\") ?? \"http://localhost:8000\"", "")]
    [InlineData("options.ServiceUrl", " = \"http://localhost:8000\";")]
    [InlineData("\"http://dynamodb-local:8000\"", "")]
    public async Task TableStoreOverDynamoDbLocal_GetsNoFinding(string url, string optionsDefault)
    {
        var found = await RunAsync(Sdk.V4, TableStore(url, optionsDefault));
        Assert.Equal(new string[0], DynamoDbRules.Where(found.Contains));
    }

    [Theory]
    [InlineData("\"http://dynamodb.eu-central-1.amazonaws.com\"", "")]
    [InlineData("options.ServiceUrl", "")]
    [InlineData("$\"http://{options.ServiceUrl}:{port}\"", "")]
    public async Task SameTableStoreOverAws_OrAnEndpointFromConfiguration_StillGetsEveryFinding(string url, string optionsDefault)
    {
        var found = await RunAsync(Sdk.V4, TableStore(url, optionsDefault));
        Assert.Equal(DynamoDbRules, DynamoDbRules.Where(found.Contains));
    }

    /// <summary>The rules a LocalStack bootstrap trips on AWS (SDK v4: EC2, SQS and Systems Manager are served for v4 only).</summary>
    private static readonly string[] InfrastructureRules = { "SRM2101", "SRM2104", "SRM2105", "SRM5101", "SRM5102" };

    /// <summary>A bootstrap that provisions queues, volumes, instances and parameters, the way LocalStack set-ups do, through one endpoint property.</summary>
    private static string Bootstrap(string url) => $$"""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.EC2;
        using Amazon.EC2.Model;
        using Amazon.SimpleSystemsManagement;
        using Amazon.SimpleSystemsManagement.Model;
        using Amazon.SQS;
        using Amazon.SQS.Model;

        public class Bootstrap
        {
            private static string Endpoint => {{url}};

            private readonly AmazonSQSClient _sqs = new AmazonSQSClient(new AmazonSQSConfig { ServiceURL = Endpoint });
            private readonly AmazonEC2Client _ec2 = new AmazonEC2Client(new AmazonEC2Config { ServiceURL = Endpoint });
            private readonly AmazonSimpleSystemsManagementClient _ssm = new AmazonSimpleSystemsManagementClient(new AmazonSimpleSystemsManagementConfig { ServiceURL = Endpoint });

            public async Task RunAsync(string password)
            {
                await _sqs.CreateQueueAsync(new CreateQueueRequest
                {
                    QueueName = "orders",
                    Attributes = new Dictionary<string, string> { [QueueAttributeName.SqsManagedSseEnabled] = "false" },
                });
                await _ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "us-east-1a", Size = 10 });
                await _ec2.RunInstancesAsync(new RunInstancesRequest
                {
                    ImageId = "ami-12345678",
                    MinCount = 1,
                    MaxCount = 1,
                    MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Optional },
                });
                await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
                {
                    GroupId = "sg-1",
                    IpPermissions = new List<IpPermission>
                    {
                        new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } },
                    },
                });
                await _ssm.PutParameterAsync(new PutParameterRequest { Name = "/orders/db/password", Value = password, Type = ParameterType.String });
            }
        }
        """;

    [Theory]
    [InlineData("\"http://localhost.localstack.cloud:4566\"")]
    [InlineData("System.Environment.GetEnvironmentVariable(\"AWS_ENDPOINT_URL\") ?? \"http://localhost:4566\"")]
    public async Task BootstrapOverLocalStack_GetsNoFinding(string url)
    {
        var found = await RunAsync(Sdk.V4, Bootstrap(url));
        Assert.Equal(new string[0], InfrastructureRules.Where(found.Contains));
    }

    [Theory]
    [InlineData("\"https://ec2.eu-central-1.amazonaws.com\"")]
    [InlineData("System.Environment.GetEnvironmentVariable(\"AWS_ENDPOINT_URL\")")]
    public async Task SameBootstrapOverAws_OrAnEndpointFromTheEnvironment_StillGetsEveryFinding(string url)
    {
        var found = await RunAsync(Sdk.V4, Bootstrap(url));
        Assert.Equal(InfrastructureRules, InfrastructureRules.Where(found.Contains));
    }

    /// <summary>SRM6002: the keys of a MinIO user read from the environment are not an IAM user's long-term keys; the same for AWS are.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task KeysFromTheEnvironment_ForAStoreThatIsNotAws_AreNotReported(Sdk sdk) => KeysRule.Diagnostics(sdk, """
        using System;
        using Amazon.Runtime;
        using Amazon.S3;

        class Clients
        {
            private static readonly AmazonS3Config Minio = new AmazonS3Config { ServiceURL = "https://minio.internal:9000", ForcePathStyle = true };

            void Create()
            {
                var minio = new AmazonS3Client(Environment.GetEnvironmentVariable("MINIO_ACCESS_KEY"), Environment.GetEnvironmentVariable("MINIO_SECRET_KEY"), Minio);
                var credentials = new BasicAWSCredentials(Environment.GetEnvironmentVariable("MINIO_ACCESS_KEY"), Environment.GetEnvironmentVariable("MINIO_SECRET_KEY"));
                var viaCredentials = new AmazonS3Client(credentials, new AmazonS3Config { ServiceURL = "https://minio.internal:9000" });
                var aws = {|SRM6002:new AmazonS3Client(Environment.GetEnvironmentVariable("AWS_KEY"), Environment.GetEnvironmentVariable("AWS_SECRET"), Amazon.RegionEndpoint.EUWest1)|};
            }
        }
        """);

    /// <summary>SRM2007: a KMS round trip against LocalStack's KMS is not AWS's.</summary>
    [Fact]
    public Task RoundTripThroughLocalStackKms_IsNotReported() => RoundTripRule.Diagnostics(Sdk.V4, """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.KeyManagementService;
        using Amazon.KeyManagementService.Model;

        class Rotation
        {
            private readonly IAmazonKeyManagementService _local = new AmazonKeyManagementServiceClient(new AmazonKeyManagementServiceConfig { ServiceURL = "http://localhost:4566" });

            async Task<MemoryStream> Rotate(IAmazonKeyManagementService aws, MemoryStream blob)
            {
                var plain = await _local.DecryptAsync(new DecryptRequest { CiphertextBlob = blob });
                var local = await _local.EncryptAsync(new EncryptRequest { KeyId = "alias/new", Plaintext = plain.Plaintext });
                var sealedAgain = await {|SRM2007:aws.EncryptAsync(new EncryptRequest { KeyId = "alias/new", Plaintext = plain.Plaintext })|};
                return sealedAgain.CiphertextBlob;
            }
        }
        """);

    /// <summary>SRM1003: a client of a store that is not AWS has no Region to choose; a plain AWS client does.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ClientOfAStoreThatIsNotAws_HasNoRegionToChoose(Sdk sdk) => RegionRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Clients
        {
            private static AmazonS3Config MinioConfig()
            {
                var config = new AmazonS3Config { ForcePathStyle = true };
                config.ServiceURL = "https://minio.internal:9000";
                return config;
            }

            void Create()
            {
                var minio = new AmazonS3Client(new AmazonS3Config { ServiceURL = "https://minio.internal:9000", ForcePathStyle = true });
                var fromHelper = new AmazonS3Client("key", "secret", MinioConfig());
                var aws = {|SRM1003:new AmazonS3Client()|};
            }
        }
        """,
        "srm.allowed_regions = eu-central-1\n");

    /// <summary>A config a method of ours returns is read where it is built.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public async Task ConfigReturnedByAHelper_IsRead(Sdk sdk)
    {
        var found = await RunAsync(sdk, BlobStore("new AmazonS3Client(accessKey, secretKey, Config())").Replace(
            "public async Task CreateContainerAsync()",
            "private static AmazonS3Config Config() => new AmazonS3Config { ServiceURL = \"https://storage.example.com\", ForcePathStyle = true };\n\n    public async Task CreateContainerAsync()"));
        Assert.Equal(new string[0], S3Rules.Where(found.Contains));
    }
}
