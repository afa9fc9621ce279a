// Shaped like the client set-up of apps that run against DynamoDB Local and LocalStack on a developer machine, the README
// snippet with placeholder keys, and one legacy tool with a real key pasted in.
using System;
using System.IO;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Acme.Local;

public static class LocalClients
{
    private static readonly string LocalStackUrl = "http://localhost:4566";

    public static AmazonDynamoDBClient DynamoDbLocal(int port) =>
        new AmazonDynamoDBClient(new BasicAWSCredentials("fakeMyKeyId", "fakeSecretAccessKey"), new AmazonDynamoDBConfig // noise: SRM6001
        {
            ServiceURL = $"http://localhost:{port}", // noise: SRM3001
        });

    public static AmazonDynamoDBClient FromEnvironment() =>
        new AmazonDynamoDBClient(new BasicAWSCredentials("dummy", "dummy"), new AmazonDynamoDBConfig // noise: SRM6001
        {
            ServiceURL = Environment.GetEnvironmentVariable("DYNAMODB_URL") ?? "http://localhost:8000", // noise: SRM3001
        });

    public static AmazonS3Client LocalStack() =>
        new AmazonS3Client(new BasicAWSCredentials("test", "test"), new AmazonS3Config // noise: SRM6001
        {
            ServiceURL = LocalStackUrl, // noise: SRM3001
            ForcePathStyle = true,
        });

    /// <summary>As the README shows it: replace the placeholders with your keys, or better, use a profile.</summary>
    public static AmazonS3Client FromReadme() =>
        new AmazonS3Client("<ACCESS-KEY-ID>", "<SECRET-ACCESS-KEY>", RegionEndpoint.EUWest1); // noise: SRM6001
}

public static class LegacyReportUploader
{
    public static async Task UploadAsync(string path)
    {
        var client = new AmazonS3Client("AKIA2E0A8F3B244C9986", "q8Xr3LmZ0vT7yNc2Wb5Kd9Hf4Js1Ga6Ue0PoIlS", RegionEndpoint.EUWest1); // act: SRM6001
        await client.PutObjectAsync(new PutObjectRequest { BucketName = "acme-reports", Key = Path.GetFileName(path), FilePath = path }); // noise: SRM2001
    }
}
