using Amazon.S3;
using Amazon.S3.Model;

namespace DocumentStore;

/// <summary>Stores customers' documents: private, encrypted with the account's KMS key, tagged with their owner.</summary>
public sealed class DocumentUploader
{
    private readonly IAmazonS3 _s3;
    private readonly StoreSettings _settings;

    public DocumentUploader(IAmazonS3 s3, StoreSettings settings)
    {
        _s3 = s3;
        _settings = settings;
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
