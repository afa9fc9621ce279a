using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.BucketVersioningAnalyzer, ResponsibilityAnalyzers.CodeFixes.Backups.BucketVersioningFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Backups;

/// <summary>SRM4004 on SDK v3 and v4. Their .NET 8 builds have only the Async methods, so "sync" code blocks on them.</summary>
public class BucketVersioningTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PutBucketWithoutVersioning_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            async Task CreateAsync(IAmazonS3 s3)
            {
                await {|#0:s3.PutBucketAsync(new PutBucketRequest { BucketName = "documents" })|};
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4004_BucketWithoutVersioning).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "PutBucket creates bucket 'documents' without versioning, and no PutBucketVersioning in this method or type enables it: an overwrite or a delete loses the object for good"));

    /// <summary>MinIO, Wasabi, R2: the shared responsibility model of AWS does not apply to a store that is not AWS.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PutBucketOnAClientThatIsNotAws_IsNotReported_OnAwsStillIs(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon;
        using Amazon.S3;
        using Amazon.S3.Model;

        class MinioBlobStore
        {
            private readonly IAmazonS3 _s3;

            public MinioBlobStore(string accessKey, string secretKey) =>
                _s3 = new AmazonS3Client(accessKey, secretKey, new AmazonS3Config { ServiceURL = "https://minio.internal:9000", ForcePathStyle = true });

            public Task CreateAsync() => _s3.PutBucketAsync(new PutBucketRequest { BucketName = "uploads" });
        }

        class R2BlobStore
        {
            private static readonly AmazonS3Config Config = new AmazonS3Config { ServiceURL = "https://0123abcd.r2.cloudflarestorage.com" };

            public async Task CreateAsync(string accessKey, string secretKey)
            {
                using var s3 = new AmazonS3Client(accessKey, secretKey, Config);
                await s3.PutBucketAsync("uploads");
            }
        }

        class AwsBlobStore
        {
            private readonly IAmazonS3 _s3 = new AmazonS3Client(new AmazonS3Config { ServiceURL = "https://s3.eu-west-1.amazonaws.com" });
            private readonly IAmazonS3 _plain = new AmazonS3Client(RegionEndpoint.EUWest1);

            public async Task CreateAsync(IAmazonS3 injected, string url)
            {
                await {|SRM4004:_s3.PutBucketAsync("media")|};
                await {|SRM4004:_plain.PutBucketAsync("media-eu")|};
                await {|SRM4004:injected.PutBucketAsync("media-us")|};
                await {|SRM4004:new AmazonS3Client(new AmazonS3Config { ServiceURL = url }).PutBucketAsync("media-configured")|};
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task CreateAndEnableInOneMethodOrTwo_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class OneMethod
        {
            async Task CreateAsync(IAmazonS3 s3)
            {
                await s3.PutBucketAsync("documents");
                await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                {
                    BucketName = "documents",
                    VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
                });
            }
        }

        class TwoMethods
        {
            const string Bucket = "documents";
            private readonly IAmazonS3 _s3;

            TwoMethods(IAmazonS3 s3) => _s3 = s3;

            void Create() => _s3.PutBucketAsync(new PutBucketRequest { BucketName = Bucket }).GetAwaiter().GetResult();

            void Protect()
            {
                var request = new PutBucketVersioningRequest { BucketName = Bucket };
                request.VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.FindValue("Enabled") };
                _s3.PutBucketVersioningAsync(request).Wait();
            }
        }

        class SameRequest
        {
            async Task CreateAsync(IAmazonS3 s3, string tenant)
            {
                var bucket = new PutBucketRequest { BucketName = tenant + "-documents" };
                await s3.PutBucketAsync(bucket);
                await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                {
                    BucketName = bucket.BucketName,
                    VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
                });
            }
        }

        class UnknownToThisMethod
        {
            Task CreateAsync(IAmazonS3 s3, string name) => s3.PutBucketAsync(name);

            Task ProtectAsync(IAmazonS3 s3, PutBucketVersioningRequest prepared) => s3.PutBucketVersioningAsync(prepared);
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EnablingAnotherBucket_OrSuspending_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            private readonly string _documents = "documents";
            private readonly string _logs = "logs";

            async Task CreateAsync(IAmazonS3 s3)
            {
                await {|#0:s3.PutBucketAsync(_documents)|};
                await {|#1:s3.PutBucketAsync("archive")|};
                await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                {
                    BucketName = "archive",
                    VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended },
                });
            }

            Task ProtectLogsAsync(IAmazonS3 s3) => {|#2:s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = _logs,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
            })|};
        }
        """,
        null,
        new DiagnosticResult(Descriptors.SRM4004_BucketWithoutVersioning).WithLocation(0).WithLocation(2).WithArguments(
            "S3 is an abstracted service",
            "PutBucket creates bucket 'documents' without versioning, and no PutBucketVersioning in this method or type enables it: an overwrite or a delete loses the object for good"),
        new DiagnosticResult(Descriptors.SRM4004_BucketWithoutVersioning).WithLocation(1).WithLocation(2).WithArguments(
            "S3 is an abstracted service",
            "PutBucket creates bucket 'archive' without versioning, and no PutBucketVersioning in this method or type enables it: an overwrite or a delete loses the object for good"));

    [Theory]
    [InlineData(Sdk.V3, "true", false)]
    [InlineData(Sdk.V4, "True", false)]
    [InlineData(Sdk.V3, "false", true)]
    [InlineData(Sdk.V4, "1", true)]
    public Task BackupsManagedElsewhereOption_SilencesTheRule_AndGarbageFallsBackToReporting(Sdk sdk, string value, bool reported) => VerifyRule.Diagnostics(sdk,
        reported
            ? """
              class Buckets
              {
                  System.Threading.Tasks.Task CreateAsync(Amazon.S3.IAmazonS3 s3) => {|SRM4004:s3.PutBucketAsync("documents")|};
              }
              """
            : """
              class Buckets
              {
                  System.Threading.Tasks.Task CreateAsync(Amazon.S3.IAmazonS3 s3) => s3.PutBucketAsync("documents");
              }
              """,
        $"srm.backups_managed_elsewhere = {value}\n");

    /// <summary>
    /// The AWS example style program creates a bucket, uploads, and deletes the bucket again: its data is temporary. A
    /// bucket the same program keeps, and one deleted by a name the code does not prove the same, are still reported.
    /// </summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task BucketTheTypeDeletesAgain_IsNotReported_AKeptBucket_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
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
                await client.DeleteObjectAsync(bucketName, "hello.txt");
                await client.DeleteBucketAsync(bucketName);

                await {|SRM4004:client.PutBucketAsync("customer-uploads")|};
            }

            static async Task RunScenarioAsync(IAmazonS3 client, string bucket)
            {
                await client.PutBucketAsync(bucket);
                await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "data.csv", FilePath = "data.csv" });
                await AmazonS3Util.DeleteS3BucketWithObjectsAsync(client, bucket);
            }
        }

        public class BucketAdmin
        {
            public Task CreateAsync(IAmazonS3 s3, string name) => {|SRM4004:s3.PutBucketAsync(name)|};

            public Task DeleteAsync(IAmazonS3 s3, string name) => s3.DeleteBucketAsync(name);
        }
        """);

    /// <summary>
    /// The AWS SDK examples' shape: helpers take the bucket name as a parameter, and the scenario calls the create and
    /// the delete helper with the same local: the name is the one the type's own calls pass. A helper called with
    /// another name for the delete, or never called by the type, proves nothing.
    /// </summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task HelpersCalledWithTheSameName_ByTheTypeItself_AreTemporary_OtherNamesAreNot(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        public static class S3Basics
        {
            public static async Task Main()
            {
                IAmazonS3 client = new AmazonS3Client();
                var bucketName = $"doc-example-bucket-{Guid.NewGuid()}";
                await CreateBucketAsync(client, bucketName);
                await DeleteBucketAsync(client, bucketName);
            }

            public static async Task CreateBucketAsync(IAmazonS3 client, string bucketName) =>
                await client.PutBucketAsync(new PutBucketRequest { BucketName = bucketName, UseClientRegion = true });

            public static async Task DeleteBucketAsync(IAmazonS3 client, string bucketName) => await client.DeleteBucketAsync(bucketName);
        }

        public static class Archive
        {
            public static async Task Main(string keep)
            {
                IAmazonS3 client = new AmazonS3Client();
                await CreateAsync(client, keep);
                await DeleteAsync(client, "scratch");
            }

            public static async Task CreateAsync(IAmazonS3 client, string name) =>
                await {|SRM4004:client.PutBucketAsync(new PutBucketRequest { BucketName = name })|};

            public static async Task DeleteAsync(IAmazonS3 client, string name) => await client.DeleteBucketAsync(name);
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3
        {
            public interface IAmazonS3 { void PutBucket(string bucketName); }
        }

        class Buckets
        {
            void Create(Amazon.S3.IAmazonS3 s3) => s3.PutBucket("documents");
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_EnablesVersioningRightAfterPutBucket_AwaitedWithTheSameToken(Sdk sdk) => VerifyRule.Fix(sdk, """
        using System.Threading;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            private readonly IAmazonS3 _s3;

            Buckets(IAmazonS3 s3) => _s3 = s3;

            async Task CreateAsync(string name, CancellationToken cancellationToken)
            {
                var request = new PutBucketRequest { BucketName = name, ObjectOwnership = ObjectOwnership.BucketOwnerEnforced };
                await {|SRM4004:_s3.PutBucketAsync(request, cancellationToken)|};
                await _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest { BucketName = name }, cancellationToken);
            }
        }
        """, """
        using System.Threading;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            private readonly IAmazonS3 _s3;

            Buckets(IAmazonS3 s3) => _s3 = s3;

            async Task CreateAsync(string name, CancellationToken cancellationToken)
            {
                var request = new PutBucketRequest { BucketName = name, ObjectOwnership = ObjectOwnership.BucketOwnerEnforced };
                await _s3.PutBucketAsync(request, cancellationToken);

                await _s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                {
                    BucketName = request.BucketName,
                    VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled }
                }, cancellationToken);
                await _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest { BucketName = name }, cancellationToken);
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_InBlockingCode_BlocksTooAndAddsUsings(Sdk sdk) => VerifyRule.Fix(sdk, """
        class Buckets
        {
            const string Logs = "logs";

            void Create(Amazon.S3.IAmazonS3 s3)
            {
                {|SRM4004:s3.PutBucketAsync(Logs)|}.Wait();
            }
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            const string Logs = "logs";

            void Create(Amazon.S3.IAmazonS3 s3)
            {
                s3.PutBucketAsync(Logs).Wait();

                s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                {
                    BucketName = Logs,
                    VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled }
                }).GetAwaiter().GetResult();
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_GoesIntoTheSwitchSection(Sdk sdk) => VerifyRule.Fix(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            async Task CreateAsync(IAmazonS3 s3, string kind)
            {
                switch (kind)
                {
                    case "documents":
                        await {|SRM4004:s3.PutBucketAsync("documents")|};
                        break;
                }
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            async Task CreateAsync(IAmazonS3 s3, string kind)
            {
                switch (kind)
                {
                    case "documents":
                        await s3.PutBucketAsync("documents");

                        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                        {
                            BucketName = "documents",
                            VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled }
                        });
                        break;
                }
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_IsNotOfferedForAnEmbeddedStatement_OrAnUnwaitedCall(Sdk sdk) => VerifyRule.Fix(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;

        class Buckets
        {
            async Task CreateAsync(IAmazonS3 s3, bool archive)
            {
                if (archive)
                    await {|SRM4004:s3.PutBucketAsync("archive")|};
            }

            Task StartAsync(IAmazonS3 s3)
            {
                var pending = {|SRM4004:s3.PutBucketAsync("logs")|};
                return pending;
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.S3;

        class Buckets
        {
            async Task CreateAsync(IAmazonS3 s3, bool archive)
            {
                if (archive)
                    await {|SRM4004:s3.PutBucketAsync("archive")|};
            }

            Task StartAsync(IAmazonS3 s3)
            {
                var pending = {|SRM4004:s3.PutBucketAsync("logs")|};
                return pending;
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_EnablesVersioningOnEveryNewBucket(Sdk sdk) => VerifyRule.FixAll(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            async Task CreateAsync(IAmazonS3 s3)
            {
                await {|SRM4004:s3.PutBucketAsync("a")|};
                await {|SRM4004:s3.PutBucketAsync(new PutBucketRequest { BucketName = "b" })|};
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            async Task CreateAsync(IAmazonS3 s3)
            {
                await s3.PutBucketAsync("a");

                await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                {
                    BucketName = "a",
                    VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled }
                });
                await s3.PutBucketAsync(new PutBucketRequest { BucketName = "b" });

                await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                {
                    BucketName = "b",
                    VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled }
                });
            }
        }
        """);

    /// <summary>The later call is SRM4005's to fix (Suspended → Enabled); inserting an Enabled call before it would give two calls.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_IsNotOffered_WhenALaterCallInTheMethodConfiguresVersioning(Sdk sdk)
    {
        const string Source = """
            using System.Threading.Tasks;
            using Amazon.S3;
            using Amazon.S3.Model;

            class Buckets
            {
                async Task CreateAsync(IAmazonS3 s3, string bucket)
                {
                    await {|SRM4004:s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket })|};
                    await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                    {
                        BucketName = bucket,
                        VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended },
                    });
                }
            }
            """;
        return VerifyRule.Fix(sdk, Source, Source);
    }
}
