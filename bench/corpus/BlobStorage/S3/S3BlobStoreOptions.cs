using System;
using System.Collections.Generic;

namespace BlobStorage.S3;

/// <summary>
/// Settings bound from the "BlobStorage:S3" section.
/// </summary>
public class S3BlobStoreOptions
{
    public const string SectionName = "BlobStorage:S3";

    public string Region { get; set; } = "us-east-1";

    /// <summary>For S3-compatible storage (MinIO, LocalStack).</summary>
    public string? ServiceUrl { get; set; }

    public bool ForcePathStyle { get; set; }

    /// <summary>Optional explicit credentials; when empty the default chain is used.</summary>
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Maps logical container names ("uploads") to bucket names.</summary>
    public Dictionary<string, string> Buckets { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string? KmsKeyId { get; set; }

    public bool UseServerSideEncryption { get; set; } = true;

    public long MultipartThresholdBytes { get; set; } = 16 * 1024 * 1024;

    public long PartSizeBytes { get; set; } = 8 * 1024 * 1024;

    public int ConcurrentUploads { get; set; } = 4;

    public TimeSpan MaxPresignedUrlLifetime { get; set; } = TimeSpan.FromHours(12);

    public string? ExpectedBucketOwner { get; set; }
}
