using Amazon;
using Amazon.Extensions.S3.Encryption;
using Amazon.Extensions.S3.Encryption.Primitives;
using Amazon.S3;
using Amazon.S3.Model;

namespace DocumentStore;

/// <summary>
/// Stores customers' documents: encrypted client-side with the account's KMS key before they leave the process (the S3
/// Encryption Client), private, and tagged with their owner.
/// </summary>
public sealed class DocumentUploader
{
    private readonly IAmazonS3 _s3;
    private readonly StoreSettings _settings;

    public DocumentUploader(StoreSettings settings)
    {
        _settings = settings;

        // V4AndLegacy: the document archive of the old system was written with the V1 encryption client.
        _s3 = new AmazonS3EncryptionClientV4(
            new AmazonS3CryptoConfigurationV4(SecurityProfile.V4AndLegacy, CommitmentPolicy.RequireEncryptAllowDecrypt, ContentEncryptionAlgorithm.AesGcmWithCommitment)
            {
                RegionEndpoint = RegionEndpoint.GetBySystemName(settings.Region),
            },
            new EncryptionMaterialsV4(settings.DocumentsKeyId, KmsType.KmsContext));
    }

    /// <summary>Uploads one file and returns the key it is stored under.</summary>
    public async Task<string> UploadAsync(string owner, string path, CancellationToken cancellationToken)
    {
        var key = $"{owner}/{DateTime.UtcNow:yyyy/MM/dd}/{Guid.NewGuid():N}/{Path.GetFileName(path)}";

        var request = new PutObjectRequest
        {
            BucketName = _settings.DocumentsBucket,
            Key = key,
            FilePath = path,
            CannedACL = S3CannedACL.Private,
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
        };
        request.Metadata["owner"] = owner;

        await _s3.PutObjectAsync(request, cancellationToken);
        return key;
    }
}
