using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.ClientSideEncryption.ClientSideEncryptionAnalyzer, ResponsibilityAnalyzers.CodeFixes.ClientSideEncryption.ClientSideEncryptionFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.ClientSideEncryption;

/// <summary>
/// SRM2001. S3 cases run on SDK v3 and v4. DynamoDB and KMS cases run on v4 only: the v3 reference set holds only
/// AWSSDK.S3 3.7.511.8 (a v3 DynamoDB or KMS package that works with it is not served). The S3 Encryption Client and
/// the Database Encryption SDK are not served either: their marked stand-ins (StandIns/) are compiled with the test.
/// </summary>
public class ClientSideEncryptionTests
{
    private static readonly string[] S3Encryption = [AmazonS3Encryption.Source];
    private static readonly string[] DbEncryption = [AwsDatabaseEncryptionSdkDynamoDb.Source];

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PlainClientPutObject_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Notes
        {
            async Task Save(string key, string text)
            {
                var s3 = new AmazonS3Client();
                await {|#0:s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", Key = key, ContentBody = text })|};
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2001_NoClientSideEncryption).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "PutObject writes ContentBody to S3 through a plain AmazonS3Client, and this method does not encrypt it first: encrypt it client-side first (AmazonS3EncryptionClientV4, KMS Encrypt, an AES encryptor, IDataProtector.Protect, or a method listed in srm.encryptors), or list the bucket in srm.client_side_encryption_exempt if its data is public"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryS3Write_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Amazon.S3.Transfer;

        class Archive
        {
            private readonly AmazonS3Client _s3 = new AmazonS3Client();

            async Task Store(Stream body, string path)
            {
                await {|SRM2001:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "archive", InputStream = body })|};
                var request = new PutObjectRequest { BucketName = "archive" };
                request.FilePath = path;
                await {|SRM2001:_s3.PutObjectAsync(request)|};
                await {|SRM2001:_s3.UploadPartAsync(new UploadPartRequest { BucketName = "archive", InputStream = body, PartNumber = 1 })|};

                var transfer = new TransferUtility(_s3);
                await {|SRM2001:transfer.UploadAsync(path, "archive")|};
                await {|SRM2001:transfer.UploadAsync(body, "archive", "k")|};
                await {|SRM2001:transfer.UploadAsync(new TransferUtilityUploadRequest { BucketName = "archive", InputStream = body })|};
                await {|SRM2001:transfer.UploadDirectoryAsync(path, "archive")|};
                await {|SRM2001:new TransferUtility().UploadAsync(path, "archive")|};
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task InjectedClient_IsReported_AsNotProven(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Notes
        {
            private readonly IAmazonS3 _s3;

            public Notes(IAmazonS3 s3) => _s3 = s3;

            Task Save(string text) => {|#0:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = text })|};
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2001_NoClientSideEncryption).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "PutObject writes ContentBody to S3 through the IAmazonS3 '_s3', injected through 's3', and this method does not encrypt it first, so client-side encryption could not be proven: encrypt it client-side first (AmazonS3EncryptionClientV4, KMS Encrypt, an AES encryptor, IDataProtector.Protect, or a method listed in srm.encryptors), or list the bucket in srm.client_side_encryption_exempt if its data is public; if injected clients are encryption clients, set srm.trust_injected_clients = true"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task InjectedClients_AreNotReported_WhenTrusted(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Notes(IAmazonS3 s3)
        {
            Task Save(string text) => s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = text });

            Task Plain(string text) => {|SRM2001:new AmazonS3Client().PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = text })|};
        }
        """,
        "srm.trust_injected_clients = true\n");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EncryptionClients_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, S3Encryption, """
        using System.Threading.Tasks;
        using Amazon.Extensions.S3.Encryption;
        using Amazon.Extensions.S3.Encryption.Primitives;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Vault
        {
            private readonly IAmazonS3 _v4 = new AmazonS3EncryptionClientV4(new AmazonS3CryptoConfigurationV4(), new EncryptionMaterialsV4("alias/vault", KmsType.KmsContext));
            private readonly AmazonS3EncryptionClientV2 _v2;

            public Vault(AmazonS3EncryptionClientV2 v2) => _v2 = v2;

            async Task Save(string text)
            {
                await _v4.PutObjectAsync(new PutObjectRequest { BucketName = "vault", ContentBody = text });
                await _v2.PutObjectAsync(new PutObjectRequest { BucketName = "vault", ContentBody = text });
                IAmazonS3 local = new AmazonS3EncryptionClientV2(new EncryptionMaterialsV2("alias/vault", KmsType.KmsContext));
                await local.PutObjectAsync(new PutObjectRequest { BucketName = "vault", ContentBody = text });
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task DataFromAnEncryptionStep_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using System.IO;
        using System.Security.Cryptography;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Microsoft.AspNetCore.DataProtection;

        class Sealed
        {
            private readonly AmazonS3Client _s3 = new AmazonS3Client();

            async Task Transform(byte[] key, byte[] data)
            {
                using var aes = Aes.Create();
                aes.Key = key;
                using var encryptor = aes.CreateEncryptor();
                var sealedBytes = encryptor.TransformFinalBlock(data, 0, data.Length);
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", InputStream = new MemoryStream(sealedBytes) });
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", ContentBody = Convert.ToBase64String(aes.EncryptCbc(data, new byte[16])) });
            }

            async Task Gcm(byte[] key, byte[] nonce, byte[] data)
            {
                using var gcm = new AesGcm(key, 16);
                var cipher = new byte[data.Length];
                var tag = new byte[16];
                gcm.Encrypt(nonce, data, cipher, tag);
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", InputStream = new MemoryStream(cipher) });
            }

            async Task Streams(Aes aes, Stream plain)
            {
                var buffer = new MemoryStream();
                using (var crypto = new CryptoStream(buffer, aes.CreateEncryptor(), CryptoStreamMode.Write))
                {
                    await plain.CopyToAsync(crypto);
                }

                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", InputStream = new MemoryStream(buffer.ToArray()) });
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", InputStream = new CryptoStream(plain, aes.CreateEncryptor(), CryptoStreamMode.Read) });
            }

            async Task Protected(IDataProtectionProvider provider, string text)
            {
                var protector = provider.CreateProtector("notes");
                var body = protector.Protect(text);
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", ContentBody = body });
            }

            async Task NotEncrypted(Aes aes, Stream plain)
            {
                await {|SRM2001:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", InputStream = new CryptoStream(plain, aes.CreateDecryptor(), CryptoStreamMode.Read) })|};
            }
        }
        """);

    [Fact]
    public Task KmsCiphertext_IsNotReported_OnV4() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.KeyManagementService;
        using Amazon.KeyManagementService.Model;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Envelope
        {
            async Task Seal(IAmazonKeyManagementService kms, MemoryStream secret)
            {
                var s3 = new AmazonS3Client();
                var encrypted = await kms.EncryptAsync(new EncryptRequest { KeyId = "alias/app", Plaintext = secret });
                await s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", InputStream = encrypted.CiphertextBlob });
                await {|SRM2001:s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", InputStream = secret })|};
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ListedEncryptor_IsAnEncryptionStep(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        namespace MyApp.Crypto
        {
            static class Envelope
            {
                public static string Seal(string text) => text;
                public static Task<string> SealAsync(string text) => Task.FromResult(text);
                public static string Hash(string text) => text;
            }

            class Notes
            {
                private readonly AmazonS3Client _s3 = new AmazonS3Client();

                async Task Save(string text)
                {
                    await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = Envelope.Seal(text) });
                    await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = await Envelope.SealAsync(text) });
                    await {|SRM2001:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = Envelope.Hash(text) })|};
                }
            }
        }
        """,
        "srm.encryptors = MyApp.Crypto.Envelope.Seal, MyApp.Crypto.Envelope.SealAsync\n");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ExemptBucket_EmptyObject_AndPartialEncryption_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Security.Cryptography;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Amazon.S3.Transfer;

        class Site
        {
            private readonly AmazonS3Client _s3 = new AmazonS3Client();

            async Task Publish(string path, string text, bool secret, Aes aes, byte[] data)
            {
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "public-assets-eu", FilePath = path });
                await new TransferUtility(_s3).UploadAsync(path, "www.example.com");
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "folders", Key = "a/" });
                var body = secret ? aes.EncryptCbc(data, new byte[16]) : data;
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "mixed", InputStream = new System.IO.MemoryStream(body) });
                await {|SRM2001:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "private", ContentBody = text })|};
            }
        }
        """,
        "srm.client_side_encryption_exempt = public-assets-*, www.example.com\n");

    [Fact]
    public Task DynamoDbWrites_AreReported_OnV4() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.DataModel;
        using Amazon.DynamoDBv2.DocumentModel;
        using Amazon.DynamoDBv2.Model;

        [DynamoDBTable("customers")]
        class Customer { [DynamoDBHashKey] public string Id { get; set; } = ""; public string Ssn { get; set; } = ""; }

        class Customers
        {
            private readonly AmazonDynamoDBClient _ddb = new AmazonDynamoDBClient();

            async Task Save(Dictionary<string, AttributeValue> item, Customer customer, Document document)
            {
                await {|SRM2001:_ddb.PutItemAsync(new PutItemRequest { TableName = "customers", Item = item })|};
                await {|SRM2001:_ddb.PutItemAsync("customers", item)|};
                await {|SRM2001:_ddb.UpdateItemAsync(new UpdateItemRequest { TableName = "customers" })|};
                await {|SRM2001:_ddb.BatchWriteItemAsync(new BatchWriteItemRequest())|};
                await {|SRM2001:_ddb.TransactWriteItemsAsync(new TransactWriteItemsRequest())|};

                var table = new TableBuilder(_ddb, "customers").AddHashKey("Id", DynamoDBEntryType.String).Build();
                await {|SRM2001:table.PutItemAsync(document)|};
                await {|SRM2001:table.UpdateItemAsync(document)|};

                var context = new DynamoDBContext(_ddb);
                await {|SRM2001:context.SaveAsync(customer)|};
                var batch = context.CreateBatchWrite<Customer>();
                {|SRM2001:batch.AddPutItem(customer)|};
                await batch.ExecuteAsync();
            }
        }
        """);

    [Fact]
    public Task DynamoDbWrites_ThatAreEncryptedOrExempt_AreNotReported_OnV4() => VerifyRule.Diagnostics(Sdk.V4, DbEncryption, """
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.DataModel;
        using Amazon.DynamoDBv2.Model;
        using Amazon.KeyManagementService;
        using Amazon.KeyManagementService.Model;
        using AWS.Cryptography.DbEncryptionSDK.DynamoDb;

        [DynamoDBTable("audit-public")]
        class Notice { [DynamoDBHashKey] public string Id { get; set; } = ""; }

        class Customers
        {
            private readonly IAmazonDynamoDB _encrypted = new Client.DynamoDbClient(new DynamoDbTablesEncryptionConfig());
            private readonly AmazonDynamoDBClient _plain = new AmazonDynamoDBClient();

            async Task Save(Dictionary<string, AttributeValue> item, Notice notice)
            {
                await _encrypted.PutItemAsync(new PutItemRequest { TableName = "customers", Item = item });
                await new DynamoDBContext(_encrypted).SaveAsync(notice);
                await _plain.PutItemAsync(new PutItemRequest { TableName = "audit-public", Item = item });
                await new DynamoDBContext(_plain).SaveAsync(notice);
            }

            async Task SaveSealed(IAmazonKeyManagementService kms, string id, MemoryStream ssn)
            {
                var sealedSsn = await kms.EncryptAsync(new EncryptRequest { KeyId = "alias/pii", Plaintext = ssn });
                var item = new Dictionary<string, AttributeValue>
                {
                    ["id"] = new AttributeValue { S = id },
                    ["ssn"] = new AttributeValue { B = sealedSsn.CiphertextBlob },
                };
                await _plain.PutItemAsync(new PutItemRequest { TableName = "customers", Item = item });
            }
        }
        """,
        "srm.client_side_encryption_exempt = audit-*\n");

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3
        {
            public class PutObjectRequest { public string? ContentBody { get; set; } }
            public interface IAmazonS3 { void PutObject(PutObjectRequest request); }
            public class AmazonS3Client : IAmazonS3 { public void PutObject(PutObjectRequest request) { } }
        }

        class Notes
        {
            void Save(string text) => new Amazon.S3.AmazonS3Client().PutObject(new Amazon.S3.PutObjectRequest { ContentBody = text });
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_ReplacesThePlainClientInTheMethod_WithTheV4EncryptionClient(Sdk sdk) => VerifyRule.Fix(sdk, S3Encryption, """
        using System.Threading.Tasks;
        using Amazon;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Notes
        {
            async Task Save(string text)
            {
                var s3 = new AmazonS3Client(RegionEndpoint.EUCentral1); // documents stay in Frankfurt
                await {|SRM2001:s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = text })|};
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon;
        using Amazon.Extensions.S3.Encryption;
        using Amazon.Extensions.S3.Encryption.Primitives;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Notes
        {
            async Task Save(string text)
            {
                var s3 = new AmazonS3EncryptionClientV4(new AmazonS3CryptoConfigurationV4 { RegionEndpoint = RegionEndpoint.EUCentral1 }, new EncryptionMaterialsV4("alias/notes", KmsType.KmsContext)); // documents stay in Frankfurt
                await s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = text });
            }
        }
        """,
        "srm.kms_key_id = \"alias/notes\"\n");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_ReplacesTheFieldInitializerOnce_ForEveryWriteItFeeds(Sdk sdk) => VerifyRule.FixAll(sdk, S3Encryption, """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        static class Keys
        {
            public const string Archive = "alias/archive";
        }

        class Archive
        {
            private readonly IAmazonS3 _s3 = new AmazonS3Client(new AmazonS3Config { ForcePathStyle = true });

            async Task Store(Stream body, string text)
            {
                await {|SRM2001:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "archive", InputStream = body })|};
                await {|SRM2001:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "archive", ContentBody = text })|};
            }
        }
        """, """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.Extensions.S3.Encryption;
        using Amazon.Extensions.S3.Encryption.Primitives;
        using Amazon.S3;
        using Amazon.S3.Model;

        static class Keys
        {
            public const string Archive = "alias/archive";
        }

        class Archive
        {
            private readonly IAmazonS3 _s3 = new AmazonS3EncryptionClientV4(new AmazonS3CryptoConfigurationV4 { ForcePathStyle = true }, new EncryptionMaterialsV4(Keys.Archive, KmsType.KmsContext));

            async Task Store(Stream body, string text)
            {
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "archive", InputStream = body });
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "archive", ContentBody = text });
            }
        }
        """,
        "srm.kms_key_id = Keys.Archive\n");
}
