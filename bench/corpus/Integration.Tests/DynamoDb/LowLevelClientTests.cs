using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Xunit;

namespace Integration.Tests.DynamoDb;

[Trait("Category", "Integration")]
public class LowLevelClientTests : IClassFixture<DynamoDbTableFixture>
{
    private readonly DynamoDbTableFixture _table;

    public LowLevelClientTests(DynamoDbTableFixture table)
    {
        _table = table;
    }

    private static Dictionary<string, AttributeValue> Item(string pk, string sk, string? gsi = null, int amount = 0)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["pk"] = new AttributeValue { S = pk },
            ["sk"] = new AttributeValue { S = sk },
            ["amount"] = new AttributeValue { N = amount.ToString() },
        };
        if (gsi != null)
        {
            item["gsi1pk"] = new AttributeValue { S = gsi };
        }

        return item;
    }

    [Fact]
    public async Task PutAndGet()
    {
        await _table.Client.PutItemAsync(new PutItemRequest { TableName = _table.TableName, Item = Item("USER#1", "PROFILE", amount: 5) });

        var response = await _table.Client.GetItemAsync(new GetItemRequest
        {
            TableName = _table.TableName,
            Key = new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "USER#1" }, ["sk"] = new() { S = "PROFILE" } },
            ConsistentRead = true,
        });

        Assert.True(response.IsItemSet);
        Assert.Equal("5", response.Item["amount"].N);
    }

    [Fact]
    public async Task ConditionalPut_RejectsDuplicate()
    {
        var request = new PutItemRequest
        {
            TableName = _table.TableName,
            Item = Item("USER#2", "PROFILE"),
            ConditionExpression = "attribute_not_exists(pk)",
        };
        await _table.Client.PutItemAsync(request);
        await Assert.ThrowsAsync<ConditionalCheckFailedException>(() => _table.Client.PutItemAsync(request));
    }

    [Fact]
    public async Task UpdateExpression_Increments()
    {
        await _table.Client.PutItemAsync(new PutItemRequest { TableName = _table.TableName, Item = Item("COUNTER#1", "C", amount: 1) });

        var response = await _table.Client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = _table.TableName,
            Key = new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "COUNTER#1" }, ["sk"] = new() { S = "C" } },
            UpdateExpression = "SET amount = amount + :inc",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":inc"] = new() { N = "41" } },
            ReturnValues = ReturnValue.UPDATED_NEW,
        });

        Assert.Equal("42", response.Attributes["amount"].N);
    }

    [Fact]
    public async Task Query_PaginatesWithLastEvaluatedKey()
    {
        for (var i = 0; i < 25; i++)
        {
            await _table.Client.PutItemAsync(new PutItemRequest { TableName = _table.TableName, Item = Item("ORDERS#9", $"O#{i:D3}") });
        }

        var request = new QueryRequest
        {
            TableName = _table.TableName,
            KeyConditionExpression = "pk = :pk AND begins_with(sk, :prefix)",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":pk"] = new() { S = "ORDERS#9" },
                [":prefix"] = new() { S = "O#" },
            },
            Limit = 10,
        };

        var seen = new List<string>();
        var pages = 0;
        do
        {
            var response = await _table.Client.QueryAsync(request);
            seen.AddRange(response.Items.Select(i => i["sk"].S));
            request.ExclusiveStartKey = response.LastEvaluatedKey;
            pages++;
        }
        while (request.ExclusiveStartKey is { Count: > 0 });

        Assert.Equal(25, seen.Count);
        Assert.InRange(pages, 3, 4);
    }

    [Fact]
    public async Task GlobalSecondaryIndex_FindsItems()
    {
        await _table.Client.PutItemAsync(new PutItemRequest { TableName = _table.TableName, Item = Item("P#1", "2024-01-01", gsi: "STATUS#open") });
        await _table.Client.PutItemAsync(new PutItemRequest { TableName = _table.TableName, Item = Item("P#2", "2024-01-02", gsi: "STATUS#open") });
        await _table.Client.PutItemAsync(new PutItemRequest { TableName = _table.TableName, Item = Item("P#3", "2024-01-03", gsi: "STATUS#closed") });

        var response = await _table.Client.QueryAsync(new QueryRequest
        {
            TableName = _table.TableName,
            IndexName = "gsi1",
            KeyConditionExpression = "gsi1pk = :s",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":s"] = new() { S = "STATUS#open" } },
        });

        Assert.Equal(2, response.Count);
    }

    [Fact]
    public async Task TransactWrite_IsAllOrNothing()
    {
        await _table.Client.PutItemAsync(new PutItemRequest { TableName = _table.TableName, Item = Item("ACC#A", "BAL", amount: 100) });
        await _table.Client.PutItemAsync(new PutItemRequest { TableName = _table.TableName, Item = Item("ACC#B", "BAL", amount: 0) });

        TransactWriteItem Move(string account, int delta) => new()
        {
            Update = new Update
            {
                TableName = _table.TableName,
                Key = new Dictionary<string, AttributeValue> { ["pk"] = new() { S = account }, ["sk"] = new() { S = "BAL" } },
                UpdateExpression = "SET amount = amount + :d",
                ConditionExpression = "amount + :d >= :zero",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":d"] = new() { N = delta.ToString() }, [":zero"] = new() { N = "0" } },
            },
        };

        await Assert.ThrowsAsync<TransactionCanceledException>(() => _table.Client.TransactWriteItemsAsync(new TransactWriteItemsRequest
        {
            TransactItems = new List<TransactWriteItem> { Move("ACC#A", -150), Move("ACC#B", 150) },
        }));

        var b = await _table.Client.GetItemAsync(_table.TableName, new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "ACC#B" }, ["sk"] = new() { S = "BAL" } });
        Assert.Equal("0", b.Item["amount"].N);
    }

    [Fact]
    public async Task BatchWrite_AndBatchGet()
    {
        var writes = Enumerable.Range(0, 40).Select(i => new WriteRequest { PutRequest = new PutRequest { Item = Item("BATCH", $"I#{i:D2}") } }).ToList();
        foreach (var chunk in writes.Chunk(25))
        {
            var pending = new Dictionary<string, List<WriteRequest>> { [_table.TableName] = chunk.ToList() };
            while (pending.Count > 0)
            {
                var response = await _table.Client.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = pending });
                pending = response.UnprocessedItems ?? new Dictionary<string, List<WriteRequest>>();
            }
        }

        var keys = Enumerable.Range(0, 10).Select(i => new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "BATCH" }, ["sk"] = new() { S = $"I#{i:D2}" } }).ToList();
        var get = await _table.Client.BatchGetItemAsync(new BatchGetItemRequest
        {
            RequestItems = new Dictionary<string, KeysAndAttributes> { [_table.TableName] = new KeysAndAttributes { Keys = keys } },
        });

        Assert.Equal(10, get.Responses[_table.TableName].Count);
    }
}
