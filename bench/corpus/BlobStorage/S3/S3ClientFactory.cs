using System;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace BlobStorage.S3;

/// <summary>
/// Builds an <see cref="IAmazonS3"/> from <see cref="S3BlobStoreOptions"/>.
/// </summary>
public static class S3ClientFactory
{
    public static IAmazonS3 Create(S3BlobStoreOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            MaxErrorRetry = 4,
            Timeout = TimeSpan.FromMinutes(5),
        };

        if (!string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        if (!string.IsNullOrWhiteSpace(options.AccessKey) && !string.IsNullOrWhiteSpace(options.SecretKey))
        {
            return new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
        }

        return new AmazonS3Client(config);
    }

    /// <summary>
    /// For the MinIO container the developers run locally.
    /// </summary>
    public static IAmazonS3 CreateForMinio(string endpoint = "http://localhost:9000") =>
        new AmazonS3Client(
            "minioadmin",
            "minioadmin",
            new AmazonS3Config
            {
                ServiceURL = endpoint,
                ForcePathStyle = true,
                UseHttp = true,
            });
}
