using System;
using System.IO;
using System.Threading.Tasks;
using Amazon;
using Amazon.S3;
using AwsDocExamples.Common;

namespace AwsDocExamples.S3;

/// <summary>
/// This example shows how to perform the following Amazon S3 basic actions:
/// create a bucket, upload an object, download an object, copy an object to
/// a folder in the bucket, list the bucket's contents, and delete the
/// objects and the bucket.
/// </summary>
public class S3BasicsScenario
{
    private readonly S3Wrapper _wrapper;
    private readonly bool _interactive;

    public S3BasicsScenario(S3Wrapper wrapper, bool interactive = true)
    {
        _wrapper = wrapper;
        _interactive = interactive;
    }

    public static async Task Main(string[] args)
    {
        // Create an Amazon S3 client object. The client will use the
        // default AWS Region and credentials from the shared config file.
        IAmazonS3 client = new AmazonS3Client();
        var scenario = new S3BasicsScenario(new S3Wrapper(client), args.Length == 0);
        await scenario.RunAsync();
    }

    public async Task RunAsync()
    {
        UiMethods.DisplayOverview(
            "Welcome to the Amazon Simple Storage Service (Amazon S3) basics scenario.",
            "Let's get started by creating a bucket.");

        string bucketName = UiMethods.GetUserInput(
            "Enter a name for the new bucket",
            "doc-example-bucket-" + UiMethods.UniqueSuffix(),
            _interactive);

        var success = await _wrapper.CreateBucketAsync(bucketName);
        if (!success)
        {
            Console.WriteLine($"Could not create {bucketName}.");
            return;
        }

        Console.WriteLine($"Successfully created bucket: {bucketName}.\n");
        UiMethods.PressEnter(_interactive);

        // Create a local file to upload.
        var filePath = Path.Combine(Path.GetTempPath(), "s3-basics-" + Guid.NewGuid() + ".txt");
        await File.WriteAllTextAsync(filePath, "This is a sample file created by the S3 basics scenario.");
        var keyName = Path.GetFileName(filePath);

        success = await _wrapper.UploadFileAsync(bucketName, keyName, filePath);
        if (!success)
        {
            Console.WriteLine($"Could not upload {keyName}.");
        }

        UiMethods.PressEnter(_interactive);

        var downloadFolder = Path.Combine(Path.GetTempPath(), "downloads");
        Directory.CreateDirectory(downloadFolder);
        success = await _wrapper.DownloadObjectFromBucketAsync(bucketName, keyName, downloadFolder);
        Console.WriteLine(success
            ? $"Successfully downloaded {keyName}."
            : $"Sorry, could not download {keyName}.");

        UiMethods.PressEnter(_interactive);

        var folderName = "backup";
        success = await _wrapper.CopyObjectInBucketAsync(bucketName, keyName, folderName);
        Console.WriteLine(success
            ? $"Successfully copied {keyName} to {folderName}."
            : $"Sorry, could not copy {keyName}.");

        UiMethods.PressEnter(_interactive);

        await _wrapper.ListBucketContentsAsync(bucketName);

        var url = _wrapper.GeneratePresignedUrl(bucketName, keyName, 12);
        Console.WriteLine($"Presigned URL (valid for 12 hours): {url}");

        UiMethods.PressEnter(_interactive);

        if (UiMethods.GetYesNoResponse("Delete the bucket and all of its contents?", _interactive))
        {
            await _wrapper.DeleteBucketContentsAsync(bucketName);
            success = await _wrapper.DeleteBucketAsync(bucketName);
            Console.WriteLine(success
                ? $"Successfully deleted {bucketName}."
                : $"Could not delete {bucketName}.");
        }

        File.Delete(filePath);
        Console.WriteLine(UiMethods.SepBar);
        Console.WriteLine("The Amazon S3 basics scenario has successfully completed.");
        Console.WriteLine(UiMethods.SepBar);
    }
}

/// <summary>
/// Smaller single-purpose samples that were kept from the "actions" folder.
/// </summary>
public static class S3ActionSamples
{
    private const string BucketName = "doc-example-bucket";

    // Specify your bucket region (an example region is shown).
    private static readonly RegionEndpoint BucketRegion = RegionEndpoint.USWest2;

    public static async Task ListBucketsAsync()
    {
        using var client = new AmazonS3Client(BucketRegion);
        var response = await client.ListBucketsAsync();
        foreach (var bucket in response.Buckets ?? new System.Collections.Generic.List<Amazon.S3.Model.S3Bucket>())
        {
            Console.WriteLine($"{bucket.BucketName}\t{bucket.CreationDate}");
        }
    }

    public static async Task UploadWithStorageClassAsync(string keyName, string filePath)
    {
        var client = new AmazonS3Client(BucketRegion);
        var putRequest = new Amazon.S3.Model.PutObjectRequest
        {
            BucketName = BucketName,
            Key = keyName,
            FilePath = filePath,
            StorageClass = S3StorageClass.Glacier,
        };
        putRequest.Metadata.Add("x-amz-meta-title", "someTitle");

        var response = await client.PutObjectAsync(putRequest);
        Console.WriteLine($"Uploaded {keyName}: {response.HttpStatusCode}");
    }

    public static async Task UploadEncryptedAsync(string keyName, string content)
    {
        var client = new AmazonS3Client(BucketRegion);
        await client.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest
        {
            BucketName = BucketName,
            Key = keyName,
            ContentBody = content,
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
        });

        var metadata = await client.GetObjectMetadataAsync(BucketName, keyName);
        Console.WriteLine($"Encryption method: {metadata.ServerSideEncryptionMethod}");
    }

    public static async Task EnableLoggingAsync(string targetBucket)
    {
        var client = new AmazonS3Client(BucketRegion);
        await client.PutBucketLoggingAsync(new Amazon.S3.Model.PutBucketLoggingRequest
        {
            BucketName = BucketName,
            LoggingConfig = new Amazon.S3.Model.S3BucketLoggingConfig
            {
                TargetBucketName = targetBucket,
                TargetPrefix = "logs/",
            },
        });
    }
}
