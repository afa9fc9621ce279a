// Shaped like the S3 provider of a blob-storage abstraction library: it stores whatever its callers hand it, through the
// IAmazonS3 the application registers. The library cannot know what the blobs hold.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;

namespace BlobStorage.Aws;

public interface IBlobStore
{
    Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default);
    Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default);
    Task CreateFolderAsync(string path, CancellationToken cancellationToken = default);
    Task DeleteAsync(string path, CancellationToken cancellationToken = default);
}

public sealed class S3BlobStoreOptions
{
    public string BucketName { get; set; } = "";
    public string? CustomerKey { get; set; }
    public string? CustomerKeyMd5 { get; set; }
}

public sealed class S3BlobStore : IBlobStore
{
    private readonly IAmazonS3 _s3;
    private readonly S3BlobStoreOptions _options;

    public S3BlobStore(IAmazonS3 s3, S3BlobStoreOptions options)
    {
        _s3 = s3;
        _options = options;
    }

    public async Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var request = new PutObjectRequest
        {
            BucketName = _options.BucketName,
            Key = path,
            InputStream = content,
            AutoCloseStream = false,
        };

        if (_options.CustomerKey is { } key)
        {
            request.ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256;
            request.ServerSideEncryptionCustomerProvidedKey = key;
            request.ServerSideEncryptionCustomerProvidedKeyMD5 = _options.CustomerKeyMd5;
        }

        await _s3.PutObjectAsync(request, cancellationToken); // noise: SRM2001, SRM2002
    }

    public async Task WriteLargeAsync(string path, string localFile, CancellationToken cancellationToken = default)
    {
        using var transfer = new TransferUtility(_s3);
        await transfer.UploadAsync(new TransferUtilityUploadRequest // noise: SRM2001
        {
            BucketName = _options.BucketName,
            Key = path,
            FilePath = localFile,
            PartSize = 16 * 1024 * 1024,
        }, cancellationToken);
    }

    public async Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var response = await _s3.GetObjectAsync(_options.BucketName, path, cancellationToken);
        return response.ResponseStream;
    }

    public Task CreateFolderAsync(string path, CancellationToken cancellationToken = default) =>
        _s3.PutObjectAsync(new PutObjectRequest // noise: SRM2001
        {
            BucketName = _options.BucketName,
            Key = path.TrimEnd('/') + "/",
            ContentBody = string.Empty,
        }, cancellationToken);

    public async Task WriteManifestAsync(CancellationToken cancellationToken = default)
    {
        const string Manifest = "{\"version\":1,\"layout\":\"flat\"}";
        await _s3.PutObjectAsync(new PutObjectRequest // noise: SRM2001
        {
            BucketName = _options.BucketName,
            Key = ".blobstore/manifest.json",
            ContentBody = Manifest,
            ContentType = "application/json",
        }, cancellationToken);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        _s3.DeleteObjectAsync(_options.BucketName, path, cancellationToken);
}
