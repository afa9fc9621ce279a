using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Credentials.HardCodedCredentialsAnalyzer, ResponsibilityAnalyzers.CodeFixes.Credentials.HardCodedCredentialsFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Credentials;

/// <summary>The keys below are made up for these tests; they only have the shape of real ones (a secret key is 40 letters, digits, '/' and '+').</summary>
public class HardCodedCredentialsTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task BasicCredentialsWithLiteralKeys_AreReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.Runtime;

        class Keys
        {
            AWSCredentials Credentials() => new BasicAWSCredentials("AKIA2E0A8F3B244C9986", {|#0:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|});
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM6001_HardCodedCredentials).WithLocation(0).WithArguments(
            "For every AWS service",
            "the secret access key given to new BasicAWSCredentials(…) is written in the code, where anyone with the source, its history or the assembly can read and use it; remove it so the SDK's default credential chain finds a role, an instance profile or an SSO session"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryKeyPairConstructor_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon;
        using Amazon.Runtime;
        using Amazon.S3;
        using Amazon.S3.Transfer;

        class Keys
        {
            const string Secret = "q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn";

            void All(string sessionToken)
            {
                var local = "q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn";
                var client = new AmazonS3Client("AKIA2E0A8F3B244C9986", {|SRM6001:Secret|}, RegionEndpoint.EUWest1);
                var config = new AmazonS3Client("AKIA2E0A8F3B244C9986", {|SRM6001:local|}, new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1 });
                var session = new AmazonS3Client("ASIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}, sessionToken);
                var transfer = new TransferUtility("AKIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}, RegionEndpoint.EUWest1);
                var temporary = new SessionAWSCredentials("ASIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}, sessionToken);
                var immutable = new ImmutableCredentials("ASIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}, sessionToken);
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task AccessKeyIdLiteralPassedToAnAwsApi_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.Runtime;
        using Amazon.S3;

        class Keys
        {
            void All(string secret, string token)
            {
                var basic = new BasicAWSCredentials({|SRM6001:"AKIA2E0A8F3B244C9986"|}, secret);
                var session = new SessionAWSCredentials({|SRM6001:"ASIA2E0A8F3B244C9986"|}, secret, token);
                var client = new AmazonS3Client({|SRM6001:"AKIA2E0A8F3B244C9986"|}, secret);
                var notAKey = new BasicAWSCredentials("AKIA-not-a-key", secret);
            }
        }
        """);

    [Fact]
    public Task EncryptionClientKeyOverloads_AreReported_OnV3() => VerifyRule.Diagnostics(Sdk.V3, """
        using Amazon.S3.Encryption;

        class Vault
        {
            object Client(EncryptionMaterials materials) =>
                new AmazonS3EncryptionClient("AKIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}, materials);
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task KeysInADerivedClientsBaseCall_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class LegacyClient : AmazonS3Client
        {
            public LegacyClient() : base("AKIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}) { }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ExampleKeysConfiguredKeysAndLocalEndpoints_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon;
        using Amazon.Runtime;
        using Amazon.S3;

        class Keys
        {
            const string Secret = "q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn";

            void All(string accessKey, string secretKey, int port)
            {
                var documented = new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
                var placeholder = new AmazonS3Client("AKIAIOSFODNN7EXAMPLE", "my-example-secret", RegionEndpoint.EUWest1);
                var empty = new BasicAWSCredentials("", "");
                var configured = new BasicAWSCredentials(accessKey, secretKey);
                var localStack = new AmazonS3Client(new BasicAWSCredentials("AKIA2E0A8F3B244C9986", Secret), new AmazonS3Config { ServiceURL = "http://localhost:4566" });
                var keys = new BasicAWSCredentials("AKIA2E0A8F3B244C9986", Secret);
                var minio = new AmazonS3Client(keys, new AmazonS3Config { ServiceURL = "https://minio.internal:9000", ForcePathStyle = true });
                var direct = new AmazonS3Client("AKIA2E0A8F3B244C9986", Secret, new AmazonS3Config { ServiceURL = "http://127.0.0.1:9000" });
                var interpolated = new AmazonS3Client("AKIA2E0A8F3B244C9986", Secret, new AmazonS3Config { ServiceURL = $"http://localhost:{port}" });
                var fallback = new AmazonS3Client("AKIA2E0A8F3B244C9986", Secret, new AmazonS3Config { ServiceURL = System.Environment.GetEnvironmentVariable("S3_URL") ?? "http://localhost:4566" });
                var field = new AmazonS3Client("AKIA2E0A8F3B244C9986", Secret, new AmazonS3Config { ServiceURL = LocalStack });
                var config = new AmazonS3Config { ServiceURL = $"http://localhost:{Port}", ForcePathStyle = true };
                var viaLocal = new AmazonS3Client(new BasicAWSCredentials("AKIA2E0A8F3B244C9986", Secret), config);
            }

            const int Port = 4566;
            static readonly string LocalStack = "http://localhost:4566";
        }
        """,
        "srm.non_aws_endpoints = minio.internal\n");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Placeholders_AreNotKeys_ButARealKeyBesideThemIs(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon;
        using Amazon.Runtime;
        using Amazon.S3;

        class Samples
        {
            void All()
            {
                var readme = new BasicAWSCredentials("<ACCESS-KEY>", "<SECRET-KEY>");
                var yours = new AmazonS3Client("YOUR_ACCESS_KEY", "YOUR_SECRET_ACCESS_KEY_HERE", RegionEndpoint.EUWest1);
                var words = new BasicAWSCredentials("key", "secret");
                var dummy = new BasicAWSCredentials("dummy", "dummy");
                var fake = new BasicAWSCredentials("fake", "fake");
                var localStack = new BasicAWSCredentials("test", "test");
                var masked = new BasicAWSCredentials("AKIAXXXXXXXXXXXXXXXX", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
                var typed = new BasicAWSCredentials("AKIA1234567890123456", "abcdefghijabcdefghijabcdefghijabcdefghij");
                var documented = new SessionAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "token");
                var notAKey = new BasicAWSCredentials("akia2e0a8f3b244c9986", "a-password-not-a-key");

                // A real-looking key next to a placeholder is still a key.
                var leaked = new BasicAWSCredentials({|SRM6001:"AKIA2E0A8F3B244C9986"|}, "<SECRET-KEY>");
                var pair = new AmazonS3Client("YOUR_ACCESS_KEY", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}, RegionEndpoint.EUWest1);
            }
        }
        """);

    [Fact]
    public Task DynamoDBLocalThroughValueFlow_IsNotReported_ButTheSameKeysForAwsAre() => VerifyRule.Diagnostics(Sdk.V4, """
        using System;
        using Amazon.DynamoDBv2;
        using Amazon.Runtime;

        public static class DynamoDbLocal
        {
            private static readonly string Endpoint = Environment.GetEnvironmentVariable("DYNAMODB_ENDPOINT") ?? "http://localhost:8000";

            public static IAmazonDynamoDB Client(int port) =>
                new AmazonDynamoDBClient(new BasicAWSCredentials("AKIA2E0A8F3B244C9986", "q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"), new AmazonDynamoDBConfig { ServiceURL = $"http://localhost:{port}" });

            public static IAmazonDynamoDB FromEnvironment() =>
                new AmazonDynamoDBClient("AKIA2E0A8F3B244C9986", "q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn", new AmazonDynamoDBConfig { ServiceURL = Environment.GetEnvironmentVariable("DYNAMODB_URL") ?? "http://localhost:8000" });

            public static IAmazonDynamoDB FromField() =>
                new AmazonDynamoDBClient(new BasicAWSCredentials("AKIA2E0A8F3B244C9986", "q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"), new AmazonDynamoDBConfig { ServiceURL = Endpoint });

            public static IAmazonDynamoDB Documented() =>
                new AmazonDynamoDBClient(new BasicAWSCredentials("fakeMyKeyId", "fakeSecretAccessKey"), new AmazonDynamoDBConfig { RegionEndpoint = Amazon.RegionEndpoint.EUWest1 });

            public static IAmazonDynamoDB Production() =>
                {|#1:new AmazonDynamoDBClient(new BasicAWSCredentials("AKIA2E0A8F3B244C9986", {|#0:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}), new AmazonDynamoDBConfig { RegionEndpoint = Amazon.RegionEndpoint.EUWest1 })|};
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM6001_HardCodedCredentials).WithLocation(0).WithLocation(1).WithArguments(
            "DynamoDB is an abstracted service",
            "the secret access key given to new BasicAWSCredentials(…) is written in the code, where anyone with the source, its history or the assembly can read and use it; remove it so the SDK's default credential chain finds a role, an instance profile or an SSO session"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task KeysForAnAwsEndpoint_AreReported_ButNotTheSameKeysForALocalOne(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.Runtime;
        using Amazon.S3;

        class Keys
        {
            void All()
            {
                var shared = new BasicAWSCredentials("AKIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|});
                var used = new AmazonS3Client(shared, new AmazonS3Config { ServiceURL = "https://s3.eu-west-1.amazonaws.com" });
                var local = new AmazonS3Client(shared, new AmazonS3Config { ServiceURL = "http://localhost:4566" });
                var onlyLocal = new BasicAWSCredentials("AKIA2E0A8F3B244C9986", "q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn");
                var emulator = new AmazonS3Client(onlyLocal, new AmazonS3Config { ServiceURL = "http://localhost:4566" });
            }
        }
        """);

    /// <summary>Keys of a store that is not AWS (Wasabi, R2, an in-house MinIO) are not AWS credentials, wherever the config is kept.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task KeysForAStoreThatIsNotAws_AreNotReported_AwsKeysStillAre(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Stores
        {
            private readonly AmazonS3Config _wasabi = new AmazonS3Config { ServiceURL = "https://s3.eu-central-1.wasabisys.com" };
            private static readonly AmazonS3Config Minio = new AmazonS3Config { ServiceURL = "https://minio.storage.svc:9000", ForcePathStyle = true };

            void Create(string account)
            {
                var wasabi = new AmazonS3Client("WASABIACCESSKEY00001", "Xk2v9QpLr7Tz3WmN8cYb5HdJ1sFg6RaE4uVo0KiQ", _wasabi);
                var minio = new AmazonS3Client("minioadmin", "Xk2v9QpLr7Tz3WmN8cYb5HdJ1sFg6RaE4uVo0KiQ", Minio);
                var r2 = new AmazonS3Client("r2-access-key", "Xk2v9QpLr7Tz3WmN8cYb5HdJ1sFg6RaE4uVo0KiQ", new AmazonS3Config { ServiceURL = $"https://{account}.r2.cloudflarestorage.com" });
                var aws = new AmazonS3Client("AKIAZ7QWERTYUIOPASDF", {|SRM6001:"Xk2v9QpLr7Tz3WmN8cYb5HdJ1sFg6RaE4uVo0KiQ"|}, new AmazonS3Config { ServiceURL = "https://s3.eu-west-1.amazonaws.com" });
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.Runtime
        {
            public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
        }

        class Keys
        {
            object Credentials() => new Amazon.Runtime.BasicAWSCredentials("AKIA2E0A8F3B244C9986", "q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn");
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_DropsTheKeyArguments_KeepingRegionAndConfig(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon;
        using Amazon.Runtime;
        using Amazon.S3;
        using Amazon.S3.Transfer;

        class Keys
        {
            void All(AmazonS3Config config)
            {
                var client = new AmazonS3Client("AKIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}, RegionEndpoint.EUWest1);
                var wrapped = new AmazonS3Client(
                    new BasicAWSCredentials("AKIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}),
                    config); // the archive
                var transfer = new TransferUtility("AKIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|});
            }
        }
        """, """
        using Amazon;
        using Amazon.Runtime;
        using Amazon.S3;
        using Amazon.S3.Transfer;

        class Keys
        {
            void All(AmazonS3Config config)
            {
                var client = new AmazonS3Client(RegionEndpoint.EUWest1);
                var wrapped = new AmazonS3Client(
                    config); // the archive
                var transfer = new TransferUtility();
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task NoFix_WhereTheSdkHasNoOverloadWithoutKeys(Sdk sdk)
    {
        const string Source = """
            using Amazon;
            using Amazon.Runtime;
            using Amazon.S3.Transfer;

            class Keys
            {
                void All(TransferUtilityConfig config)
                {
                    var transfer = new TransferUtility("AKIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}, RegionEndpoint.EUWest1, config);
                    var kept = new BasicAWSCredentials("AKIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|});
                    var named = new Amazon.S3.AmazonS3Client(awsAccessKeyId: "AKIA2E0A8F3B244C9986", awsSecretAccessKey: {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|});
                }
            }
            """;
        return VerifyRule.Fix(sdk, Source, Source);
    }

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_DropsEveryKeyPair(Sdk sdk) => VerifyRule.FixAll(sdk, """
        class Keys
        {
            void All()
            {
                var a = new Amazon.S3.AmazonS3Client("AKIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}, Amazon.RegionEndpoint.EUWest1);
                var b = new Amazon.S3.AmazonS3Client(new Amazon.Runtime.BasicAWSCredentials("AKIA2E0A8F3B244C9986", {|SRM6001:"q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn"|}));
            }
        }
        """, """
        class Keys
        {
            void All()
            {
                var a = new Amazon.S3.AmazonS3Client(Amazon.RegionEndpoint.EUWest1);
                var b = new Amazon.S3.AmazonS3Client();
            }
        }
        """);
}
