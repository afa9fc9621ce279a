// Shaped like the MinIO / S3-compatible provider of a blob-storage library: the AWS SDK's S3 client pointed at a store that
// is not AWS. The AWS shared responsibility model does not apply to it.
using System.IO;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace BlobStorage.Minio;

public sealed class MinioBlobStore
{
    private readonly AmazonS3Client _client;
    private readonly string _bucket;

    public MinioBlobStore(string accessKey, string secretKey, string bucket)
    {
        _bucket = bucket;
        _client = new AmazonS3Client(accessKey, secretKey, new AmazonS3Config
        {
            ServiceURL = "https://minio.storage.internal:9000",
            ForcePathStyle = true,
        });
    }

    public async Task EnsureBucketAsync()
    {
        await _client.PutBucketAsync(new PutBucketRequest { BucketName = _bucket }); // noise: SRM4004
        await _client.PutBucketPolicyAsync(new PutBucketPolicyRequest
        {
            BucketName = _bucket,
            Policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::public/*"}]}""", // noise: SRM5003
        });
    }

    public async Task SaveAsync(string key, Stream data)
    {
        await _client.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = key, InputStream = data, CannedACL = S3CannedACL.PublicRead }); // noise: SRM2001, SRM5001
    }
}

public static class WasabiArchive
{
    public static AmazonS3Client Create() => new AmazonS3Client("WQ3CFG7H2XBN8KZ4RT1Y", "pZ8sQf2LrX0vYt6NwK4bHj9MdC3eGa7UiO1lSx5R", new AmazonS3Config // noise: SRM6001
    {
        ServiceURL = "https://s3.eu-central-1.wasabisys.com",
    });

    public static Task ArchiveAsync(AmazonS3Client client, string key, Stream data) =>
        client.PutObjectAsync(new PutObjectRequest { BucketName = "cold-archive", Key = key, InputStream = data }); // noise: SRM2001
}
