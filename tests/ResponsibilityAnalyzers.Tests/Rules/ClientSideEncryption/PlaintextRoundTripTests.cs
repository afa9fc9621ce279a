using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.ClientSideEncryption.PlaintextRoundTripAnalyzer, ResponsibilityAnalyzers.CodeFixes.ClientSideEncryption.PlaintextRoundTripFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.ClientSideEncryption;

/// <summary>
/// SRM2007, on SDK v4 only: the v3 reference set holds only AWSSDK.S3 3.7.511.8 (a v3 KMS package that works with it is
/// not served), and the rule needs KMS; the last test checks it stays silent on v3.
/// </summary>
public class PlaintextRoundTripTests
{
    [Fact]
    public Task DecryptThenEncrypt_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.KeyManagementService;
        using Amazon.KeyManagementService.Model;

        class Rotation
        {
            async Task<MemoryStream> Rotate(IAmazonKeyManagementService kms, MemoryStream blob)
            {
                {|#1:var plain = await kms.DecryptAsync(new DecryptRequest { CiphertextBlob = {|#3:blob|} });|}
                var sealedAgain = await {|#0:{|#2:kms|}.EncryptAsync(new EncryptRequest { KeyId = {|#4:"alias/new"|}, Plaintext = plain.Plaintext })|};
                return sealedAgain.CiphertextBlob;
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2007_PlaintextRoundTrip).WithLocation(0).WithLocation(1).WithLocation(2).WithLocation(3).WithLocation(4).WithArguments(
            "KMS is an abstracted service",
            "KMS Encrypt is given the plaintext of a KMS Decrypt: the data leaves KMS in plaintext only to go back in; ReEncrypt re-encrypts it under the new key without it ever leaving KMS"));

    [Fact]
    public Task RoundTripThroughALocalOrAnotherRequest_IsReported_WithoutAFix() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.KeyManagementService;
        using Amazon.KeyManagementService.Model;

        class Rotation
        {
            async Task Rotate(IAmazonKeyManagementService source, IAmazonKeyManagementService target, MemoryStream blob)
            {
                var plain = await source.DecryptAsync(new DecryptRequest { CiphertextBlob = blob });
                var bytes = plain.Plaintext;
                var request = new EncryptRequest { KeyId = "alias/new" };
                request.Plaintext = bytes;
                await {|SRM2007:target.EncryptAsync(request)|};
            }

            async Task Fresh(IAmazonKeyManagementService kms, MemoryStream data)
            {
                await kms.EncryptAsync(new EncryptRequest { KeyId = "alias/new", Plaintext = data });
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.None)]
    public Task WithoutKms_NothingIsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        class Rotation
        {
            void Rotate() { }
        }
        """);

    [Fact]
    public Task Fix_UsesOneReEncryptCall() => VerifyRule.Fix(Sdk.V4, """
        using System.Collections.Generic;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using Amazon.KeyManagementService;
        using Amazon.KeyManagementService.Model;

        class Rotation
        {
            async Task<MemoryStream> Rotate(IAmazonKeyManagementService kms, MemoryStream blob, Dictionary<string, string> context, CancellationToken cancellationToken)
            {
                var plain = await kms.DecryptAsync(new DecryptRequest { CiphertextBlob = blob, EncryptionContext = context }, cancellationToken);
                var sealedAgain = await {|SRM2007:kms.EncryptAsync(new EncryptRequest { KeyId = "alias/new", Plaintext = plain.Plaintext, EncryptionContext = context }, cancellationToken)|};
                return sealedAgain.CiphertextBlob;
            }
        }
        """, """
        using System.Collections.Generic;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using Amazon.KeyManagementService;
        using Amazon.KeyManagementService.Model;

        class Rotation
        {
            async Task<MemoryStream> Rotate(IAmazonKeyManagementService kms, MemoryStream blob, Dictionary<string, string> context, CancellationToken cancellationToken)
            {
                var sealedAgain = await kms.ReEncryptAsync(new ReEncryptRequest { CiphertextBlob = blob, SourceEncryptionContext = context, DestinationKeyId = "alias/new", DestinationEncryptionContext = context }, cancellationToken);
                return sealedAgain.CiphertextBlob;
            }
        }
        """);

    [Fact]
    public Task FixAll_ReEncryptsEveryRoundTrip() => VerifyRule.FixAll(Sdk.V4, """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.KeyManagementService;
        using Amazon.KeyManagementService.Model;

        class Rotation
        {
            async Task Rotate(IAmazonKeyManagementService kms, MemoryStream a, MemoryStream b)
            {
                var first = await kms.DecryptAsync(new DecryptRequest { CiphertextBlob = a });
                await {|SRM2007:kms.EncryptAsync(new EncryptRequest { KeyId = "alias/new", Plaintext = first.Plaintext })|};
                var second = await kms.DecryptAsync(new DecryptRequest { CiphertextBlob = b, KeyId = "alias/old" });
                var blob = (await {|SRM2007:kms.EncryptAsync(new EncryptRequest { KeyId = "alias/new", Plaintext = second.Plaintext })|}).CiphertextBlob;
            }
        }
        """, """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.KeyManagementService;
        using Amazon.KeyManagementService.Model;

        class Rotation
        {
            async Task Rotate(IAmazonKeyManagementService kms, MemoryStream a, MemoryStream b)
            {
                await kms.ReEncryptAsync(new ReEncryptRequest { CiphertextBlob = a, DestinationKeyId = "alias/new" });
                var blob = (await kms.ReEncryptAsync(new ReEncryptRequest { CiphertextBlob = b, SourceKeyId = "alias/old", DestinationKeyId = "alias/new" })).CiphertextBlob;
            }
        }
        """);
}
