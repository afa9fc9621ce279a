using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Integration.Tests.Fixtures;
using Xunit;

namespace Integration.Tests.S3;

/// <summary>
/// Checks the settings the applications use against LocalStack: a client
/// built the way the web app builds it in development, and the same calls.
/// </summary>
[Collection(LocalStackCollection.Name)]
[Trait("Category", "Integration")]
public class BlobStoreContractTests
{
    private readonly LocalStackFixture _localStack;

    public BlobStoreContractTests(LocalStackFixture localStack)
    {
        _localStack = localStack;
    }

    private static IAmazonS3 DevelopmentClient() => new AmazonS3Client(
        new BasicAWSCredentials("test", "test"),
        new AmazonS3Config
        {
            ServiceURL = "http://localhost:4566",
            ForcePathStyle = true,
            UseHttp = true,
        });

    [Fact]
    public async Task DevelopmentClient_CanRoundTripObjects()
    {
        using var s3 = DevelopmentClient();
        await using var bucket = await TemporaryBucket.CreateAsync(s3, "devclient");

        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket.Name,
            Key = "items/w1/sku1/image.png",
            InputStream = new MemoryStream(new byte[] { 0x89, 0x50, 0x4E, 0x47 }),
            ContentType = "image/png",
        });

        var metadata = await s3.GetObjectMetadataAsync(bucket.Name, "items/w1/sku1/image.png");
        Assert.Equal("image/png", metadata.Headers.ContentType);
    }

    [Fact]
    public async Task KmsEncryptedPut_IsAccepted()
    {
        var key = await _localStack.Kms.CreateKeyAsync(new Amazon.KeyManagementService.Model.CreateKeyRequest());
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3, "kms");

        await _localStack.S3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket.Name,
            Key = "imports/stock.csv",
            ContentBody = "sku,name,quantity\nA-1,Widget,4\n",
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            ServerSideEncryptionKeyManagementServiceKeyId = key.KeyMetadata.KeyId,
        });

        var metadata = await _localStack.S3.GetObjectMetadataAsync(bucket.Name, "imports/stock.csv");
        Assert.Equal(ServerSideEncryptionMethod.AWSKMS, metadata.ServerSideEncryptionMethod);
    }

    [Fact]
    public async Task LargeText_UploadedAsStream()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3, "stream");
        var builder = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append(i).Append(',').Append(Guid.NewGuid()).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        await _localStack.S3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket.Name,
            Key = "exports/big.csv",
            InputStream = new MemoryStream(bytes),
        });

        var metadata = await _localStack.S3.GetObjectMetadataAsync(bucket.Name, "exports/big.csv");
        Assert.Equal(bytes.LongLength, metadata.ContentLength);
    }

    [Fact]
    public void PresignedUrl_UsesLocalEndpoint()
    {
        var url = _localStack.S3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = "any-bucket",
            Key = "file.txt",
            Expires = DateTime.UtcNow.AddMinutes(1),
        });

        Assert.StartsWith(_localStack.Endpoint.Replace("http://", string.Empty, StringComparison.Ordinal), url.Replace("http://", string.Empty, StringComparison.Ordinal).Replace("https://", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Region_IsUsEast1()
    {
        Assert.Equal(RegionEndpoint.USEast1, LocalStackFixture.Region);
    }
}
