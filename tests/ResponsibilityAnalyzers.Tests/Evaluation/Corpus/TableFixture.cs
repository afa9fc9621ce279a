// Shaped like an xunit integration-test fixture: a throwaway table and bucket per test run, removed when the run ends.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Util;
using Xunit;

namespace Acme.IntegrationTests;

public sealed class DynamoTableFixture : IAsyncLifetime
{
    public IAmazonDynamoDB Client { get; } = new AmazonDynamoDBClient(RegionEndpoint.EUWest1);
    public IAmazonS3 S3 { get; } = new AmazonS3Client(RegionEndpoint.EUWest1);
    public string TableName { get; } = "it-orders-" + Guid.NewGuid().ToString("N");
    public string BucketName { get; } = "it-bucket-" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync()
    {
        await Client.CreateTableAsync(new CreateTableRequest // noise: SRM4001
        {
            TableName = TableName,
            KeySchema = new List<KeySchemaElement> { new KeySchemaElement("id", KeyType.HASH) },
            AttributeDefinitions = new List<AttributeDefinition> { new AttributeDefinition("id", ScalarAttributeType.S) },
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });

        await S3.PutBucketAsync(new PutBucketRequest { BucketName = BucketName }); // noise: SRM4004
    }

    public async Task DisposeAsync()
    {
        await Client.DeleteTableAsync(TableName);
        await AmazonS3Util.DeleteS3BucketWithObjectsAsync(S3, BucketName);
    }
}
