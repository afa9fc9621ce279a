using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Inventory.WebApi.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.WebApi.Services;

public interface IImageStorage
{
    Task<string> SaveAsync(string warehouseId, string sku, Stream content, string contentType, CancellationToken cancellationToken);

    string GetUrl(string key);

    string GetUploadUrl(string warehouseId, string sku, string contentType, out string key);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

public class S3ImageStorage : IImageStorage
{
    private readonly IAmazonS3 _s3;
    private readonly StorageOptions _options;
    private readonly ILogger<S3ImageStorage> _logger;

    public S3ImageStorage(IAmazonS3 s3, IOptions<StorageOptions> options, ILogger<S3ImageStorage> logger)
    {
        _s3 = s3;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<string> SaveAsync(string warehouseId, string sku, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var key = $"items/{warehouseId}/{sku}/{Guid.NewGuid():N}{ExtensionFor(contentType)}";
        var request = new PutObjectRequest
        {
            BucketName = _options.ImageBucket,
            Key = key,
            InputStream = content,
            ContentType = contentType,
        };

        request.Metadata["warehouse"] = warehouseId;
        request.Metadata["sku"] = sku;

        await _s3.PutObjectAsync(request, cancellationToken);
        _logger.LogInformation("Stored image {Key}", key);
        return key;
    }

    public string GetUrl(string key) =>
        _s3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = _options.ImageBucket,
            Key = key,
            Expires = DateTime.UtcNow.AddMinutes(_options.PresignedUrlMinutes),
        });

    public string GetUploadUrl(string warehouseId, string sku, string contentType, out string key)
    {
        key = $"items/{warehouseId}/{sku}/{Guid.NewGuid():N}{ExtensionFor(contentType)}";
        return _s3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = _options.ImageBucket,
            Key = key,
            Verb = HttpVerb.PUT,
            ContentType = contentType,
            Expires = DateTime.UtcNow.AddMinutes(5),
        });
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await _s3.DeleteObjectAsync(_options.ImageBucket, key, cancellationToken);
    }

    private static string ExtensionFor(string contentType) => contentType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/webp" => ".webp",
        "image/gif" => ".gif",
        _ => ".bin",
    };
}
