using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Amazon.Lambda.Core;
using Amazon.Lambda.S3Events;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Util;
using OrderProcessing.Lambda.Shared;

namespace OrderProcessing.Lambda.Functions;

/// <summary>
/// Triggered by uploads to the product images bucket: makes a thumbnail
/// and writes it to the thumbnails bucket under the same key.
/// </summary>
public class ThumbnailFunction
{
    private static readonly string[] ImageExtensions = { ".jpg", ".jpeg", ".png", ".webp" };

    private readonly IAmazonS3 _s3Client;

    /// <summary>
    /// Default constructor. This constructor is used by Lambda to construct the instance. When invoked in a Lambda environment
    /// the AWS credentials will come from the IAM role associated with the function and the AWS region will be set to the
    /// region the Lambda function is executed in.
    /// </summary>
    public ThumbnailFunction()
    {
        _s3Client = new AmazonS3Client();
    }

    /// <summary>
    /// Constructs an instance with a preconfigured S3 client. This can be used for testing outside of the Lambda environment.
    /// </summary>
    public ThumbnailFunction(IAmazonS3 s3Client)
    {
        _s3Client = s3Client;
    }

    /// <summary>
    /// This method is called for every Lambda invocation. This method takes in an S3 event object and can be used
    /// to respond to S3 notifications.
    /// </summary>
    public async Task FunctionHandler(S3Event evnt, ILambdaContext context)
    {
        var eventRecords = evnt.Records ?? new System.Collections.Generic.List<S3EventNotification.S3EventNotificationRecord>();
        foreach (var record in eventRecords)
        {
            var s3Event = record.S3;
            if (s3Event == null)
            {
                continue;
            }

            var key = WebUtility.UrlDecode(s3Event.Object.Key);
            if (!ImageExtensions.Any(e => key.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                context.Logger.LogInformation($"Skipping {key}: not an image");
                continue;
            }

            try
            {
                using var response = await _s3Client.GetObjectAsync(s3Event.Bucket.Name, key);
                using var original = new MemoryStream();
                await response.ResponseStream.CopyToAsync(original);

                var thumbnail = MakeThumbnail(original.ToArray(), 256);

                await _s3Client.PutObjectAsync(new PutObjectRequest
                {
                    BucketName = Settings.ThumbnailBucket,
                    Key = key,
                    InputStream = new MemoryStream(thumbnail),
                    ContentType = response.Headers.ContentType,
                    CannedACL = S3CannedACL.PublicRead,
                });

                context.Logger.LogInformation($"Wrote thumbnail for {s3Event.Bucket.Name}/{key} ({thumbnail.Length} bytes)");
            }
            catch (Exception e)
            {
                context.Logger.LogError($"Error getting object {key} from bucket {s3Event.Bucket.Name}. Make sure they exist and your bucket is in the same region as this function.");
                context.Logger.LogError(e.Message);
                context.Logger.LogError(e.StackTrace ?? string.Empty);
                throw;
            }
        }
    }

    /// <summary>
    /// Placeholder for the image library call; keeps every n-th byte so the
    /// pipeline can be exercised without native dependencies.
    /// </summary>
    private static byte[] MakeThumbnail(byte[] image, int maxEdge)
    {
        if (image.Length <= maxEdge * maxEdge)
        {
            return image;
        }

        var step = Math.Max(1, image.Length / (maxEdge * maxEdge));
        return image.Where((_, i) => i % step == 0).ToArray();
    }
}
