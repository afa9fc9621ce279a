using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Inventory.WebApi.Models;
using Inventory.WebApi.Options;
using Microsoft.Extensions.Options;

namespace Inventory.WebApi.Services;

public interface IWarehouseStore
{
    Task<IReadOnlyList<Warehouse>> AllAsync(CancellationToken cancellationToken);

    Task<Warehouse?> GetAsync(string id, CancellationToken cancellationToken);

    Task SaveAsync(Warehouse warehouse, CancellationToken cancellationToken);
}

/// <summary>
/// Warehouses are few and rarely change: the whole table is scanned and cached.
/// </summary>
public class WarehouseStore : IWarehouseStore
{
    private static IReadOnlyList<Warehouse>? _cache;
    private static DateTime _cachedAt;

    private readonly IAmazonDynamoDB _client;
    private readonly string _table;

    public WarehouseStore(IAmazonDynamoDB client, IOptions<InventoryOptions> options)
    {
        _client = client;
        _table = options.Value.WarehouseTableName;
    }

    public async Task<IReadOnlyList<Warehouse>> AllAsync(CancellationToken cancellationToken)
    {
        if (_cache != null && DateTime.UtcNow - _cachedAt < TimeSpan.FromMinutes(10))
        {
            return _cache;
        }

        var result = new List<Warehouse>();
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var response = await _client.ScanAsync(new ScanRequest { TableName = _table, ExclusiveStartKey = startKey }, cancellationToken);
            result.AddRange((response.Items ?? new List<Dictionary<string, AttributeValue>>()).Select(Map));
            startKey = response.LastEvaluatedKey;
        }
        while (startKey is { Count: > 0 });

        _cache = result;
        _cachedAt = DateTime.UtcNow;
        return result;
    }

    public async Task<Warehouse?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var response = await _client.GetItemAsync(
            new GetItemRequest
            {
                TableName = _table,
                Key = new Dictionary<string, AttributeValue> { ["Id"] = new AttributeValue { S = id } },
            },
            cancellationToken);
        return response.IsItemSet ? Map(response.Item) : null;
    }

    public async Task SaveAsync(Warehouse warehouse, CancellationToken cancellationToken)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["Id"] = new AttributeValue { S = warehouse.Id },
            ["Name"] = new AttributeValue { S = warehouse.Name },
            ["Country"] = new AttributeValue { S = warehouse.Country },
            ["Active"] = new AttributeValue { BOOL = warehouse.Active },
        };
        if (!string.IsNullOrEmpty(warehouse.ManagerEmail))
        {
            item["ManagerEmail"] = new AttributeValue { S = warehouse.ManagerEmail };
        }

        await _client.PutItemAsync(new PutItemRequest { TableName = _table, Item = item }, cancellationToken);
        _cache = null;
    }

    private static Warehouse Map(Dictionary<string, AttributeValue> item) => new()
    {
        Id = item["Id"].S,
        Name = item.TryGetValue("Name", out var n) ? n.S : string.Empty,
        Country = item.TryGetValue("Country", out var c) ? c.S : string.Empty,
        ManagerEmail = item.TryGetValue("ManagerEmail", out var m) ? m.S : null,
        Active = !item.TryGetValue("Active", out var a) || a.BOOL != false,
    };
}
