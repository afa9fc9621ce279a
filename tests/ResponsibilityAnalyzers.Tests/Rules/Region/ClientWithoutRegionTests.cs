using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Region.ClientWithoutRegionAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Region;

public class ClientWithoutRegionTests
{
    private const string EuOnly = "srm.allowed_regions = eu-central-1, eu-west-1\n";

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ClientWithNoRegion_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Store
        {
            IAmazonS3 Client() => {|#0:new AmazonS3Client()|};
        }
        """,
        EuOnly,
        new DiagnosticResult(Descriptors.SRM1003_ClientWithoutRegion).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "new AmazonS3Client(…) names no Region, so it takes one from AWS_REGION, the profile or instance metadata, which no review of srm.allowed_regions (eu-central-1, eu-west-1) can see; pass an allowed RegionEndpoint or a config that sets one"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task CredentialsOnlyAndConfigsWithoutRegion_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.Runtime;
        using Amazon.S3;

        class Store
        {
            void Clients(AWSCredentials credentials)
            {
                var withCredentials = {|SRM1003:new AmazonS3Client(credentials)|};
                var config = new AmazonS3Config { Timeout = TimeSpan.FromSeconds(30) };
                var withConfig = {|SRM1003:new AmazonS3Client(config)|};
                AmazonS3Client targetTyped = {|SRM1003:new()|};
            }
        }
        """,
        EuOnly);

    [Fact]
    public Task OtherServicesAndEncryptionClients_AreReported_OnV3() => VerifyRule.Diagnostics(Sdk.V3, """
        using Amazon.S3.Encryption;

        class Vault
        {
            object Client(EncryptionMaterials materials) => {|SRM1003:new AmazonS3EncryptionClient(materials)|};
        }
        """,
        EuOnly);

    [Fact]
    public Task DynamoDBAndSqsClients_AreReported_OnV4() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.DynamoDBv2;
        using Amazon.SQS;

