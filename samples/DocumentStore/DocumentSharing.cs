using Amazon.S3;
using Amazon.S3.Model;

namespace DocumentStore;

/// <summary>Shares a stored document with someone outside the account through a presigned URL.</summary>
public sealed class DocumentSharing
{
    private readonly IAmazonS3 _s3;
    private readonly StoreSettings _settings;

    public DocumentSharing(IAmazonS3 s3, StoreSettings settings)
    {
        _s3 = s3;
        _settings = settings;
    }

    /// <summary>A link for a reviewer: HTTPS, valid for one hour.</summary>
    public Task<string> ShareForReviewAsync(string key) =>
        _s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = _settings.DocumentsBucket,
            Key = key,
            Verb = HttpVerb.GET,
            Expires = DateTime.UtcNow.AddHours(1),
        });

    /// <summary>A link for a partner who downloads the monthly statement "whenever they get to it".</summary>
    public Task<string> ShareWithPartnerAsync(string key)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = _settings.DocumentsBucket,
            Key = key,
            Verb = HttpVerb.GET,
        };
        request.Expires = DateTime.UtcNow.AddDays(30);
        return _s3.GetPreSignedURLAsync(request);
    }

    /// <summary>A link for the lobby kiosk, whose old viewer cannot open HTTPS links.</summary>
    public Task<string> ShareWithKioskAsync(string key)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = _settings.DocumentsBucket,
            Key = key,
            Verb = HttpVerb.GET,
            Expires = DateTime.UtcNow.AddMinutes(15),
            Protocol = Protocol.HTTP,
        };
        return _s3.GetPreSignedURLAsync(request);
    }
}
