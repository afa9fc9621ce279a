using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace BlobStorage.S3;

/// <summary>
/// Lifecycle and CORS settings applied to the blob buckets at deploy time.
/// </summary>
public static class BucketLifecycle
{
    public static Task ApplyDefaultsAsync(IAmazonS3 s3, string bucket, CancellationToken cancellationToken = default) =>
        s3.PutLifecycleConfigurationAsync(
            new PutLifecycleConfigurationRequest
            {
                BucketName = bucket,
                Configuration = new LifecycleConfiguration
                {
                    Rules = new List<LifecycleRule>
                    {
                        new LifecycleRule
                        {
                            Id = "abort-incomplete-multipart",
                            Status = LifecycleRuleStatus.Enabled,
                            Filter = new LifecycleFilter { LifecycleFilterPredicate = new LifecyclePrefixPredicate { Prefix = string.Empty } },
                            AbortIncompleteMultipartUpload = new LifecycleRuleAbortIncompleteMultipartUpload { DaysAfterInitiation = 2 },
                        },
                        new LifecycleRule
                        {
                            Id = "tmp-expiry",
                            Status = LifecycleRuleStatus.Enabled,
                            Filter = new LifecycleFilter { LifecycleFilterPredicate = new LifecyclePrefixPredicate { Prefix = "tmp/" } },
                            Expiration = new LifecycleRuleExpiration { Days = 1 },
                        },
                        new LifecycleRule
                        {
                            Id = "archive-to-glacier",
                            Status = LifecycleRuleStatus.Enabled,
                            Filter = new LifecycleFilter { LifecycleFilterPredicate = new LifecyclePrefixPredicate { Prefix = "archive/" } },
                            Transitions = new List<LifecycleTransition>
                            {
                                new LifecycleTransition { Days = 30, StorageClass = S3StorageClass.StandardInfrequentAccess },
                                new LifecycleTransition { Days = 180, StorageClass = S3StorageClass.Glacier },
                            },
                        },
                    },
                },
            },
            cancellationToken);

    public static Task AllowBrowserUploadsAsync(IAmazonS3 s3, string bucket, params string[] origins) =>
        s3.PutCORSConfigurationAsync(new PutCORSConfigurationRequest
        {
            BucketName = bucket,
            Configuration = new CORSConfiguration
            {
                Rules = new List<CORSRule>
                {
                    new CORSRule
                    {
                        AllowedMethods = new List<string> { "GET", "PUT", "HEAD" },
                        AllowedOrigins = new List<string>(origins.Length == 0 ? new[] { "*" } : origins),
                        AllowedHeaders = new List<string> { "*" },
                        ExposeHeaders = new List<string> { "ETag" },
                        MaxAgeSeconds = 3000,
                    },
                },
            },
        });
}
