using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
using Integration.Tests.Fixtures;
using Xunit;
using Xunit.Abstractions;

namespace Integration.Tests.S3;

[Collection(LocalStackCollection.Name)]
[Trait("Category", "Integration")]
public class S3ObjectTests
{
    private readonly LocalStackFixture _localStack;
    private readonly ITestOutputHelper _output;

    public S3ObjectTests(LocalStackFixture localStack, ITestOutputHelper output)
    {
        _localStack = localStack;
        _output = output;
    }

    [Fact]
    public async Task PutThenGet_ReturnsSameContent()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);

        await _localStack.S3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket.Name,
            Key = "hello.txt",
            ContentBody = "hello world",
            ContentType = "text/plain",
        });

        using var response = await _localStack.S3.GetObjectAsync(bucket.Name, "hello.txt");
        using var reader = new StreamReader(response.ResponseStream);
        Assert.Equal("hello world", await reader.ReadToEndAsync());
        Assert.Equal("text/plain", response.Headers.ContentType);
    }

    [Fact]
    public async Task PutWithSse_ReportsEncryption()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);

        await _localStack.S3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket.Name,
            Key = "secret.json",
            ContentBody = "{\"a\":1}",
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
        });

        var metadata = await _localStack.S3.GetObjectMetadataAsync(bucket.Name, "secret.json");
        Assert.Equal(ServerSideEncryptionMethod.AES256, metadata.ServerSideEncryptionMethod);
    }

    [Fact]
    public async Task Metadata_RoundTrips()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);
        var request = new PutObjectRequest { BucketName = bucket.Name, Key = "meta.txt", ContentBody = "x" };
        request.Metadata.Add("x-amz-meta-owner", "integration-tests");
        request.Metadata.Add("build", "1234");
        await _localStack.S3.PutObjectAsync(request);

        var metadata = await _localStack.S3.GetObjectMetadataAsync(bucket.Name, "meta.txt");
        Assert.Equal("integration-tests", metadata.Metadata["x-amz-meta-owner"]);
        Assert.Equal("1234", metadata.Metadata["x-amz-meta-build"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1500)]
    public async Task ListObjects_PaginatesAllKeys(int count)
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);
        var keys = Enumerable.Range(0, count).Select(i => $"items/{i:D5}.txt").ToList();
        foreach (var batch in keys.Chunk(50))
        {
            await Task.WhenAll(batch.Select(k => _localStack.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket.Name, Key = k, ContentBody = k })));
        }

        var listed = new List<string>();
        await foreach (var obj in _localStack.S3.Paginators.ListObjectsV2(new ListObjectsV2Request { BucketName = bucket.Name, Prefix = "items/", MaxKeys = 200 }).S3Objects)
        {
            listed.Add(obj.Key);
        }

        Assert.Equal(count, listed.Count);
        Assert.Equal(keys, listed.OrderBy(k => k, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task PresignedGet_CanBeFetchedWithoutCredentials()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);
        await _localStack.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket.Name, Key = "shared.txt", ContentBody = "shared content" });

        var url = _localStack.S3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = bucket.Name,
            Key = "shared.txt",
            Expires = DateTime.UtcNow.AddMinutes(5),
            Protocol = Protocol.HTTP,
        });
        _output.WriteLine(url);

        using var http = new HttpClient();
        var body = await http.GetStringAsync(url);
        Assert.Equal("shared content", body);
    }

    [Fact]
    public async Task PresignedPut_AcceptsUpload()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);
        var url = _localStack.S3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = bucket.Name,
            Key = "upload.bin",
            Verb = HttpVerb.PUT,
            Expires = DateTime.UtcNow.AddMinutes(5),
            ContentType = "application/octet-stream",
        });

        using var http = new HttpClient();
        var content = new ByteArrayContent(new byte[] { 1, 2, 3 });
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        var response = await http.PutAsync(url, content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var metadata = await _localStack.S3.GetObjectMetadataAsync(bucket.Name, "upload.bin");
        Assert.Equal(3L, metadata.ContentLength);
    }

    [Fact]
    public async Task TransferUtility_UploadsInParts()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".bin");
        var data = new byte[12 * 1024 * 1024];
        new Random(42).NextBytes(data);
        await File.WriteAllBytesAsync(path, data);

        try
        {
            using var transfer = new TransferUtility(_localStack.S3, new TransferUtilityConfig { MinSizeBeforePartUpload = 5 * 1024 * 1024 });
            await transfer.UploadAsync(new TransferUtilityUploadRequest
            {
                BucketName = bucket.Name,
                Key = "big.bin",
                FilePath = path,
                PartSize = 5 * 1024 * 1024,
            });

            var metadata = await _localStack.S3.GetObjectMetadataAsync(bucket.Name, "big.bin");
            Assert.Equal(data.LongLength, metadata.ContentLength);
            Assert.Contains("-", metadata.ETag);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task CopyObject_KeepsContent()
    {
        await using var source = await TemporaryBucket.CreateAsync(_localStack.S3, "src");
        await using var target = await TemporaryBucket.CreateAsync(_localStack.S3, "dst");
        await _localStack.S3.PutObjectAsync(new PutObjectRequest { BucketName = source.Name, Key = "a.txt", ContentBody = "copy me" });

        await _localStack.S3.CopyObjectAsync(source.Name, "a.txt", target.Name, "b.txt");

        using var response = await _localStack.S3.GetObjectAsync(target.Name, "b.txt");
        using var reader = new StreamReader(response.ResponseStream, Encoding.UTF8);
        Assert.Equal("copy me", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task GetMissingObject_Throws404()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);
        var ex = await Assert.ThrowsAsync<AmazonS3Exception>(() => _localStack.S3.GetObjectAsync(bucket.Name, "missing"));
        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task DeleteObjects_RemovesAll()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);
        var keys = Enumerable.Range(0, 20).Select(i => $"d/{i}").ToList();
        foreach (var key in keys)
        {
            await _localStack.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket.Name, Key = key, ContentBody = key });
        }

        var response = await _localStack.S3.DeleteObjectsAsync(new DeleteObjectsRequest
        {
            BucketName = bucket.Name,
            Objects = keys.Select(k => new KeyVersion { Key = k }).ToList(),
        });

        Assert.Equal(20, response.DeletedObjects.Count);
        var listed = await _localStack.S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket.Name });
        Assert.Equal(0, listed.KeyCount ?? 0);
    }
}
