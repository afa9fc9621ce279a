using Amazon.S3;
using Amazon.S3.Model;

namespace DocumentStore;

/// <summary>Publishes the public web site's static files (CSS, images, the brochure PDF) to the assets bucket.</summary>
public sealed class WebAssetPublisher
{
    private readonly IAmazonS3 _s3;
    private readonly StoreSettings _settings;

    public WebAssetPublisher(IAmazonS3 s3, StoreSettings settings)
    {
        _s3 = s3;
        _settings = settings;
    }

    public async Task<Uri> PublishAsync(string path, CancellationToken cancellationToken)
    {
        var key = "assets/" + Path.GetFileName(path);

        var request = new PutObjectRequest
        {
            BucketName = _settings.AssetsBucket,
            Key = key,
            FilePath = path,
            ContentType = ContentTypeOf(path),
            CannedACL = S3CannedACL.PublicRead,
        };
        request.Headers.CacheControl = "public, max-age=86400";

        await _s3.PutObjectAsync(request, cancellationToken);
        return new Uri($"https://{_settings.AssetsBucket}.s3.{_settings.Region}.amazonaws.com/{key}");
    }

    private static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".css" => "text/css",
        ".js" => "text/javascript",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}
