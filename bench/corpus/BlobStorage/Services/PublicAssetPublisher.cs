using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
using BlobStorage.Util;
using Microsoft.Extensions.Logging;

namespace BlobStorage.Services;

/// <summary>
/// Publishes the built front-end (images, scripts, styles) to the assets
/// bucket that the CDN reads from.
/// </summary>
public class PublicAssetPublisher
{
    private readonly IAmazonS3 _s3;
    private readonly ILogger<PublicAssetPublisher> _logger;
    private readonly string _bucket;

    public PublicAssetPublisher(IAmazonS3 s3, string bucket, ILogger<PublicAssetPublisher> logger)
    {
        _s3 = s3;
        _bucket = bucket;
        _logger = logger;
    }

    public async Task PublishDirectoryAsync(string localDirectory, string version, CancellationToken cancellationToken = default)
    {
        using var transfer = new TransferUtility(_s3);
        var request = new TransferUtilityUploadDirectoryRequest
        {
            BucketName = _bucket,
            Directory = localDirectory,
            KeyPrefix = $"static/{version}",
            SearchPattern = "*",
            SearchOption = SearchOption.AllDirectories,
            CannedACL = S3CannedACL.PublicRead,
        };

        request.UploadDirectoryFileRequestEvent += (_, e) =>
        {
            e.UploadRequest.ContentType = ContentTypes.FromFileName(e.UploadRequest.FilePath);
            e.UploadRequest.Headers.CacheControl = "public, max-age=31536000, immutable";
        };

        await transfer.UploadDirectoryAsync(request, cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Published {Directory} as version {Version}", localDirectory, version);
    }

    public async Task PublishIndexAsync(string html, CancellationToken cancellationToken = default)
    {
        await _s3.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = _bucket,
                Key = "index.html",
                ContentBody = html,
                ContentType = "text/html",
                CannedACL = S3CannedACL.PublicRead,
                Headers = { CacheControl = "no-cache" },
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The assets bucket is read by the CDN origin access identity and by
    /// browsers directly for old links, so it has a public-read policy.
    /// </summary>
    public async Task ConfigureWebsiteAsync(CancellationToken cancellationToken = default)
    {
        await _s3.PutBucketWebsiteAsync(
            new PutBucketWebsiteRequest
            {
                BucketName = _bucket,
                WebsiteConfiguration = new WebsiteConfiguration
                {
                    IndexDocumentSuffix = "index.html",
                    ErrorDocument = "index.html",
                },
            },
            cancellationToken).ConfigureAwait(false);

        var policy = $$"""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Sid": "PublicReadGetObject",
              "Effect": "Allow",
              "Principal": "*",
              "Action": "s3:GetObject",
              "Resource": "arn:aws:s3:::{{_bucket}}/*"
            }
          ]
        }
        """;

        await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = _bucket, Policy = policy }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> RemoveOldVersionsAsync(IReadOnlyCollection<string> keepVersions, CancellationToken cancellationToken = default)
    {
        var toDelete = new List<KeyVersion>();
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = "static/", Delimiter = "/" };
        await foreach (var page in _s3.Paginators.ListObjectsV2(request).Responses.WithCancellation(cancellationToken))
        {
            foreach (var prefix in page.CommonPrefixes ?? new List<string>())
            {
                var version = prefix.TrimEnd('/').Substring("static/".Length);
                if (keepVersions.Contains(version))
                {
                    continue;
                }

                await foreach (var obj in _s3.Paginators.ListObjectsV2(new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix }).S3Objects.WithCancellation(cancellationToken))
                {
                    toDelete.Add(new KeyVersion { Key = obj.Key });
                }
            }
        }

        foreach (var chunk in toDelete.Chunk(1000))
        {
            await _s3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = _bucket, Objects = new List<KeyVersion>(chunk) }, cancellationToken).ConfigureAwait(false);
        }

        return toDelete.Count;
    }
}
