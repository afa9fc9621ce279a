using System;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Util;

namespace Integration.Tests.Fixtures;

/// <summary>
/// A bucket created for one test and deleted, with its contents, afterwards.
/// </summary>
public sealed class TemporaryBucket : IAsyncDisposable
{
    private readonly IAmazonS3 _s3;

    private TemporaryBucket(IAmazonS3 s3, string name)
    {
        _s3 = s3;
        Name = name;
    }

    public string Name { get; }

    public static async Task<TemporaryBucket> CreateAsync(IAmazonS3 s3, string prefix = "it", bool versioned = false)
    {
        var name = LocalStackFixture.UniqueName(prefix);
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = name });

        if (versioned)
        {
            await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = name,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
            });
        }

        return new TemporaryBucket(s3, name);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AmazonS3Util.DeleteS3BucketWithObjectsAsync(_s3, Name);
        }
        catch (AmazonS3Exception ex)
        {
            Console.WriteLine($"Could not delete test bucket {Name}: {ex.Message}");
        }
    }
}
