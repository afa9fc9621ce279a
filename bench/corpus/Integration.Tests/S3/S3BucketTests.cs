using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Util;
using Integration.Tests.Fixtures;
using Xunit;

namespace Integration.Tests.S3;

[Collection(LocalStackCollection.Name)]
[Trait("Category", "Integration")]
public class S3BucketTests
{
    private readonly LocalStackFixture _localStack;

    public S3BucketTests(LocalStackFixture localStack)
    {
        _localStack = localStack;
    }

    [Fact]
    public async Task CreateAndDeleteBucket()
    {
        var name = LocalStackFixture.UniqueName("bucket");
        await _localStack.S3.PutBucketAsync(name);
        Assert.True(await AmazonS3Util.DoesS3BucketExistV2Async(_localStack.S3, name));

        await _localStack.S3.DeleteBucketAsync(name);
        Assert.False(await AmazonS3Util.DoesS3BucketExistV2Async(_localStack.S3, name));
    }

    [Fact]
    public async Task Versioning_KeepsOldVersions()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3, versioned: true);
        await _localStack.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket.Name, Key = "v.txt", ContentBody = "one" });
        await _localStack.S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket.Name, Key = "v.txt", ContentBody = "two" });

        var versions = await _localStack.S3.ListVersionsAsync(new ListVersionsRequest { BucketName = bucket.Name, Prefix = "v.txt" });
        Assert.Equal(2, versions.Versions.Count);

        // Versioned buckets must have every version removed before they can be deleted.
        await _localStack.S3.DeleteObjectsAsync(new DeleteObjectsRequest
        {
            BucketName = bucket.Name,
            Objects = versions.Versions.Select(v => new KeyVersion { Key = v.Key, VersionId = v.VersionId }).ToList(),
        });
    }

    [Fact]
    public async Task DefaultEncryption_CanBeSetAndRead()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);
        await _localStack.S3.PutBucketEncryptionAsync(new PutBucketEncryptionRequest
        {
            BucketName = bucket.Name,
            ServerSideEncryptionConfiguration = new ServerSideEncryptionConfiguration
            {
                ServerSideEncryptionRules = new List<ServerSideEncryptionRule>
                {
                    new() { ServerSideEncryptionByDefault = new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = ServerSideEncryptionMethod.AES256 } },
                },
            },
        });

        var encryption = await _localStack.S3.GetBucketEncryptionAsync(new GetBucketEncryptionRequest { BucketName = bucket.Name });
        var rule = Assert.Single(encryption.ServerSideEncryptionConfiguration.ServerSideEncryptionRules);
        Assert.Equal(ServerSideEncryptionMethod.AES256, rule.ServerSideEncryptionByDefault.ServerSideEncryptionAlgorithm);
    }

    [Fact]
    public async Task PublicAccessBlock_RoundTrips()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);
        await _localStack.S3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
        {
            BucketName = bucket.Name,
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
            {
                BlockPublicAcls = true,
                BlockPublicPolicy = true,
                IgnorePublicAcls = true,
                RestrictPublicBuckets = true,
            },
        });

        var response = await _localStack.S3.GetPublicAccessBlockAsync(new GetPublicAccessBlockRequest { BucketName = bucket.Name });
        Assert.True(response.PublicAccessBlockConfiguration.BlockPublicAcls == true);
        Assert.True(response.PublicAccessBlockConfiguration.RestrictPublicBuckets == true);
    }

    [Fact]
    public async Task PublicReadAcl_IsAcceptedByLocalStack()
    {
        // Checks that the static-site publisher's ACL call works against the emulator.
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);
        await _localStack.S3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket.Name,
            Key = "index.html",
            ContentBody = "<html></html>",
            CannedACL = S3CannedACL.PublicRead,
        });

        var acl = await _localStack.S3.GetObjectAclAsync(new GetObjectAclRequest { BucketName = bucket.Name, Key = "index.html" });
        Assert.Contains(acl.Grants, g => g.Grantee.URI == "http://acs.amazonaws.com/groups/global/AllUsers");
    }

    [Fact]
    public async Task Tagging_RoundTrips()
    {
        await using var bucket = await TemporaryBucket.CreateAsync(_localStack.S3);
        await _localStack.S3.PutBucketTaggingAsync(new PutBucketTaggingRequest
        {
            BucketName = bucket.Name,
            TagSet = new List<Tag> { new() { Key = "team", Value = "platform" } },
        });

        var tags = await _localStack.S3.GetBucketTaggingAsync(new GetBucketTaggingRequest { BucketName = bucket.Name });
        Assert.Equal("platform", tags.TagSet.Single(t => t.Key == "team").Value);
    }
}
