using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.ClientSideEncryption.ClientSideEncryptionAnalyzer, ResponsibilityAnalyzers.CodeFixes.ClientSideEncryption.ClientSideEncryptionFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.ClientSideEncryption;

/// <summary>
/// SRM2001 (sensitive data) and SRM2009 (data of unknown sensitivity). S3 cases run on SDK v3 and v4. DynamoDB and KMS cases run on v4 only: the v3 reference set holds only
/// AWSSDK.S3 3.7.511.8 (a v3 DynamoDB or KMS package that works with it is not served). The S3 Encryption Client and
/// the Database Encryption SDK are not served either: their marked stand-ins (StandIns/) are compiled with the test.
/// </summary>
public class ClientSideEncryptionTests
{
    private static readonly string[] S3Encryption = [AmazonS3Encryption.Source];
    private static readonly string[] DbEncryption = [AwsDatabaseEncryptionSdkDynamoDb.Source];
    private static readonly string[] Classification = [DataClassification.Source];
    private static readonly string[] ClassificationAndS3Encryption = [DataClassification.Source, AmazonS3Encryption.Source];

    private const string Advice = "encrypt it client-side first (AmazonS3EncryptionClientV4, KMS Encrypt, an AES encryptor, IDataProtector.Protect, or a method listed in srm.encryptors), or list the bucket in srm.client_side_encryption_exempt if its data is public";

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PlainClientPutObject_OfUnknownData_IsReportedAsInfo_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
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
        expected: new DiagnosticResult(Descriptors.SRM2009_UnclassifiedDataWithoutClientSideEncryption).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "PutObject writes ContentBody to S3 through a plain AmazonS3Client, and this method does not encrypt it first; nothing here shows whether the data is sensitive: if it is customer data, encrypt it client-side first (AmazonS3EncryptionClientV4, KMS Encrypt, an AES encryptor, IDataProtector.Protect, or a method listed in srm.encryptors), or list the bucket in srm.client_side_encryption_exempt if its data is public; list the bucket in srm.sensitive_buckets to make this a warning (SRM2001)"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryS3Write_OfUnknownData_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
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
                await {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "archive", InputStream = body })|};
                var request = new PutObjectRequest { BucketName = "archive" };
                request.FilePath = path;
                await {|SRM2009:_s3.PutObjectAsync(request)|};
                await {|SRM2009:_s3.UploadPartAsync(new UploadPartRequest { BucketName = "archive", InputStream = body, PartNumber = 1 })|};

                var transfer = new TransferUtility(_s3);
                await {|SRM2009:transfer.UploadAsync(path, "archive")|};
                await {|SRM2009:transfer.UploadAsync(body, "archive", "k")|};
                await {|SRM2009:transfer.UploadAsync(new TransferUtilityUploadRequest { BucketName = "archive", InputStream = body })|};
                await {|SRM2009:transfer.UploadDirectoryAsync(path, "archive")|};
                await {|SRM2009:new TransferUtility().UploadAsync(path, "archive")|};
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

            Task Save(string email) => {|#0:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = email })|};
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2001_NoClientSideEncryption).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "PutObject writes the parameter 'email' (a sensitive name) to S3 through the IAmazonS3 '_s3', injected through 's3', and this method does not encrypt it first, so client-side encryption could not be proven: encrypt it client-side first (AmazonS3EncryptionClientV4, KMS Encrypt, an AES encryptor, IDataProtector.Protect, or a method listed in srm.encryptors), or list the bucket in srm.client_side_encryption_exempt if its data is public; if injected clients are encryption clients, set srm.trust_injected_clients = true"));

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

            Task Plain(string text) => {|SRM2009:new AmazonS3Client().PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = text })|};
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
                await {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", InputStream = new CryptoStream(plain, aes.CreateDecryptor(), CryptoStreamMode.Read) })|};
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
                    await {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = Envelope.Hash(text) })|};
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
                var request = new PutObjectRequest { BucketName = "mixed", ContentBody = text };
                if (secret)
                {
                    request.ContentBody = System.Convert.ToBase64String(aes.EncryptCbc(data, new byte[16]));
                }

                await _s3.PutObjectAsync(request);
                await {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "private", ContentBody = text })|};
            }
        }
        """,
        "srm.client_side_encryption_exempt = public-assets-*, www.example.com\n");

    [Fact]
    public Task DynamoDbWrites_AreReported_AsWarningsWhereTheItemIsKnownToBeSensitive_OnV4() => VerifyRule.Diagnostics(Sdk.V4, """
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
                await {|SRM2009:_ddb.PutItemAsync(new PutItemRequest { TableName = "customers", Item = item })|};
                await {|SRM2009:_ddb.PutItemAsync("customers", item)|};
                await {|SRM2009:_ddb.UpdateItemAsync(new UpdateItemRequest { TableName = "customers" })|};
                await {|SRM2009:_ddb.BatchWriteItemAsync(new BatchWriteItemRequest())|};
                await {|SRM2009:_ddb.TransactWriteItemsAsync(new TransactWriteItemsRequest())|};

                var table = new TableBuilder(_ddb, "customers").AddHashKey("Id", DynamoDBEntryType.String).Build();
                await {|SRM2009:table.PutItemAsync(document)|};
                await {|SRM2009:table.UpdateItemAsync(document)|};

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
                await {|SRM2009:s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = text })|};
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

    [Fact]
    public Task Fix_MovesTheRegion_WithItsComment() => VerifyRule.Fix(Sdk.V4, S3Encryption, """
        using System.Threading.Tasks;
        using Amazon;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Notes
        {
            async Task Save(string text)
            {
                var s3 = new AmazonS3Client(RegionEndpoint.EUCentral1 /* Frankfurt */);
                await {|SRM2009:s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = text })|};
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
                var s3 = new AmazonS3EncryptionClientV4(new AmazonS3CryptoConfigurationV4 { RegionEndpoint = RegionEndpoint.EUCentral1 /* Frankfurt */ }, new EncryptionMaterialsV4("alias/notes", KmsType.KmsContext));
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
                await {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "archive", InputStream = body })|};
                await {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "archive", ContentBody = text })|};
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

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task SerializedObjectWithASensitiveMember_IsReported_NamingTheMember(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Text.Json;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        public record OrderLine(string Sku, int Quantity);

        public class Order
        {
            public string Id { get; set; } = "";
            public string CardNumber { get; set; } = "";
            public OrderLine[] Lines { get; set; } = [];
        }

        class Orders
        {
            private readonly IAmazonS3 _s3 = new AmazonS3Client();

            Task Archive(Order order) =>
                {|#0:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "orders", Key = $"orders/{order.Id}.json", ContentBody = JsonSerializer.Serialize(order) })|};
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2001_NoClientSideEncryption).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "PutObject writes Order.CardNumber (a sensitive name) to S3 through a plain AmazonS3Client, and this method does not encrypt it first: " + Advice));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ClassifiedMembersAndTypes_AreEvidence(Sdk sdk) => VerifyRule.Diagnostics(sdk, Classification, """
        using System.ComponentModel.DataAnnotations;
        using System.IO;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.Compliance.Classification;

        public sealed class PiiDataAttribute : DataClassificationAttribute
        {
            public PiiDataAttribute() : base(new DataClassification("MyTaxonomy", "PII")) { }
        }

        public class Member
        {
            public string Id { get; set; } = "";
            [PersonalData] public string Nickname { get; set; } = "";
        }

        public class Contact
        {
            public string Id { get; set; } = "";
            [PiiData] public string Handle { get; set; } = "";
        }

        [PiiData]
        public class Visit
        {
            public string Id { get; set; } = "";
        }

        public class Lead
        {
            public string Id { get; set; } = "";
            [DataType(DataType.PhoneNumber)] public string Reach { get; set; } = "";
            [DataType(DataType.Html)] public string Notes { get; set; } = "";
        }

        public class Subscriber
        {
            [EmailAddress] public string Contact { get; set; } = "";
        }

        public class Envelope
        {
            public string Id { get; set; } = "";
            public Contact Sender { get; set; } = new();
        }

        class Exports
        {
            private readonly AmazonS3Client _s3 = new AmazonS3Client();

            async Task Run(Member member, Contact contact, Visit visit, Lead lead, Subscriber subscriber, Envelope envelope)
            {
                await {|#0:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", ContentBody = JsonSerializer.Serialize(member) })|};
                await {|#1:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", ContentBody = JsonSerializer.Serialize(contact) })|};
                await {|#2:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", ContentBody = JsonSerializer.Serialize(visit) })|};
                await {|#3:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", ContentBody = JsonSerializer.Serialize(lead) })|};
                await {|#4:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", InputStream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(subscriber)) })|};
                await {|#5:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", ContentBody = JsonSerializer.Serialize(envelope) })|};
                await {|#6:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", ContentBody = $"{member.Id};{member.Nickname}" })|};
                var bytes = Encoding.UTF8.GetBytes(lead.Notes);
                await {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", InputStream = new MemoryStream(bytes) })|};
            }
        }
        """,
        expected:
        [
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 0, "Member.Nickname (classified PersonalData)"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 1, "Contact.Handle (classified PiiData)"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 2, "Visit (classified PiiData)"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 3, "Lead.Reach (DataType PhoneNumber)"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 4, "Subscriber.Contact (DataType EmailAddress)"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 5, "Envelope.Sender.Handle (classified PiiData)"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 6, "Member.Nickname (classified PersonalData)"),
        ]);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task UserUploads_AreEvidence(Sdk sdk) => VerifyRule.Diagnostics(sdk, Classification, """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Amazon.S3.Transfer;
        using Microsoft.AspNetCore.Http;

        class AttachmentsController
        {
            private readonly IAmazonS3 _s3 = new AmazonS3Client();

            public HttpRequest Request { get; set; } = null!;

            public async Task Upload(IFormFile file)
            {
                await {|#0:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "attachments", Key = file.FileName, InputStream = file.OpenReadStream(), ContentType = file.ContentType })|};

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                buffer.Position = 0;
                await {|#1:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "attachments", Key = file.FileName, InputStream = buffer })|};

                await {|#2:new TransferUtility(_s3).UploadAsync(Request.Form.Files[0].OpenReadStream(), "attachments", "latest")|};
            }

            public Task Raw() => {|#3:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "attachments", Key = "raw", InputStream = Request.Body })|};
        }
        """,
        expected:
        [
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 0, "an uploaded file (IFormFile)"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 1, "an uploaded file (IFormFile)"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 2, "an uploaded file (IFormFile)", "TransferUtility.Upload"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 3, "an HTTP request body (HttpRequest.Body)"),
        ]);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task SensitiveBuckets_AndSensitiveNames_AreOptions(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Records
        {
            private readonly AmazonS3Client _s3 = new AmazonS3Client();

            async Task Save(string body, string nhsNumber, string email)
            {
                await {|#0:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "patient-records", ContentBody = body })|};
                await {|#1:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = nhsNumber })|};
                await {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = email })|};
            }
        }
        """,
        "srm.sensitive_buckets = patient-*\nsrm.sensitive_names = nhs_number\n",
        Expect(Descriptors.SRM2001_NoClientSideEncryption, 0, "data to the bucket 'patient-records' (listed in srm.sensitive_buckets)"),
        Expect(Descriptors.SRM2001_NoClientSideEncryption, 1, "the parameter 'nhsNumber' (a sensitive name)"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ConstantPayloads_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.IO;
        using System.Text;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Seeder
        {
            private const string Readme = "This bucket holds the nightly exports.";
            private readonly AmazonS3Client _s3 = new AmazonS3Client();

            async Task Seed(string key, string text)
            {
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", Key = "README.txt", ContentBody = Readme });
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", Key = key, ContentBody = "hello, world" });
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", Key = "reports/", InputStream = new MemoryStream() });
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", Key = "empty.json", InputStream = new MemoryStream(Encoding.UTF8.GetBytes("{}")) });
                var marker = new PutObjectRequest { BucketName = "exports", Key = "2024/" };
                marker.ContentBody = string.Empty;
                await _s3.PutObjectAsync(marker);
                await {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", Key = key, ContentBody = "header\n" + text })|};
            }

            async Task NotConstants(Stream source, string[] rows)
            {
                var buffer = new byte[4096];
                await source.ReadExactlyAsync(buffer, 0, buffer.Length);
                await {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", Key = "chunk", InputStream = new MemoryStream(buffer) })|};

                var csv = new StringBuilder();
                foreach (var row in rows)
                {
                    csv.AppendFormat("{0};", row);
                }

                await {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", Key = "rows.csv", ContentBody = csv.ToString() })|};
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task SseCWithAKeyFromOutside_IsProtection_AKeyInTheSourceIsNot(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Vault
        {
            private const string Key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
            private readonly AmazonS3Client _s3 = new AmazonS3Client();

            async Task Save(string email, string customerKey)
            {
                await _s3.PutObjectAsync(new PutObjectRequest
                {
                    BucketName = "vault",
                    ContentBody = email,
                    ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256,
                    ServerSideEncryptionCustomerProvidedKey = customerKey,
                });
                await {|SRM2001:_s3.PutObjectAsync(new PutObjectRequest
                {
                    BucketName = "vault",
                    ContentBody = email,
                    ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256,
                    ServerSideEncryptionCustomerProvidedKey = Key,
                })|};
            }
        }
        """);

    [Fact]
    public Task DynamoDbItems_AreReadForEvidence_OnV4() => VerifyRule.Diagnostics(Sdk.V4, Classification, """
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.DataModel;
        using Amazon.DynamoDBv2.DocumentModel;
        using Amazon.DynamoDBv2.Model;
        using Microsoft.AspNetCore.Identity;

        [DynamoDBTable("customers")]
        public class Customer
        {
            [DynamoDBHashKey] public string Id { get; set; } = "";
            [PersonalData] public string Email { get; set; } = "";
        }

        public class Patient
        {
            public string Id { get; set; } = "";
            public string Diagnosis { get; set; } = "";
        }

        class Store
        {
            private readonly AmazonDynamoDBClient _ddb = new AmazonDynamoDBClient();

            async Task Save(string id, string value, Customer customer, Patient patient)
            {
                var item = new Dictionary<string, AttributeValue>
                {
                    ["pk"] = new AttributeValue { S = id },
                    ["email"] = new AttributeValue { S = value },
                };
                await {|#0:_ddb.PutItemAsync(new PutItemRequest { TableName = "users", Item = item })|};

                var added = new Dictionary<string, AttributeValue>();
                added.Add("pk", new AttributeValue(id));
                added.Add("phone_number", new AttributeValue(value));
                await {|#1:_ddb.PutItemAsync("users", added)|};

                await {|#2:_ddb.UpdateItemAsync(new UpdateItemRequest
                {
                    TableName = "users",
                    Key = new Dictionary<string, AttributeValue> { ["pk"] = new AttributeValue { S = id } },
                    UpdateExpression = "SET email = :e",
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":e"] = new AttributeValue { S = value } },
                })|};

                var table = new TableBuilder(_ddb, "users").AddHashKey("pk", DynamoDBEntryType.String).Build();
                var document = new Document();
                document["pk"] = id;
                document["address"] = value;
                await {|#3:table.PutItemAsync(document)|};

                var context = new DynamoDBContextBuilder().WithDynamoDBClient(() => _ddb).Build();
                await {|#4:context.SaveAsync(customer)|};

                var fromJson = Document.FromJson(JsonSerializer.Serialize(patient));
                await {|#5:_ddb.PutItemAsync(new PutItemRequest { TableName = "patients", Item = fromJson.ToAttributeMap() })|};

                await {|SRM2009:_ddb.PutItemAsync(new PutItemRequest { TableName = "users", Item = new Dictionary<string, AttributeValue> { ["pk"] = new AttributeValue { S = id }, ["title"] = new AttributeValue { S = value } } })|};
            }
        }
        """,
        expected:
        [
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 0, "the attribute 'email' (a sensitive name)", "PutItem", "DynamoDB"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 1, "the attribute 'phone_number' (a sensitive name)", "PutItem", "DynamoDB"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 2, "the attribute 'email' (a sensitive name)", "UpdateItem", "DynamoDB"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 3, "the document key 'address' (a sensitive name)", "Table.PutItem", "DynamoDB"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 4, "Customer.Email (classified PersonalData)", "DynamoDBContext.Save", "DynamoDB"),
            Expect(Descriptors.SRM2001_NoClientSideEncryption, 5, "Patient.Diagnosis (a sensitive name)", "PutItem", "DynamoDB"),
        ]);

    [Fact]
    public Task GenericRepositories_SeedRows_AndSensitiveTables_OnV4() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.DataModel;
        using Amazon.DynamoDBv2.Model;

        public class Setting
        {
            [DynamoDBHashKey] public string Id { get; set; } = "";
            public string Theme { get; set; } = "";
        }

        public class Repository<T> where T : class
        {
            private readonly IDynamoDBContext _context;

            public Repository(IDynamoDBContext context) => _context = context;

            public Task SaveAsync(T item) => {|SRM2009:_context.SaveAsync(item)|};
        }

        class Seeder
        {
            private readonly AmazonDynamoDBClient _ddb = new AmazonDynamoDBClient();

            async Task Seed(IDynamoDBContext context, string id, string value)
            {
                await _ddb.PutItemAsync(new PutItemRequest
                {
                    TableName = "users",
                    Item = new Dictionary<string, AttributeValue>
                    {
                        ["pk"] = new AttributeValue { S = "admin" },
                        ["email"] = new AttributeValue { S = "admin@example.com" },
                    },
                });
                await context.SaveAsync(new Setting { Id = "global", Theme = "dark" });
                await {|SRM2001:_ddb.PutItemAsync(new PutItemRequest { TableName = "claims", Item = new Dictionary<string, AttributeValue> { ["pk"] = new AttributeValue { S = id }, ["v"] = new AttributeValue { S = value } } })|};
            }
        }
        """,
        "srm.sensitive_tables = claims\n");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task TechnicalNames_AreNotSensitive(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Text.Json;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        public class UsageRecord
        {
            public string ClientIpAddress { get; set; } = "";
            public int TokenCount { get; set; }
            public string NextToken { get; set; } = "";
            public string SecretArn { get; set; } = "";
            public decimal TaxRate { get; set; }
            public string EndpointAddress { get; set; } = "";
            public bool EmailVerified { get; set; }
            public bool? HasPassport { get; set; }
        }

        class Usage
        {
            private readonly AmazonS3Client _s3 = new AmazonS3Client();

            Task Save(UsageRecord record) => {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "usage", ContentBody = JsonSerializer.Serialize(record) })|};
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_IsOfferedForSensitiveData_Too(Sdk sdk) => VerifyRule.Fix(sdk, ClassificationAndS3Encryption, """
        using System.Text.Json;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Microsoft.AspNetCore.Identity;

        public class Profile
        {
            public string Id { get; set; } = "";
            [ProtectedPersonalData] public string Phone { get; set; } = "";
        }

        class Profiles
        {
            async Task Save(Profile profile)
            {
                var s3 = new AmazonS3Client();
                await {|SRM2001:s3.PutObjectAsync(new PutObjectRequest { BucketName = "profiles", ContentBody = JsonSerializer.Serialize(profile) })|};
            }
        }
        """, """
        using System.Text.Json;
        using System.Threading.Tasks;
        using Amazon.Extensions.S3.Encryption;
        using Amazon.Extensions.S3.Encryption.Primitives;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Microsoft.AspNetCore.Identity;

        public class Profile
        {
            public string Id { get; set; } = "";
            [ProtectedPersonalData] public string Phone { get; set; } = "";
        }

        class Profiles
        {
            async Task Save(Profile profile)
            {
                var s3 = new AmazonS3EncryptionClientV4(new AmazonS3CryptoConfigurationV4(), new EncryptionMaterialsV4("alias/profiles", KmsType.KmsContext));
                await s3.PutObjectAsync(new PutObjectRequest { BucketName = "profiles", ContentBody = JsonSerializer.Serialize(profile) });
            }
        }
        """,
        "srm.kms_key_id = \"alias/profiles\"\n");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_FixesBothRules_ThroughTheOneClient(Sdk sdk) => VerifyRule.FixAll(sdk, S3Encryption, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Mailbox
        {
            private readonly IAmazonS3 _s3 = new AmazonS3Client();

            async Task Store(string email, string text)
            {
                await {|SRM2001:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "mail", ContentBody = email })|};
                await {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = "mail", ContentBody = text })|};
            }
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.Extensions.S3.Encryption;
        using Amazon.Extensions.S3.Encryption.Primitives;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Mailbox
        {
            private readonly IAmazonS3 _s3 = new AmazonS3EncryptionClientV4(new AmazonS3CryptoConfigurationV4(), new EncryptionMaterialsV4("alias/mail", KmsType.KmsContext));

            async Task Store(string email, string text)
            {
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "mail", ContentBody = email });
                await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "mail", ContentBody = text });
            }
        }
        """,
        "srm.kms_key_id = \"alias/mail\"\n");

    /// <summary>Written the way Lambda functions, blob-store abstractions and DynamoDB repositories write it: only the customer record is a warning.</summary>
    [Fact]
    public Task RealisticServices_WarnOnlyWhereTheCodeShowsCustomerData_OnV4() => VerifyRule.Diagnostics(Sdk.V4, """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Text.Json;
        using System.Threading;
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.DataModel;
        using Amazon.DynamoDBv2.Model;
        using Amazon.S3;
        using Amazon.S3.Model;

        public record OrderPlaced(string OrderId, string CustomerEmail, decimal Total, DateTime PlacedAt);

        public class OrderFunction
        {
            private static readonly IAmazonDynamoDB Dynamo = new AmazonDynamoDBClient();

            public async Task Handle(OrderPlaced order)
            {
                await {|SRM2001:Dynamo.PutItemAsync(new PutItemRequest
                {
                    TableName = Environment.GetEnvironmentVariable("ORDERS_TABLE"),
                    Item = new Dictionary<string, AttributeValue>
                    {
                        ["pk"] = new AttributeValue($"ORDER#{order.OrderId}"),
                        ["customerEmail"] = new AttributeValue(order.CustomerEmail),
                        ["total"] = new AttributeValue { N = order.Total.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    },
                })|};
            }
        }

        public interface IBlobStore
        {
            Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default);
        }

        public sealed class S3BlobStore : IBlobStore
        {
            private readonly IAmazonS3 _s3;
            private readonly string _bucket;

            public S3BlobStore(IAmazonS3 s3, string bucket) => (_s3, _bucket) = (s3, bucket);

            public Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default) =>
                {|SRM2009:_s3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = key, InputStream = content, AutoCloseStream = false }, cancellationToken)|};

            public Task CreateFolderAsync(string prefix) =>
                _s3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = prefix.TrimEnd('/') + "/", ContentBody = string.Empty });
        }

        public abstract class Entity
        {
            [DynamoDBHashKey] public string Id { get; set; } = Guid.NewGuid().ToString();
        }

        public class DynamoRepository<TEntity> where TEntity : Entity
        {
            private readonly IDynamoDBContext _context;

            public DynamoRepository(IDynamoDBContext context) => _context = context;

            public Task AddAsync(TEntity entity, CancellationToken cancellationToken = default) => {|SRM2009:_context.SaveAsync(entity, cancellationToken)|};

            public async Task AddRangeAsync(IEnumerable<TEntity> entities)
            {
                var batch = _context.CreateBatchWrite<TEntity>();
                {|SRM2009:batch.AddPutItems(entities)|};
                await batch.ExecuteAsync();
            }
        }
        """);

    private static DiagnosticResult Expect(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int location, string evidence, string operation = "PutObject", string service = "S3") =>
        new DiagnosticResult(descriptor).WithLocation(location).WithArguments(
            service + " is an abstracted service",
            $"{operation} writes {evidence} to {service} through a plain {(service == "S3" ? "AmazonS3Client" : "AmazonDynamoDBClient")}, and this method "
                + (service == "S3" ? "does not encrypt it first: " + Advice : "encrypts none of its attribute values: encrypt the sensitive attributes client-side (the AWS Database Encryption SDK's DynamoDbClient, KMS Encrypt, an AES encryptor, IDataProtector.Protect, or a method listed in srm.encryptors), or list the table in srm.client_side_encryption_exempt"));
}
