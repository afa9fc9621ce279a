using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using Inventory.WebApi.Models;
using Inventory.WebApi.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.WebApi.Services;

public interface IInventoryService
{
    Task<InventoryItem?> GetAsync(string warehouseId, string sku, CancellationToken cancellationToken);

    Task<(List<InventoryItem> Items, string? Next)> ListAsync(string warehouseId, int pageSize, string? next, CancellationToken cancellationToken);

    Task<InventoryItem> CreateAsync(string warehouseId, CreateItemRequest request, string actor, CancellationToken cancellationToken);

    Task<InventoryItem?> AdjustAsync(string warehouseId, string sku, int delta, string actor, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string warehouseId, string sku, CancellationToken cancellationToken);

    Task<List<InventoryItem>> LowStockAsync(string warehouseId, int threshold, CancellationToken cancellationToken);
}

public class InventoryService : IInventoryService
{
    private readonly IDynamoDBContext _context;
    private readonly IAmazonDynamoDB _client;
    private readonly InventoryOptions _options;
    private readonly IStockEventPublisher _events;
    private readonly ILogger<InventoryService> _logger;

    public InventoryService(
        IDynamoDBContext context,
        IAmazonDynamoDB client,
        IOptions<InventoryOptions> options,
        IStockEventPublisher events,
        ILogger<InventoryService> logger)
    {
        _context = context;
        _client = client;
        _options = options.Value;
        _events = events;
        _logger = logger;
    }

    private LoadConfig LoadConfig => new() { OverrideTableName = _options.TableName, ConsistentRead = _options.ConsistentReads };

    public async Task<InventoryItem?> GetAsync(string warehouseId, string sku, CancellationToken cancellationToken)
    {
        return await _context.LoadAsync<InventoryItem>(warehouseId, sku, LoadConfig, cancellationToken);
    }

    public async Task<(List<InventoryItem> Items, string? Next)> ListAsync(string warehouseId, int pageSize, string? next, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, _options.MaxPageSize);
        var search = _context.FromQueryAsync<InventoryItem>(
            new QueryOperationConfig
            {
                Filter = new QueryFilter("WarehouseId", QueryOperator.Equal, warehouseId),
                Limit = pageSize,
                PaginationToken = next,
            },
            new FromQueryConfig { OverrideTableName = _options.TableName });

        var items = await search.GetNextSetAsync(cancellationToken);
        return (items, search.IsDone ? null : search.PaginationToken);
    }

    public async Task<InventoryItem> CreateAsync(string warehouseId, CreateItemRequest request, string actor, CancellationToken cancellationToken)
    {
        var item = new InventoryItem
        {
            WarehouseId = warehouseId,
            Sku = request.Sku.Trim().ToUpperInvariant(),
            Name = request.Name.Trim(),
            Quantity = request.Quantity,
            BinLocation = request.BinLocation,
            LastCountedAt = DateTime.UtcNow,
            LastCountedBy = actor,
        };

        await _context.SaveAsync(item, new SaveConfig { OverrideTableName = _options.TableName }, cancellationToken);
        await _events.PublishAsync(new StockEvent("created", warehouseId, item.Sku, item.Quantity, item.Quantity, actor, DateTime.UtcNow), cancellationToken);
        return item;
    }

    public async Task<InventoryItem?> AdjustAsync(string warehouseId, string sku, int delta, string actor, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.UpdateItemAsync(
                new UpdateItemRequest
                {
                    TableName = _options.TableName,
                    Key = new Dictionary<string, AttributeValue>
                    {
                        ["WarehouseId"] = new AttributeValue { S = warehouseId },
                        ["Sku"] = new AttributeValue { S = sku },
                    },
                    UpdateExpression = "SET Quantity = Quantity + :d, LastCountedAt = :now, LastCountedBy = :actor ADD VersionNumber :one",
                    ConditionExpression = "attribute_exists(Sku) AND Quantity + :d >= Reserved",
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue>
                    {
                        [":d"] = new AttributeValue { N = delta.ToString() },
                        [":now"] = new AttributeValue { S = DateTime.UtcNow.ToString("o") },
                        [":actor"] = new AttributeValue { S = actor },
                        [":one"] = new AttributeValue { N = "1" },
                    },
                    ReturnValues = ReturnValue.ALL_NEW,
                },
                cancellationToken);

            var item = _context.FromDocument<InventoryItem>(Document.FromAttributeMap(response.Attributes));
            await _events.PublishAsync(new StockEvent("adjusted", warehouseId, sku, delta, item.Quantity, actor, DateTime.UtcNow), cancellationToken);
            return item;
        }
        catch (ConditionalCheckFailedException)
        {
            _logger.LogInformation("Adjustment of {Delta} rejected for {Warehouse}/{Sku}", delta, warehouseId, sku);
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string warehouseId, string sku, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(warehouseId, sku, cancellationToken);
        if (existing == null)
        {
            return false;
        }

        await _context.DeleteAsync(existing, new DeleteConfig { OverrideTableName = _options.TableName }, cancellationToken);
        return true;
    }

    public async Task<List<InventoryItem>> LowStockAsync(string warehouseId, int threshold, CancellationToken cancellationToken)
    {
        var search = _context.QueryAsync<InventoryItem>(
            warehouseId,
            new QueryConfig
            {
                OverrideTableName = _options.TableName,
                QueryFilter = new List<ScanCondition> { new("Quantity", ScanOperator.LessThan, threshold) },
            });
        var items = await search.GetRemainingAsync(cancellationToken);
        return items.OrderBy(i => i.Available).ToList();
    }
}