        class Services
        {
            void Clients()
            {
                var tables = {|SRM1003:new AmazonDynamoDBClient()|};
                var queues = {|SRM1003:new AmazonSQSClient(new AmazonSQSConfig { MaxErrorRetry = 2 })|};
            }
        }
        """,
        EuOnly);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ExplicitOrUnknownRegions_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon;
        using Amazon.Runtime;
        using Amazon.S3;

        class Store
        {
            class PinnedClient : AmazonS3Client
            {
                public PinnedClient() : base(RegionEndpoint.EUWest1) { }
            }

            void Clients(AmazonS3Config fromCaller, AWSCredentials credentials, RegionEndpoint region)
            {
                var a = new AmazonS3Client(RegionEndpoint.EUCentral1);
                var b = new AmazonS3Client(credentials, region);
                var c = new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1 });
                var d = new AmazonS3Client(new AmazonS3Config { ServiceURL = "http://localhost:4566" });
                var e = new AmazonS3Client(fromCaller);
                var config = new AmazonS3Config();
                config.RegionEndpoint = region;
                var f = new AmazonS3Client(config);
                var g = new PinnedClient();
            }
        }
        """,
        EuOnly);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task LambdaFunctionClients_AreNotReported_ButOtherClassesStillAre(Sdk sdk) => VerifyRule.Diagnostics(sdk, [AmazonLambdaCore.Source], """
        using System;
        using System.Threading.Tasks;
        using Amazon.Lambda.Core;
        using Amazon.S3;
        using Amazon.S3.Model;

        namespace Thumbnails;

        public class Function
        {
            // The runtime sets AWS_REGION to the function's own Region: clients kept across invocations, and made per call.
            private static readonly IAmazonS3 Shared = new AmazonS3Client();
            private readonly IAmazonS3 _s3;

            public Function() => _s3 = new AmazonS3Client();

            public async Task<string> FunctionHandler(string key, ILambdaContext context)
            {
                context.Logger.LogLine($"Resizing {key}");
                using var perCall = new AmazonS3Client();
                var response = await _s3.GetObjectAsync(new GetObjectRequest { BucketName = "uploads", Key = key });
                return response.ETag;
            }
        }

        public static class Bootstrap
        {
            // A handler handed to the runtime as a lambda (top-level and LambdaBootstrapBuilder style).
            public static Func<string, ILambdaContext, Task<int>> Handler = async (key, context) =>
            {
                var s3 = new AmazonS3Client();
                var listing = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "uploads", Prefix = key });
                return (int)listing.HttpStatusCode;
            };
        }

        public class ReportJob
        {
            // Not a Lambda function: a scheduled job on a server, whose Region is whatever the host says.
            public IAmazonS3 Client() => {|SRM1003:new AmazonS3Client()|};
        }
        """,
        EuOnly);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task AssemblyWithALambdaSerializer_IsALambdaFunction_Throughout(Sdk sdk) => VerifyRule.Diagnostics(sdk, [AmazonLambdaCore.Source], """
        using System.IO;
        using Amazon.Lambda.Core;
        using Amazon.S3;

        [assembly: LambdaSerializer(typeof(Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer))]

        namespace Amazon.Lambda.Serialization.SystemTextJson
        {
            public class DefaultLambdaJsonSerializer : ILambdaSerializer
            {
                public T Deserialize<T>(Stream requestStream) => default!;
                public void Serialize<T>(T response, Stream responseStream) { }
            }
        }

        namespace Orders.Functions
        {
            public class OrderRepository
            {
                private readonly IAmazonS3 _s3 = new AmazonS3Client();
            }
        }
        """,
        EuOnly);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task AssemblySerializerUnderAnAlias_IsStillRecognised_AndOtherAssemblyAttributesAreNot(Sdk sdk) => VerifyRule.Diagnostics(sdk, [AmazonLambdaCore.Source], """
        using System.IO;
        using Amazon.S3;
        using Serializer = Amazon.Lambda.Core.LambdaSerializerAttribute;

        [assembly: Serializer(typeof(Orders.Functions.JsonSerializer))]

        namespace Orders.Functions
        {
            public class JsonSerializer : Amazon.Lambda.Core.ILambdaSerializer
            {
                public T Deserialize<T>(Stream requestStream) => default!;
                public void Serialize<T>(T response, Stream responseStream) { }
            }

            public class OrderRepository
            {
                private readonly IAmazonS3 _s3 = new AmazonS3Client();
            }
        }
        """,
        EuOnly);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task AssemblyAttributesOtherThanTheSerializer_DoNotMakeALambdaFunction(Sdk sdk) => VerifyRule.Diagnostics(sdk, [AmazonLambdaCore.Source], """
        using System.Reflection;
        using Amazon.S3;

        [assembly: AssemblyDescription("Order export job")]

        namespace Orders.Jobs
        {
            public class OrderRepository
            {
                private readonly IAmazonS3 _s3 = {|SRM1003:new AmazonS3Client()|};
            }
        }
        """,
        EuOnly);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FallbackForAnInjectedClient_IsNotReported_ButAClientOfItsOwnIs(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        public class BlobStore
        {
            private readonly IAmazonS3 _s3;
            private IAmazonS3? _archive;

            // Dependency injection gives the configured client; the fallback serves callers that pass none.
            public BlobStore(IAmazonS3? s3 = null) => _s3 = s3 ?? new AmazonS3Client();

            public IAmazonS3 Archive() => _archive ??= new AmazonS3Client();

            public IAmazonS3 Export() => {|SRM1003:new AmazonS3Client()|};
        }

        public class DocumentRepository
        {
            private readonly IAmazonS3 _s3;

            // The parameterless constructor serves callers without dependency injection.
            public DocumentRepository() : this(new AmazonS3Client()) { }

            public DocumentRepository(IAmazonS3 s3) => _s3 = s3;
        }

        public class LegacyRepository : BlobStore
        {
            // A base class's constructor is not a fallback of this class's own: the client is all it gets.
            public LegacyRepository() : base({|SRM1003:new AmazonS3Client()|}) { }
        }
        """,
        EuOnly);

    [Fact]
    public Task ClientsOfServicesThatKeepNoData_AreNotReported_ButADataServiceIsNamed() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.SecurityToken;
        using Amazon.SecurityToken.Model;
        using Amazon.SQS;
        using System.Threading.Tasks;

        public class Identity
        {
            public async Task<string> WhoAmI()
            {
                using var sts = new AmazonSecurityTokenServiceClient();
                var caller = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
                return caller.Arn;
            }

            public IAmazonSQS Queues() => {|#0:new AmazonSQSClient()|};
        }
        """,
        EuOnly,
        new DiagnosticResult(Descriptors.SRM1003_ClientWithoutRegion).WithLocation(0).WithArguments(
            "SQS is an abstracted service",
            "new AmazonSQSClient(…) names no Region, so it takes one from AWS_REGION, the profile or instance metadata, which no review of srm.allowed_regions (eu-central-1, eu-west-1) can see; pass an allowed RegionEndpoint or a config that sets one"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task WithoutAnAllowList_NothingIsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Store
        {
            IAmazonS3 Client() => new AmazonS3Client();
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.Runtime
        {
            public class AmazonServiceClient { }
        }

        class Store
        {
            object Client() => new Amazon.Runtime.AmazonServiceClient();
        }
        """,
        EuOnly);
}
