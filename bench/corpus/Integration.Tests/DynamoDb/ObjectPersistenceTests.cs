using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;
using Xunit;

namespace Integration.Tests.DynamoDb;

[DynamoDBTable("placeholder")]
public class TestEntity
{
    [DynamoDBHashKey("pk")]
    public string Pk { get; set; } = string.Empty;

    [DynamoDBRangeKey("sk")]
    public string Sk { get; set; } = string.Empty;

    [DynamoDBGlobalSecondaryIndexHashKey("gsi1", AttributeName = "gsi1pk")]
    public string? Status { get; set; }

    public string? Name { get; set; }

    public List<string> Tags { get; set; } = new();

    public DateTime CreatedAt { get; set; }

    [DynamoDBVersion]
    public int? Version { get; set; }
}

[Trait("Category", "Integration")]
public class ObjectPersistenceTests : IClassFixture<DynamoDbTableFixture>
{
    private readonly DynamoDbTableFixture _table;
    private readonly IDynamoDBContext _context;

    public ObjectPersistenceTests(DynamoDbTableFixture table)
    {
        _table = table;
        _context = new DynamoDBContextBuilder()
            .WithDynamoDBClient(() => table.Client)
            .ConfigureContext(c => c.DisableFetchingTableMetadata = true)
            .Build();
    }

    private SaveConfig Save => new() { OverrideTableName = _table.TableName };

    private LoadConfig Load => new() { OverrideTableName = _table.TableName, ConsistentRead = true };

    [Fact]
    public async Task SaveAndLoad()
    {
        var entity = new TestEntity { Pk = "E#1", Sk = "A", Name = "first", Tags = new() { "x", "y" }, CreatedAt = DateTime.UtcNow };
        await _context.SaveAsync(entity, Save);

        var loaded = await _context.LoadAsync<TestEntity>("E#1", "A", Load);
        Assert.NotNull(loaded);
        Assert.Equal("first", loaded!.Name);
        Assert.Equal(2, loaded.Tags.Count);
        Assert.Equal(0, loaded.Version);
    }

    [Fact]
    public async Task OptimisticLocking_RejectsStaleWrite()
    {
        var entity = new TestEntity { Pk = "E#2", Sk = "A", Name = "v1" };
        await _context.SaveAsync(entity, Save);

        var copyA = await _context.LoadAsync<TestEntity>("E#2", "A", Load);
        var copyB = await _context.LoadAsync<TestEntity>("E#2", "A", Load);

        copyA!.Name = "from A";
        await _context.SaveAsync(copyA, Save);

        copyB!.Name = "from B";
        await Assert.ThrowsAsync<Amazon.DynamoDBv2.Model.ConditionalCheckFailedException>(() => _context.SaveAsync(copyB, Save));
    }

    [Fact]
    public async Task QueryWithRangeCondition()
    {
        foreach (var sk in new[] { "2024-01", "2024-02", "2024-03", "2025-01" })
        {
            await _context.SaveAsync(new TestEntity { Pk = "E#3", Sk = sk }, Save);
        }

        var results = await _context
            .QueryAsync<TestEntity>("E#3", QueryOperator.BeginsWith, new object[] { "2024" }, new QueryConfig { OverrideTableName = _table.TableName })
            .GetRemainingAsync();

        Assert.Equal(3, results.Count);
    }

    [Fact]
    public async Task BatchWrite_ThenScan()
    {
        var batch = _context.CreateBatchWrite<TestEntity>(new BatchWriteConfig { OverrideTableName = _table.TableName });
        batch.AddPutItems(Enumerable.Range(0, 30).Select(i => new TestEntity { Pk = "SCAN", Sk = i.ToString("D2"), Status = i % 2 == 0 ? "even" : "odd" }));
        await batch.ExecuteAsync();

        var scanned = await _context
            .ScanAsync<TestEntity>(new[] { new ScanCondition("Pk", ScanOperator.Equal, "SCAN") }, new ScanConfig { OverrideTableName = _table.TableName })
            .GetRemainingAsync();
        Assert.Equal(30, scanned.Count);
    }

    [Fact]
    public async Task Delete_RemovesItem()
    {
        await _context.SaveAsync(new TestEntity { Pk = "E#4", Sk = "A" }, Save);
        await _context.DeleteAsync<TestEntity>("E#4", "A", new DeleteConfig { OverrideTableName = _table.TableName });
        Assert.Null(await _context.LoadAsync<TestEntity>("E#4", "A", Load));
    }
}
