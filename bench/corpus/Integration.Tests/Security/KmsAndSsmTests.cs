using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.SecurityToken.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using Integration.Tests.Fixtures;
using Xunit;

namespace Integration.Tests.Security;

[Collection(LocalStackCollection.Name)]
[Trait("Category", "Integration")]
public class KmsAndSsmTests
{
    private readonly LocalStackFixture _localStack;

    public KmsAndSsmTests(LocalStackFixture localStack)
    {
        _localStack = localStack;
    }

    [Fact]
    public async Task EncryptDecrypt_RoundTrips()
    {
        var key = await _localStack.Kms.CreateKeyAsync(new CreateKeyRequest { Description = "integration test key" });
        try
        {
            var context = new Dictionary<string, string> { ["test"] = nameof(EncryptDecrypt_RoundTrips) };
            var encrypted = await _localStack.Kms.EncryptAsync(new EncryptRequest
            {
                KeyId = key.KeyMetadata.KeyId,
                Plaintext = new MemoryStream(Encoding.UTF8.GetBytes("top secret")),
                EncryptionContext = context,
            });

            var decrypted = await _localStack.Kms.DecryptAsync(new DecryptRequest
            {
                CiphertextBlob = encrypted.CiphertextBlob,
                EncryptionContext = context,
            });

            Assert.Equal("top secret", Encoding.UTF8.GetString(decrypted.Plaintext.ToArray()));
        }
        finally
        {
            await _localStack.Kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyMetadata.KeyId, PendingWindowInDays = 7 });
        }
    }

    [Fact]
    public async Task KeyRotation_CanBeEnabled()
    {
        var key = await _localStack.Kms.CreateKeyAsync(new CreateKeyRequest());
        await _localStack.Kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = key.KeyMetadata.KeyId });
        var status = await _localStack.Kms.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = key.KeyMetadata.KeyId });
        Assert.True(status.KeyRotationEnabled == true);
    }

    [Fact]
    public async Task DataKey_HasPlaintextAndCiphertext()
    {
        var key = await _localStack.Kms.CreateKeyAsync(new CreateKeyRequest());
        var dataKey = await _localStack.Kms.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = key.KeyMetadata.KeyId, KeySpec = DataKeySpec.AES_256 });
        Assert.Equal(32L, dataKey.Plaintext.Length);
        Assert.True(dataKey.CiphertextBlob.Length > 32);
    }

    [Fact]
    public async Task SecureStringParameter_RoundTrips()
    {
        var name = "/it/" + LocalStackFixture.UniqueName("param");
        await _localStack.Ssm.PutParameterAsync(new PutParameterRequest
        {
            Name = name,
            Value = "p@ssw0rd-for-tests",
            Type = ParameterType.SecureString,
        });

        try
        {
            var parameter = await _localStack.Ssm.GetParameterAsync(new GetParameterRequest { Name = name, WithDecryption = true });
            Assert.Equal("p@ssw0rd-for-tests", parameter.Parameter.Value);
        }
        finally
        {
            await _localStack.Ssm.DeleteParameterAsync(new DeleteParameterRequest { Name = name });
        }
    }

    [Fact]
    public async Task ParametersByPath_Paginates()
    {
        var path = "/it/" + LocalStackFixture.UniqueName("path") + "/";
        for (var i = 0; i < 15; i++)
        {
            await _localStack.Ssm.PutParameterAsync(new PutParameterRequest { Name = path + "p" + i, Value = i.ToString(), Type = ParameterType.String });
        }

        var names = new List<string>();
        var request = new GetParametersByPathRequest { Path = path, MaxResults = 5 };
        do
        {
            var response = await _localStack.Ssm.GetParametersByPathAsync(request);
            names.AddRange((response.Parameters ?? new List<Parameter>()).ConvertAll(p => p.Name));
            request.NextToken = response.NextToken;
        }
        while (!string.IsNullOrEmpty(request.NextToken));

        Assert.Equal(15, names.Count);
        await _localStack.Ssm.DeleteParametersAsync(new DeleteParametersRequest { Names = names });
    }

    [Fact]
    public async Task CallerIdentity_IsTheLocalStackAccount()
    {
        var identity = await _localStack.Sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.Equal("000000000000", identity.Account);
    }

    [Fact(Skip = "Needs a real account: run manually with AWS_PROFILE set")]
    public async Task RealAccount_CanAssumeDeployRole()
    {
        using var sts = new Amazon.SecurityToken.AmazonSecurityTokenServiceClient(Amazon.RegionEndpoint.EUWest1);
        var response = await sts.AssumeRoleAsync(new AssumeRoleRequest
        {
            RoleArn = "arn:aws:iam::123456789012:role/integration-tests",
            RoleSessionName = "it-" + Environment.UserName,
        });
        Assert.NotNull(response.Credentials.SessionToken);
    }
}
