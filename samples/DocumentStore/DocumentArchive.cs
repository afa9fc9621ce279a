using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Util;

namespace DocumentStore;

/// <summary>
/// Keeps the yearly archive buckets that documents past their retention period move to, and erases a customer's
/// documents when they ask for it.
/// </summary>
public sealed class DocumentArchive
{
    private readonly IAmazonS3 _s3;
    private readonly StoreSettings _settings;

    public DocumentArchive(IAmazonS3 s3, StoreSettings settings)
    {
        _s3 = s3;
        _settings = settings;
    }

    /// <summary>The archive bucket of one year, e.g. acme-docstore-archive-2025.</summary>
    public async Task<string> CreateYearBucketAsync(int year, CancellationToken cancellationToken)
    {
        var bucket = $"acme-docstore-archive-{year}";
        await _s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket, ObjectOwnership = ObjectOwnership.BucketOwnerEnforced }, cancellationToken);

        // Archived documents are written once and never changed: old versions would only add to the storage bill.
        await _s3.PutBucketVersioningAsync(
            new PutBucketVersioningRequest
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended },
            },
            cancellationToken);
        return bucket;
    }

    /// <summary>
    /// Erases every stored version of a customer's documents (a data-erasure request), including the versions that
    /// the documents bucket's 30-day governance hold still protects.
    /// </summary>
    public async Task EraseCustomerAsync(string owner, CancellationToken cancellationToken)
    {
        var listing = await _s3.ListVersionsAsync(
            new ListVersionsRequest { BucketName = _settings.DocumentsBucket, Prefix = owner + "/" },
            cancellationToken);
        if (listing.Versions is not { Count: > 0 } versions)
        {
            return;
        }

        await _s3.DeleteObjectsAsync(
            new DeleteObjectsRequest
            {
                BucketName = _settings.DocumentsBucket,
                Objects = versions.Select(version => new KeyVersion { Key = version.Key, VersionId = version.VersionId }).ToList(),
                BypassGovernanceRetention = true,
            },
            cancellationToken);
    }

    /// <summary>Removes the archive bucket of a year whose documents have all passed their retention.</summary>
    public Task RemoveYearBucketAsync(int year, CancellationToken cancellationToken) =>
        AmazonS3Util.DeleteS3BucketWithObjectsAsync(_s3, $"acme-docstore-archive-{year}", cancellationToken);
}
