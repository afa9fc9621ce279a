// Shaped like the AWS SDK for .NET "S3 basics" example: a console scenario that creates a bucket, uploads a local file,
// copies and lists it, then deletes everything it created. Demo data in a bucket that lives for one run.
using System;
using System.IO;
using System.Threading.Tasks;
using Amazon;
using Amazon.S3;
using Amazon.S3.Model;

namespace Examples.S3Basics;

public static class S3Basics
{
    public static async Task Main(string[] args)
    {
        IAmazonS3 client = new AmazonS3Client(RegionEndpoint.EUWest1);
        var bucketName = $"doc-example-bucket-{Guid.NewGuid()}";
        var filePath = args.Length > 0 ? args[0] : "sample.txt";

        await CreateBucketAsync(client, bucketName);
        await UploadFileAsync(client, bucketName, "sample.txt", filePath);
        await CopyObjectAsync(client, bucketName, "sample.txt", "copies/sample.txt");
        await ListBucketContentsAsync(client, bucketName);
        await DeleteBucketContentsAsync(client, bucketName);
        await DeleteBucketAsync(client, bucketName);
    }

    public static async Task<bool> CreateBucketAsync(IAmazonS3 client, string bucketName)
    {
        var request = new PutBucketRequest // noise: SRM4004
        {
            BucketName = bucketName,
            UseClientRegion = true,
        };

        var response = await client.PutBucketAsync(request); // noise: SRM4004
        return response.HttpStatusCode == System.Net.HttpStatusCode.OK;
    }

    public static async Task<bool> UploadFileAsync(IAmazonS3 client, string bucketName, string objectName, string filePath)
    {
        var request = new PutObjectRequest
        {
            BucketName = bucketName,
            Key = objectName,
            FilePath = filePath,
        };

        var response = await client.PutObjectAsync(request); // noise: SRM2001
        Console.WriteLine($"Uploaded {objectName} to {bucketName}.");
        return response.HttpStatusCode == System.Net.HttpStatusCode.OK;
    }

    public static async Task CopyObjectAsync(IAmazonS3 client, string bucketName, string objectName, string folderName)
    {
        await client.CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = bucketName,
            SourceKey = objectName,
            DestinationBucket = bucketName,
            DestinationKey = folderName,
        });
    }

    public static async Task ListBucketContentsAsync(IAmazonS3 client, string bucketName)
    {
        var request = new ListObjectsV2Request { BucketName = bucketName, MaxKeys = 5 };
        ListObjectsV2Response response;
        do
        {
            response = await client.ListObjectsV2Async(request);
            response.S3Objects?.ForEach(obj => Console.WriteLine($"{obj.Key,-35}{obj.LastModified.ToString(),-20}{obj.Size,10}"));
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);
    }

    public static async Task DeleteBucketContentsAsync(IAmazonS3 client, string bucketName)
    {
        var list = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucketName });
        foreach (var s3Object in list.S3Objects ?? new())
        {
            await client.DeleteObjectAsync(bucketName, s3Object.Key);
        }
    }

    public static async Task<bool> DeleteBucketAsync(IAmazonS3 client, string bucketName)
    {
        var response = await client.DeleteBucketAsync(bucketName);
        return response.HttpStatusCode == System.Net.HttpStatusCode.NoContent;
    }
}
