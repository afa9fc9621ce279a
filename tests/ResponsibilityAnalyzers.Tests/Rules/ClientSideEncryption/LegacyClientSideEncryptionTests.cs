using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.ClientSideEncryption.LegacyClientSideEncryptionAnalyzer, ResponsibilityAnalyzers.CodeFixes.ClientSideEncryption.LegacyClientSideEncryptionFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.ClientSideEncryption;

/// <summary>
/// SRM2006, on SDK v3 and v4, with the marked stand-in of Amazon.Extensions.S3.Encryption (StandIns/AmazonS3Encryption.cs),
/// which the package registry here does not serve.
/// </summary>
public class LegacyClientSideEncryptionTests
{
    private static readonly string[] S3Encryption = [AmazonS3Encryption.Source];

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ObsoleteV1Client_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, S3Encryption, """
        #pragma warning disable CS0618
        using Amazon.Extensions.S3.Encryption;

        class Vault
        {
            object Client() => {|#0:new AmazonS3EncryptionClient(new EncryptionMaterials("alias/vault"))|};
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2006_LegacyClientSideEncryption).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "AmazonS3EncryptionClient (V1) is obsolete and in maintenance mode, and writes the legacy formats (AES-CBC content, key wrapping without authentication); use AmazonS3EncryptionClientV4"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task LegacySettings_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, S3Encryption, """
        #pragma warning disable CS0618
        using Amazon.Extensions.S3.Encryption;

        class Vault
        {
            void Configure(bool migrating)
            {
                var v4 = new AmazonS3CryptoConfigurationV4({|SRM2006:SecurityProfile.V4AndLegacy|}, {|SRM2006:CommitmentPolicy.ForbidEncryptAllowDecrypt|}, ContentEncryptionAlgorithm.AesGcm);
                var v2 = new AmazonS3CryptoConfigurationV2(SecurityProfile.V2, CommitmentPolicy.ForbidEncryptAllowDecrypt, ContentEncryptionAlgorithm.AesGcm);
                v2.SecurityProfile = migrating ? {|SRM2006:SecurityProfile.V2AndLegacy|} : SecurityProfile.V2;
                var old = {|SRM2006:new AmazonS3CryptoConfigurationV2(SecurityProfile.V2AndLegacy)|};
                var fine = new AmazonS3CryptoConfigurationV4(SecurityProfile.V4, CommitmentPolicy.RequireEncryptRequireDecrypt, ContentEncryptionAlgorithm.AesGcmWithCommitment);
                var defaults = new AmazonS3CryptoConfigurationV4();
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task WithoutTheEncryptionLibrary_NothingIsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        namespace Amazon.Extensions.S3.Encryption.Lookalike
        {
            public enum SecurityProfile { V2, V2AndLegacy }
        }

        class Vault
        {
            object Profile() => Amazon.Extensions.S3.Encryption.Lookalike.SecurityProfile.V2AndLegacy;
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_UsesKeyCommitmentOnV4(Sdk sdk) => VerifyRule.Fix(sdk, [AmazonS3Encryption.Source], """
        using Amazon.Extensions.S3.Encryption;

        class Vault
        {
            object Configure() => new AmazonS3CryptoConfigurationV4(SecurityProfile.V4, {|SRM2006:CommitmentPolicy.ForbidEncryptAllowDecrypt|}, ContentEncryptionAlgorithm.AesGcm);
        }
        """, """
        using Amazon.Extensions.S3.Encryption;

        class Vault
        {
            object Configure() => new AmazonS3CryptoConfigurationV4(SecurityProfile.V4, CommitmentPolicy.RequireEncryptAllowDecrypt, ContentEncryptionAlgorithm.AesGcmWithCommitment);
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_RemovesEveryLegacySetting(Sdk sdk) => VerifyRule.FixAll(sdk, [AmazonS3Encryption.Source], """
        #pragma warning disable CS0618
        using Amazon.Extensions.S3.Encryption;

        class Vault
        {
            void Configure()
            {
                var a = new AmazonS3CryptoConfigurationV4({|SRM2006:SecurityProfile.V4AndLegacy|}, CommitmentPolicy.RequireEncryptAllowDecrypt, ContentEncryptionAlgorithm.AesGcmWithCommitment);
                var b = {|SRM2006:new AmazonS3CryptoConfigurationV2(SecurityProfile.V2AndLegacy)|};
                var c = {|SRM2006:new AmazonS3CryptoConfigurationV2(SecurityProfile.V2)|} { StorageMode = CryptoStorageMode.ObjectMetadata };
            }
        }
        """, """
        #pragma warning disable CS0618
        using Amazon.Extensions.S3.Encryption;

        class Vault
        {
            void Configure()
            {
                var a = new AmazonS3CryptoConfigurationV4(SecurityProfile.V4, CommitmentPolicy.RequireEncryptAllowDecrypt, ContentEncryptionAlgorithm.AesGcmWithCommitment);
                var b = new AmazonS3CryptoConfigurationV2(SecurityProfile.V2, CommitmentPolicy.ForbidEncryptAllowDecrypt, ContentEncryptionAlgorithm.AesGcm);
                var c = new AmazonS3CryptoConfigurationV2(SecurityProfile.V2, CommitmentPolicy.ForbidEncryptAllowDecrypt, ContentEncryptionAlgorithm.AesGcm) { StorageMode = CryptoStorageMode.ObjectMetadata };
            }
        }
        """);
}
