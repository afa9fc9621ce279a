using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace AwsDocExamples.KMS;

/// <summary>
/// AWS Key Management Service (AWS KMS) actions used by the key scenario.
/// </summary>
public class KmsWrapper
{
    private readonly IAmazonKeyManagementService _kms;

    public KmsWrapper(IAmazonKeyManagementService kms)
    {
        _kms = kms;
    }

    /// <summary>
    /// Creates a symmetric encryption key.
    /// </summary>
    /// <returns>The metadata of the new key.</returns>
    public async Task<KeyMetadata> CreateKeyAsync(string description)
    {
        var response = await _kms.CreateKeyAsync(new CreateKeyRequest
        {
            Description = description,
            KeySpec = KeySpec.SYMMETRIC_DEFAULT,
            KeyUsage = KeyUsageType.ENCRYPT_DECRYPT,
            Tags = new List<Tag>
            {
                new Tag { TagKey = "CreatedBy", TagValue = "KmsScenario" },
            },
        });

        Console.WriteLine($"Created a new key with ID {response.KeyMetadata.KeyId}.");
        return response.KeyMetadata;
    }

    /// <summary>
    /// Creates an alias for a key.
    /// </summary>
    public async Task CreateAliasAsync(string aliasName, string keyId)
    {
        await _kms.CreateAliasAsync(new CreateAliasRequest
        {
            AliasName = aliasName,
            TargetKeyId = keyId,
        });
    }

    /// <summary>
    /// Lists the aliases in the account, one page at a time.
    /// </summary>
    public async Task<List<AliasListEntry>> ListAliasesAsync()
    {
        var aliases = new List<AliasListEntry>();
        var paginator = _kms.Paginators.ListAliases(new ListAliasesRequest { Limit = 20 });
        await foreach (var alias in paginator.Aliases)
        {
            aliases.Add(alias);
        }

        return aliases;
    }

    /// <summary>
    /// Lists the keys in the account and prints their state.
    /// </summary>
    public async Task ListKeysAsync()
    {
        var request = new ListKeysRequest { Limit = 100 };
        ListKeysResponse response;
        do
        {
            response = await _kms.ListKeysAsync(request);
            foreach (var key in response.Keys ?? new List<KeyListEntry>())
            {
                var description = await _kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId });
                Console.WriteLine($"{key.KeyId}\t{description.KeyMetadata.KeyState}\t{description.KeyMetadata.Description}");
            }

            request.Marker = response.NextMarker;
        }
        while (response.Truncated == true);
    }

    /// <summary>
    /// Turns on automatic yearly rotation of the key material.
    /// </summary>
    public async Task<bool> EnableKeyRotationAsync(string keyId)
    {
        await _kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = keyId });
        var status = await _kms.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = keyId });
        return status.KeyRotationEnabled == true;
    }

    /// <summary>
    /// Encrypts a short piece of text with the key.
    /// </summary>
    public async Task<MemoryStream> EncryptTextAsync(string keyId, string text)
    {
        var response = await _kms.EncryptAsync(new EncryptRequest
        {
            KeyId = keyId,
            Plaintext = new MemoryStream(Encoding.UTF8.GetBytes(text)),
            EncryptionContext = new Dictionary<string, string> { ["purpose"] = "kms-scenario" },
        });
        return response.CiphertextBlob;
    }

    /// <summary>
    /// Decrypts ciphertext that was made by <see cref="EncryptTextAsync"/>.
    /// </summary>
    public async Task<string> DecryptTextAsync(MemoryStream ciphertext)
    {
        var response = await _kms.DecryptAsync(new DecryptRequest
        {
            CiphertextBlob = ciphertext,
            EncryptionContext = new Dictionary<string, string> { ["purpose"] = "kms-scenario" },
        });
        return Encoding.UTF8.GetString(response.Plaintext.ToArray());
    }

    /// <summary>
    /// Creates a data key for envelope encryption.
    /// </summary>
    public async Task<(byte[] Plaintext, byte[] Encrypted)> GenerateDataKeyAsync(string keyId)
    {
        var response = await _kms.GenerateDataKeyAsync(new GenerateDataKeyRequest
        {
            KeyId = keyId,
            KeySpec = DataKeySpec.AES_256,
        });
        return (response.Plaintext.ToArray(), response.CiphertextBlob.ToArray());
    }

    /// <summary>
    /// Gives a role permission to use the key for encryption and decryption.
    /// </summary>
    public async Task<string> CreateGrantAsync(string keyId, string granteePrincipal)
    {
        var response = await _kms.CreateGrantAsync(new CreateGrantRequest
        {
            KeyId = keyId,
            GranteePrincipal = granteePrincipal,
            Operations = new List<string> { GrantOperation.Encrypt, GrantOperation.Decrypt, GrantOperation.GenerateDataKey },
        });
        return response.GrantId;
    }

    public async Task RevokeGrantAsync(string keyId, string grantId)
    {
        await _kms.RevokeGrantAsync(new RevokeGrantRequest { KeyId = keyId, GrantId = grantId });
    }

    /// <summary>
    /// Replaces the key policy.
    /// </summary>
    public async Task PutKeyPolicyAsync(string keyId, string accountId)
    {
        var policy = $$"""
        {
          "Version": "2012-10-17",
          "Statement": [{
            "Sid": "Enable IAM User Permissions",
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::{{accountId}}:root"},
            "Action": "kms:*",
            "Resource": "*"
          }]
        }
        """;

        await _kms.PutKeyPolicyAsync(new PutKeyPolicyRequest
        {
            KeyId = keyId,
            PolicyName = "default",
            Policy = policy,
        });
    }

    public async Task DisableKeyAsync(string keyId)
    {
        await _kms.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
    }

    public async Task DeleteAliasAsync(string aliasName)
    {
        await _kms.DeleteAliasAsync(new DeleteAliasRequest { AliasName = aliasName });
    }

    /// <summary>
    /// Schedules the key for deletion after the waiting period.
    /// </summary>
    public async Task<DateTime?> ScheduleKeyDeletionAsync(string keyId, int pendingWindowInDays)
    {
        var response = await _kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest
        {
            KeyId = keyId,
            PendingWindowInDays = pendingWindowInDays,
        });
        return response.DeletionDate;
    }
}
