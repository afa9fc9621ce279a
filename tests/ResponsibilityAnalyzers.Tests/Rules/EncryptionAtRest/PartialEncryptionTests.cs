using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.PartialEncryptionAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.PartialEncryptionFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>SRM2002. S3 cases run on SDK v3 and v4; DynamoDB cases on v4 only (the v3 set holds only AWSSDK.S3 3.7.511.8).</summary>
public class PartialEncryptionTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ConditionalWithNoneOnOneArm_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(bool sensitive) => new PutObjectRequest
            {
                BucketName = "docs",
                ServerSideEncryptionMethod = {|#1:sensitive ? {|#2:ServerSideEncryptionMethod.AWSKMS|} : {|#0:ServerSideEncryptionMethod.None|}|},
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2002_PartialEncryption).WithLocation(0).WithLocation(1).WithLocation(2).WithArguments(
            "S3 is an abstracted service",
            "ServerSideEncryptionMethod asks for encryption on one path and for none on another, where the object gets only the bucket's default encryption"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryPartialShape_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.IO;
        using System.Security.Cryptography;
        using Amazon.S3;
        using Amazon.S3.Model;

        enum Tier { Public, Internal, Secret }

        class Store
        {
            void Requests(bool sensitive, Tier tier, ServerSideEncryptionMethod? chosen, Aes aes, byte[] data)
            {
                var copy = new CopyObjectRequest { ServerSideEncryptionMethod = tier switch { Tier.Secret => ServerSideEncryptionMethod.AWSKMS, Tier.Internal => ServerSideEncryptionMethod.AES256, _ => {|SRM2002:ServerSideEncryptionMethod.None|} } };
                var multipart = new InitiateMultipartUploadRequest { ServerSideEncryptionMethod = sensitive ? ServerSideEncryptionMethod.AWSKMS : {|SRM2002:null|} };

                var put = new PutObjectRequest { BucketName = "docs" };
                if (sensitive)
                {
                    {|SRM2002:put.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS|};
                }

                var body = sensitive ? aes.EncryptCbc(data, new byte[16]) : data;
                put.InputStream = {|SRM2002:new MemoryStream(body)|};
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ConsistentAndUnknownChoices_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Requests(bool sensitive, ServerSideEncryptionMethod configured)
            {
                var a = new PutObjectRequest { ServerSideEncryptionMethod = sensitive ? ServerSideEncryptionMethod.AWSKMS : ServerSideEncryptionMethod.AES256 };
                var b = new PutObjectRequest { ServerSideEncryptionMethod = sensitive ? ServerSideEncryptionMethod.AWSKMS : configured };
                var c = new PutObjectRequest { ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 };
                if (sensitive)
                {
                    c.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS; // upgrades an encryption already chosen
                }

                var d = new PutObjectRequest();
                if (sensitive)
                {
                    d.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
                }
                else
                {
                    d.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256;
                }

                var rule = new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = sensitive ? ServerSideEncryptionMethod.AWSKMS : ServerSideEncryptionMethod.None };
            }
        }
        """);

    [Fact]
    public Task CreateTableWithSseOnSomePaths_IsReported_OnV4() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            void Create(bool production)
            {
                var a = new CreateTableRequest { TableName = "t", SSESpecification = production ? new SSESpecification { Enabled = true, SSEType = SSEType.KMS } : {|SRM2002:null|} };
                var b = new CreateTableRequest { TableName = "t" };
                if (production)
                {
                    {|SRM2002:b.SSESpecification = new SSESpecification { Enabled = true }|};
                }

                var update = new UpdateTableRequest { TableName = "t", SSESpecification = production ? new SSESpecification { Enabled = true } : null };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ClientSideEncryptionOnSomePaths_IsReported_OnThePlaintextArm(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Microsoft.AspNetCore.DataProtection;

        class Notes
        {
            private readonly IAmazonS3 _s3 = new AmazonS3Client();
            private readonly IDataProtector _protector;

            public Notes(IDataProtectionProvider provider) => _protector = provider.CreateProtector("notes");

            async Task Chosen(string data, bool encrypt)
            {
                var body = encrypt ? _protector.Protect(data) : {|#1:data|};
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = {|#0:body|} });
            }

            async Task Inline(string data, bool encrypt)
            {
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = encrypt ? _protector.Protect(data) : {|#2:data|} });
            }

            async Task IfWithoutElse(string data, bool encrypt)
            {
                var request = new PutObjectRequest { BucketName = "notes", ContentBody = {|#3:data|} };
                if (encrypt)
                {
                    {|#4:request.ContentBody = _protector.Protect(data)|};
                }

                await _s3.PutObjectAsync(request);
            }

            async Task IfElse(string data, bool encrypt)
            {
                var request = new PutObjectRequest { BucketName = "notes" };
                if (encrypt)
                {
                    {|#6:request.ContentBody = _protector.Protect(data)|};
                }
                else
                {
                    request.ContentBody = {|#5:data|};
                }

                await _s3.PutObjectAsync(request);
            }

            async Task AlwaysEncrypted(string data)
            {
                var request = new PutObjectRequest { BucketName = "notes", ContentBody = data };
                request.ContentBody = _protector.Protect(data);
                await _s3.PutObjectAsync(request);
            }
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.SRM2002_PartialEncryption).WithLocation(0).WithLocation(1).WithArguments(
                "S3 is an abstracted service",
                "ContentBody is encrypted client-side on some paths only: on the path where it is 'data' (line 15) the data reaches S3 in plaintext"),
            new DiagnosticResult(Descriptors.SRM2002_PartialEncryption).WithLocation(2).WithArguments(
                "S3 is an abstracted service",
                "ContentBody is encrypted client-side on some paths only: on this one the data reaches S3 in plaintext"),
            new DiagnosticResult(Descriptors.SRM2002_PartialEncryption).WithLocation(3).WithLocation(4).WithArguments(
                "S3 is an abstracted service",
                "ContentBody is encrypted client-side on another path (line 29) but not on this one: here the data reaches S3 in plaintext"),
            new DiagnosticResult(Descriptors.SRM2002_PartialEncryption).WithLocation(5).WithLocation(6).WithArguments(
                "S3 is an abstracted service",
                "ContentBody is encrypted client-side on another path (line 40) but not on this one: here the data reaches S3 in plaintext"),
        ]);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task TransferUtilityStreamEncryptedOnSomePaths_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.IO;
        using System.Security.Cryptography;
        using System.Threading.Tasks;
        using Amazon.S3.Transfer;

        class Backups
        {
            async Task Upload(ITransferUtility transfer, Aes aes, Stream plain, bool encrypt)
            {
                var body = encrypt ? new CryptoStream(plain, aes.CreateEncryptor(), CryptoStreamMode.Read) : {|#1:plain|};
                await transfer.UploadAsync({|#0:body|}, "backups", "latest");
                await transfer.UploadAsync(new CryptoStream(plain, aes.CreateEncryptor(), CryptoStreamMode.Read), "backups", "sealed");
                await transfer.UploadAsync(plain, "backups", "plain");
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2002_PartialEncryption).WithLocation(0).WithLocation(1).WithArguments(
            "S3 is an abstracted service",
            "The uploaded stream is encrypted client-side on some paths only: on the path where it is 'plain' (line 10) the data reaches S3 in plaintext"));

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3
        {
            public class ServerSideEncryptionMethod { public static readonly ServerSideEncryptionMethod AWSKMS = new(), None = new(); }
            public class PutObjectRequest { public ServerSideEncryptionMethod? ServerSideEncryptionMethod { get; set; } }
        }

        class Store
        {
            object Upload(bool s) => new Amazon.S3.PutObjectRequest { ServerSideEncryptionMethod = s ? Amazon.S3.ServerSideEncryptionMethod.AWSKMS : Amazon.S3.ServerSideEncryptionMethod.None };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_UsesTheEncryptingArm(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(bool sensitive) => new PutObjectRequest
            {
                BucketName = "docs",
                ServerSideEncryptionMethod = sensitive ? ServerSideEncryptionMethod.AWSKMS : {|SRM2002:ServerSideEncryptionMethod.None|}, // cheaper
            };
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(bool sensitive) => new PutObjectRequest
            {
                BucketName = "docs",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, // cheaper
            };
        }
        """);

    [Fact]
    public Task Fix_KeepsTheCommentOfTheEncryptingArm() => VerifyRule.Fix(Sdk.V4, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(bool sensitive) => new PutObjectRequest
            {
                BucketName = "docs",
                ServerSideEncryptionMethod = sensitive ? ServerSideEncryptionMethod.AWSKMS /* audited key */ : {|SRM2002:ServerSideEncryptionMethod.None|},
            };
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(bool sensitive) => new PutObjectRequest
            {
                BucketName = "docs",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS /* audited key */,
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_HoistsTheSettingOutOfTheIf(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(bool sensitive)
            {
                var request = new PutObjectRequest { BucketName = "docs" };
                // KMS for sensitive documents
                if (sensitive)
                {
                    {|SRM2002:request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS|};
                }

                return request;
            }
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(bool sensitive)
            {
                var request = new PutObjectRequest { BucketName = "docs" };
                // KMS for sensitive documents
                request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;

                return request;
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ConditionWithSideEffects_GetsNoFix(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            bool Audit() => true;

            PutObjectRequest Upload()
            {
                var request = new PutObjectRequest { BucketName = "docs" };
                if (Audit())
                    {|SRM2002:request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS|};
                return request;
            }
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            bool Audit() => true;

            PutObjectRequest Upload()
            {
                var request = new PutObjectRequest { BucketName = "docs" };
                if (Audit())
                    {|SRM2002:request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS|};
                return request;
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_EncryptsEveryPath(Sdk sdk) => VerifyRule.FixAll(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Upload(bool sensitive)
            {
                var a = new PutObjectRequest { ServerSideEncryptionMethod = sensitive ? ServerSideEncryptionMethod.AWSKMS : {|SRM2002:ServerSideEncryptionMethod.None|} };
                var b = new CopyObjectRequest();
                if (!sensitive) {|SRM2002:b.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256|};
            }
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Upload(bool sensitive)
            {
                var a = new PutObjectRequest { ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS };
                var b = new CopyObjectRequest();
                b.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256;
            }
        }
        """);
}
