// Shaped like an ASP.NET Core distributed-cache provider over DynamoDB and a document-sharing service: the cache keeps
// sessions that expire by Time to Live, the sharing service hands out presigned links.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.S3;
using Amazon.S3.Model;

namespace Acme.Caching;

public sealed class DynamoDbCacheOptions
{
    public string TableName { get; set; } = "aspnet-sessions";
    public bool CreateTableIfNotExists { get; set; } = true;
}

public sealed class DynamoDbCache
{
    private readonly IAmazonDynamoDB _client;
    private readonly DynamoDbCacheOptions _options;

    public DynamoDbCache(IAmazonDynamoDB client, DynamoDbCacheOptions options)
    {
        _client = client;
        _options = options;
    }

    public async Task InitializeAsync(CancellationToken token = default)
    {
        if (!_options.CreateTableIfNotExists)
        {
            return;
        }

        await _client.CreateTableAsync(new CreateTableRequest // noise: SRM4001
        {
            TableName = _options.TableName,
            KeySchema = new List<KeySchemaElement> { new KeySchemaElement("id", KeyType.HASH) },
            AttributeDefinitions = new List<AttributeDefinition> { new AttributeDefinition("id", ScalarAttributeType.S) },
            BillingMode = BillingMode.PAY_PER_REQUEST,
        }, token);

        await _client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
        {
            TableName = _options.TableName,
            TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = "ttl", Enabled = true },
        }, token);
    }

    public Task SetAsync(string key, byte[] value, TimeSpan slidingExpiration, CancellationToken token = default) =>
        _client.PutItemAsync(new PutItemRequest // noise: SRM2001
        {
            TableName = _options.TableName,
            Item = new Dictionary<string, AttributeValue>
            {
                ["id"] = new AttributeValue { S = key },
                ["value"] = new AttributeValue { B = new System.IO.MemoryStream(value) },
                ["ttl"] = new AttributeValue { N = DateTimeOffset.UtcNow.Add(slidingExpiration).ToUnixTimeSeconds().ToString() },
            },
        }, token);
}

public sealed class DocumentSharing
{
    private readonly IAmazonS3 _s3 = new AmazonS3Client(RegionEndpoint.EUWest1);

    public string ShareForReview(string key) => _s3.GetPreSignedURL(new GetPreSignedUrlRequest
    {
        BucketName = "acme-contracts",
        Key = key,
        Verb = HttpVerb.GET,
        Expires = DateTime.UtcNow.AddHours(1),
    });

    public string ShareWithAuditor(string key) => _s3.GetPreSignedURL(new GetPreSignedUrlRequest
    {
        BucketName = "acme-contracts",
        Key = key,
        Verb = HttpVerb.GET,
        Expires = DateTime.UtcNow.AddDays(30), // act: SRM3003
    });

    public string ShareOverHttp(string key) => _s3.GetPreSignedURL(new GetPreSignedUrlRequest
    {
        BucketName = "acme-contracts",
        Key = key,
        Expires = DateTime.UtcNow.AddMinutes(15),
        Protocol = Protocol.HTTP, // act: SRM3002
    });
}
