using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
using BlobStorage.Abstractions;
using BlobStorage.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BlobStorage.S3;

/// <summary>
/// <see cref="IBlobStore"/> over Amazon S3. Containers map to buckets
/// through <see cref="S3BlobStoreOptions.Buckets"/>; unknown containers
/// are used as bucket names directly.
/// </summary>
public class S3BlobStore : IUrlSigningBlobStore, ILargeBlobStore, IDisposable
{
    private readonly IAmazonS3 _s3;
    private readonly S3BlobStoreOptions _options;
    private readonly ILogger<S3BlobStore> _logger;
    private readonly TransferUtility _transfer;

    public S3BlobStore(IAmazonS3 s3, IOptions<S3BlobStoreOptions> options, ILogger<S3BlobStore> logger)
    {
        _s3 = s3;
        _options = options.Value;
        _logger = logger;
        _transfer = new TransferUtility(s3, new TransferUtilityConfig
        {
            MinSizeBeforePartUpload = _options.MultipartThresholdBytes,
            ConcurrentServiceRequests = _options.ConcurrentUploads,
        });
    }

    public string BucketFor(string container) =>
        _options.Buckets.TryGetValue(container, out var bucket) ? bucket : container;

    public async Task<BlobInfo> PutAsync(string container, string key, Stream content, BlobWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var bucket = BucketFor(container);
        key = BlobKeys.Normalize(key);
        options ??= new BlobWriteOptions();

        if (!options.Overwrite && await ExistsAsync(container, key, cancellationToken).ConfigureAwait(false))
        {
            throw new BlobAlreadyExistsException(container, key);
        }

        var request = new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            InputStream = content,
            AutoCloseStream = false,
            ContentType = options.ContentType ?? ContentTypes.FromFileName(key),
            ExpectedBucketOwner = _options.ExpectedBucketOwner,
        };

        ApplyHeaders(request.Headers, options);
        ApplyEncryption(request);
        foreach (var pair in options.Metadata)
        {
            request.Metadata.Add(pair.Key, pair.Value);
        }

        if (options.Tags.Count > 0)
        {
            request.TagSet = options.Tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList();
        }

        if (options.Public)
        {
            request.CannedACL = S3CannedACL.PublicRead;
        }

