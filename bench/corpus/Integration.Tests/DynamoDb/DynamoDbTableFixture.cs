using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Integration.Tests.Fixtures;
using Xunit;

namespace Integration.Tests.DynamoDb;

/// <summary>
/// Creates a table with a composite key and a GSI for the test class, and
/// deletes it afterwards.
/// </summary>
public sealed class DynamoDbTableFixture : IAsyncLifetime
{
    public DynamoDbTableFixture()
    {
        LocalStack = new LocalStackFixture();
        TableName = LocalStackFixture.UniqueName("it-table");
    }

    public LocalStackFixture LocalStack { get; }

    public IAmazonDynamoDB Client => LocalStack.DynamoDb;

    public string TableName { get; }

    public async Task InitializeAsync()
    {
        await LocalStack.InitializeAsync();
        await Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = TableName,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = new List<AttributeDefinition>
            {
                new("pk", ScalarAttributeType.S),
                new("sk", ScalarAttributeType.S),
                new("gsi1pk", ScalarAttributeType.S),
            },
            KeySchema = new List<KeySchemaElement>
            {
                new("pk", KeyType.HASH),
                new("sk", KeyType.RANGE),
            },
            GlobalSecondaryIndexes = new List<GlobalSecondaryIndex>
            {
                new()
                {
                    IndexName = "gsi1",
                    KeySchema = new List<KeySchemaElement> { new("gsi1pk", KeyType.HASH), new("sk", KeyType.RANGE) },
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                },
            },
        });

        for (var i = 0; i < 30; i++)
        {
            var description = await Client.DescribeTableAsync(TableName);
            if (description.Table.TableStatus == TableStatus.ACTIVE)
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"Table {TableName} did not become active.");
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Client.DeleteTableAsync(TableName);
        }
        catch (ResourceNotFoundException)
        {
        }

        LocalStack.Dispose();
    }
}
