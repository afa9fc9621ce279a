using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.ClientSideEncryption.KeyMaterialInSourceAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.ClientSideEncryption;

/// <summary>
/// SRM2008, on SDK v3 and v4. The client-side materials cases use the marked stand-in of Amazon.Extensions.S3.Encryption
/// (StandIns/AmazonS3Encryption.cs), which the package registry here does not serve.
/// </summary>
public class KeyMaterialInSourceTests
{
    private static readonly string[] S3Encryption = [AmazonS3Encryption.Source];

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task LiteralSseCKey_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            object Upload() => new PutObjectRequest
            {
                BucketName = "docs",
                ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256,
                ServerSideEncryptionCustomerProvidedKey = {|#0:"q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA="|},
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2008_KeyMaterialInSource).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "the SSE-C key in ServerSideEncryptionCustomerProvidedKey is written in the source: anyone who can read the code, its history or the binary can decrypt the data; keep keys in KMS (or Secrets Manager) and load them at run time"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ConstantAndBuiltKeys_AreReported_LoadedKeysAreNot(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            const string Key = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";

            void Requests(string loaded, byte[] fromVault)
            {
                var get = new GetObjectRequest { ServerSideEncryptionCustomerProvidedKey = {|SRM2008:Key|} };
                var copy = new CopyObjectRequest { CopySourceServerSideEncryptionCustomerProvidedKey = {|SRM2008:Convert.ToBase64String(new byte[] { 1, 2, 3, 4 })|} };
                var part = new UploadPartRequest { ServerSideEncryptionCustomerProvidedKey = loaded };
                var fine = new PutObjectRequest { ServerSideEncryptionCustomerProvidedKey = Convert.ToBase64String(fromVault) };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task MaterialsFromALiteralKey_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, S3Encryption, """
        #pragma warning disable CS0618, SYSLIB0021
        using System;
        using System.Security.Cryptography;
        using System.Text;
        using Amazon.Extensions.S3.Encryption;
        using Amazon.Extensions.S3.Encryption.Primitives;

        class Vault
        {
            object Symmetric()
            {
                var aes = Aes.Create();
                aes.Key = {|SRM2008:Convert.FromBase64String("q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=")|};
                return new EncryptionMaterialsV2(aes, SymmetricAlgorithmType.AesGcm);
            }

            object Inline() => new EncryptionMaterialsV4(new AesManaged { Key = {|SRM2008:Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef")|} }, SymmetricAlgorithmType.AesGcm);

            object Asymmetric()
            {
                var rsa = RSA.Create();
                rsa.ImportFromPem({|SRM2008:"-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----"|});
                return new EncryptionMaterialsV2(rsa, AsymmetricAlgorithmType.RsaOaepSha1);
            }

            object Loaded(byte[] key)
            {
                var aes = Aes.Create();
                aes.Key = key;
                return new EncryptionMaterialsV4(aes, SymmetricAlgorithmType.AesGcm);
            }

            object Kms() => new EncryptionMaterialsV4("alias/vault", KmsType.KmsContext);
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3.Model { public class PutObjectRequest { public string? ServerSideEncryptionCustomerProvidedKey { get; set; } } }

        class Store
        {
            object Upload() => new Amazon.S3.Model.PutObjectRequest { ServerSideEncryptionCustomerProvidedKey = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=" };
        }
        """);
}