        try
        {
            var response = await _s3.PutObjectAsync(request, cancellationToken).ConfigureAwait(false);
            _logger.LogDebug("Stored {Bucket}/{Key} ({ETag})", bucket, key, response.ETag);
            return new BlobInfo(container, key, content.CanSeek ? content.Length : -1, request.ContentType, response.ETag, DateTime.UtcNow, new Dictionary<string, string>(options.Metadata));
        }
        catch (AmazonS3Exception ex)
        {
            _logger.LogError(ex, "Could not store {Bucket}/{Key}: {Code}", bucket, key, ex.ErrorCode);
            throw new BlobStoreException($"Could not store {container}/{key}.", ex);
        }
    }

    public async Task<Stream?> OpenReadAsync(string container, string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await _s3.GetObjectAsync(
                new GetObjectRequest { BucketName = BucketFor(container), Key = BlobKeys.Normalize(key) },
                cancellationToken).ConfigureAwait(false);
            return new ResponseOwningStream(response);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<BlobInfo?> GetInfoAsync(string container, string key, CancellationToken cancellationToken = default)
    {
        try
        {
            key = BlobKeys.Normalize(key);
            var response = await _s3.GetObjectMetadataAsync(
                new GetObjectMetadataRequest { BucketName = BucketFor(container), Key = key },
                cancellationToken).ConfigureAwait(false);

            var metadata = response.Metadata.Keys.ToDictionary(
                k => k.StartsWith("x-amz-meta-", StringComparison.OrdinalIgnoreCase) ? k.Substring("x-amz-meta-".Length) : k,
                k => response.Metadata[k]);
            return new BlobInfo(container, key, response.ContentLength, response.Headers.ContentType, response.ETag, response.LastModified, metadata);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string container, string key, CancellationToken cancellationToken = default) =>
        await GetInfoAsync(container, key, cancellationToken).ConfigureAwait(false) != null;

    public async Task<bool> DeleteAsync(string container, string key, CancellationToken cancellationToken = default)
    {
        var response = await _s3.DeleteObjectAsync(
            new DeleteObjectRequest { BucketName = BucketFor(container), Key = BlobKeys.Normalize(key) },
            cancellationToken).ConfigureAwait(false);
        return response.HttpStatusCode == HttpStatusCode.NoContent;
    }

    public async Task<int> DeleteManyAsync(string container, IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        var bucket = BucketFor(container);
        var deleted = 0;
        foreach (var chunk in keys.Select(BlobKeys.Normalize).Chunk(1000))
        {
            try
            {
                var response = await _s3.DeleteObjectsAsync(
                    new DeleteObjectsRequest
                    {
                        BucketName = bucket,
                        Objects = chunk.Select(k => new KeyVersion { Key = k }).ToList(),
                        Quiet = false,
                    },
                    cancellationToken).ConfigureAwait(false);
                deleted += response.DeletedObjects?.Count ?? 0;
            }
            catch (DeleteObjectsException ex)
            {
                deleted += ex.Response.DeletedObjects?.Count ?? 0;
                foreach (var error in ex.Response.DeleteErrors ?? new List<DeleteError>())
                {
                    _logger.LogWarning("Could not delete {Bucket}/{Key}: {Code} {Message}", bucket, error.Key, error.Code, error.Message);
                }
            }
        }

        return deleted;
    }

    public async IAsyncEnumerable<BlobInfo> ListAsync(string container, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new ListObjectsV2Request
        {
            BucketName = BucketFor(container),
            Prefix = prefix,
        };

        await foreach (var obj in _s3.Paginators.ListObjectsV2(request).S3Objects.WithCancellation(cancellationToken))
        {
            yield return new BlobInfo(container, obj.Key, obj.Size ?? 0, null, obj.ETag, obj.LastModified, new Dictionary<string, string>());
        }
    }

    public async Task CopyAsync(string sourceContainer, string sourceKey, string targetContainer, string targetKey, CancellationToken cancellationToken = default)
    {
        var request = new CopyObjectRequest
        {
            SourceBucket = BucketFor(sourceContainer),
            SourceKey = BlobKeys.Normalize(sourceKey),
            DestinationBucket = BucketFor(targetContainer),
            DestinationKey = BlobKeys.Normalize(targetKey),
            MetadataDirective = S3MetadataDirective.COPY,
        };

        if (_options.UseServerSideEncryption)
        {
            request.ServerSideEncryptionMethod = string.IsNullOrEmpty(_options.KmsKeyId) ? ServerSideEncryptionMethod.AES256 : ServerSideEncryptionMethod.AWSKMS;
            request.ServerSideEncryptionKeyManagementServiceKeyId = _options.KmsKeyId;
        }

        await _s3.CopyObjectAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async Task EnsureContainerAsync(string container, CancellationToken cancellationToken = default)
    {
        var bucket = BucketFor(container);
        if (await Amazon.S3.Util.AmazonS3Util.DoesS3BucketExistV2Async(_s3, bucket).ConfigureAwait(false))
        {
            return;
        }

        _logger.LogInformation("Creating bucket {Bucket}", bucket);
        await _s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket, UseClientRegion = true }, cancellationToken).ConfigureAwait(false);
        await _s3.PutPublicAccessBlockAsync(
            new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = true,
                    RestrictPublicBuckets = true,
                },
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Uri GetDownloadUrl(string container, string key, TimeSpan validFor, string? downloadFileName = null)
    {
        if (validFor > _options.MaxPresignedUrlLifetime)
        {
            validFor = _options.MaxPresignedUrlLifetime;
        }

        var request = new GetPreSignedUrlRequest
        {
            BucketName = BucketFor(container),
            Key = BlobKeys.Normalize(key),
            Verb = HttpVerb.GET,
            Expires = DateTime.UtcNow.Add(validFor),
            Protocol = Protocol.HTTPS,
        };

        if (!string.IsNullOrEmpty(downloadFileName))
        {
            request.ResponseHeaderOverrides.ContentDisposition = $"attachment; filename=\"{BlobKeys.SafeFileName(downloadFileName)}\"";
        }

        return new Uri(_s3.GetPreSignedURL(request));
    }

    public Uri GetUploadUrl(string container, string key, TimeSpan validFor, string? contentType = null)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = BucketFor(container),
            Key = BlobKeys.Normalize(key),
            Verb = HttpVerb.PUT,
            Expires = DateTime.UtcNow.Add(validFor),
            ContentType = contentType,
        };

        if (_options.UseServerSideEncryption && !string.IsNullOrEmpty(_options.KmsKeyId))
        {
            request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
            request.ServerSideEncryptionKeyManagementServiceKeyId = _options.KmsKeyId;
        }

        return new Uri(_s3.GetPreSignedURL(request));
    }

    public async Task<BlobInfo> UploadFileAsync(string container, string key, string filePath, BlobWriteOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        key = BlobKeys.Normalize(key);
        options ??= new BlobWriteOptions();
        var request = new TransferUtilityUploadRequest
        {
            BucketName = BucketFor(container),
            Key = key,
            FilePath = filePath,
            PartSize = _options.PartSizeBytes,
            ContentType = options.ContentType ?? ContentTypes.FromFileName(filePath),
        };

        if (_options.UseServerSideEncryption)
        {
            if (string.IsNullOrEmpty(_options.KmsKeyId))
            {
                request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256;
            }
            else
            {
                request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
                request.ServerSideEncryptionKeyManagementServiceKeyId = _options.KmsKeyId;
            }
        }

        foreach (var pair in options.Metadata)
        {
            request.Metadata.Add(pair.Key, pair.Value);
        }

        if (progress != null)
        {
            request.UploadProgressEvent += (_, e) => progress.Report(e.TransferredBytes);
        }

        await _transfer.UploadAsync(request, cancellationToken).ConfigureAwait(false);
        var size = new FileInfo(filePath).Length;
        _logger.LogInformation("Uploaded {File} ({Size} bytes) to {Container}/{Key}", filePath, size, container, key);
        return new BlobInfo(container, key, size, request.ContentType, null, DateTime.UtcNow, new Dictionary<string, string>(options.Metadata));
    }

    public async Task DownloadFileAsync(string container, string key, string filePath, CancellationToken cancellationToken = default)
    {
        await _transfer.DownloadAsync(
            new TransferUtilityDownloadRequest
            {
                BucketName = BucketFor(container),
                Key = BlobKeys.Normalize(key),
                FilePath = filePath,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Aborts multipart uploads that were started more than a day ago and
    /// never finished, so their parts stop costing money.
    /// </summary>
    public async Task AbortStaleUploadsAsync(string container, CancellationToken cancellationToken = default)
    {
        await _transfer.AbortMultipartUploadsAsync(BucketFor(container), DateTime.UtcNow.AddDays(-1), cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _transfer.Dispose();

    private void ApplyEncryption(PutObjectRequest request)
    {
        if (!_options.UseServerSideEncryption)
        {
            return;
        }

        if (string.IsNullOrEmpty(_options.KmsKeyId))
        {
            request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256;
            return;
        }

        request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
        request.ServerSideEncryptionKeyManagementServiceKeyId = _options.KmsKeyId;
        request.BucketKeyEnabled = true;
    }

    private static void ApplyHeaders(HeadersCollection headers, BlobWriteOptions options)
    {
        if (!string.IsNullOrEmpty(options.CacheControl))
        {
            headers.CacheControl = options.CacheControl;
        }

        if (!string.IsNullOrEmpty(options.ContentDisposition))
        {
            headers.ContentDisposition = options.ContentDisposition;
        }
    }

    /// <summary>
    /// A read stream that disposes the S3 response with it.
    /// </summary>
    private sealed class ResponseOwningStream : Stream
    {
        private readonly GetObjectResponse _response;
        private readonly Stream _inner;

        public ResponseOwningStream(GetObjectResponse response)
        {
            _response = response;
            _inner = response.ResponseStream;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _response.ContentLength;

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            _inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            _inner.ReadAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
                _response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
