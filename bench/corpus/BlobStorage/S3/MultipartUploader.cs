using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Logging;

namespace BlobStorage.S3;

/// <summary>
/// Uploads a stream of unknown length (a pipe, a zip being written) in parts,
/// using the low-level multipart API; TransferUtility needs a seekable stream
/// or a file to do this.
/// </summary>
public class MultipartUploader
{
    public const int MinimumPartSize = 5 * 1024 * 1024;

    private readonly IAmazonS3 _s3;
    private readonly ILogger _logger;
    private readonly int _partSize;

    public MultipartUploader(IAmazonS3 s3, ILogger logger, int partSize = 8 * 1024 * 1024)
    {
        if (partSize < MinimumPartSize)
        {
            throw new ArgumentOutOfRangeException(nameof(partSize), "S3 parts must be at least 5 MiB.");
        }

        _s3 = s3;
        _logger = logger;
        _partSize = partSize;
    }

    public async Task<string> UploadAsync(
        string bucket,
        string key,
        Stream source,
        string contentType,
        string? kmsKeyId = null,
        CancellationToken cancellationToken = default)
    {
        var initiate = new InitiateMultipartUploadRequest
        {
            BucketName = bucket,
            Key = key,
            ContentType = contentType,
            ChecksumAlgorithm = ChecksumAlgorithm.SHA256,
        };

        if (kmsKeyId != null)
        {
            initiate.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
            initiate.ServerSideEncryptionKeyManagementServiceKeyId = kmsKeyId;
        }

        var started = await _s3.InitiateMultipartUploadAsync(initiate, cancellationToken).ConfigureAwait(false);
        var uploadId = started.UploadId;
        var parts = new List<PartETag>();
        var buffer = ArrayPool<byte>.Shared.Rent(_partSize);

        try
        {
            var partNumber = 1;
            while (true)
            {
                var filled = await FillAsync(source, buffer, _partSize, cancellationToken).ConfigureAwait(false);
                if (filled == 0 && partNumber > 1)
                {
                    break;
                }

                using var partStream = new MemoryStream(buffer, 0, filled, writable: false);
                var response = await _s3.UploadPartAsync(
                    new UploadPartRequest
                    {
                        BucketName = bucket,
                        Key = key,
                        UploadId = uploadId,
                        PartNumber = partNumber,
                        PartSize = filled,
                        InputStream = partStream,
                        ChecksumAlgorithm = ChecksumAlgorithm.SHA256,
                    },
                    cancellationToken).ConfigureAwait(false);

                parts.Add(new PartETag { PartNumber = partNumber, ETag = response.ETag, ChecksumSHA256 = response.ChecksumSHA256 });
                _logger.LogDebug("Uploaded part {Part} of {Key} ({Bytes} bytes)", partNumber, key, filled);
                partNumber++;

                if (filled < _partSize)
                {
                    break;
                }
            }

            var completed = await _s3.CompleteMultipartUploadAsync(
                new CompleteMultipartUploadRequest
                {
                    BucketName = bucket,
                    Key = key,
                    UploadId = uploadId,
                    PartETags = parts,
                },
                cancellationToken).ConfigureAwait(false);

            _logger.LogInformation("Completed multipart upload of {Bucket}/{Key} in {Parts} parts", bucket, key, parts.Count);
            return completed.ETag;
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Aborting multipart upload {UploadId} of {Key}", uploadId, key);
            await _s3.AbortMultipartUploadAsync(
                new AbortMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = uploadId },
                CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Lists the multipart uploads that are still open in a bucket.
    /// </summary>
    public async Task<IReadOnlyList<MultipartUpload>> ListOpenUploadsAsync(string bucket, CancellationToken cancellationToken = default)
    {
        var uploads = new List<MultipartUpload>();
        var request = new ListMultipartUploadsRequest { BucketName = bucket };
        ListMultipartUploadsResponse response;
        do
        {
            response = await _s3.ListMultipartUploadsAsync(request, cancellationToken).ConfigureAwait(false);
            uploads.AddRange(response.MultipartUploads ?? new List<MultipartUpload>());
            request.KeyMarker = response.NextKeyMarker;
            request.UploadIdMarker = response.NextUploadIdMarker;
        }
        while (response.IsTruncated == true);

        return uploads;
    }

    private static async Task<int> FillAsync(Stream source, byte[] buffer, int count, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < count)
        {
            var read = await source.ReadAsync(buffer.AsMemory(total, count - total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    public static string Sha256Base64(byte[] data, int length) =>
        Convert.ToBase64String(SHA256.HashData(data.AsSpan(0, length)));
}
