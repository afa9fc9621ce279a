using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using Amazon.DynamoDBv2.DataModel;

namespace Inventory.WebApi.Models;

[DynamoDBTable("inventory-items")]
public class InventoryItem
{
    [DynamoDBHashKey]
    public string WarehouseId { get; set; } = string.Empty;

    [DynamoDBRangeKey]
    public string Sku { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public int Quantity { get; set; }

    public int Reserved { get; set; }

    public string? BinLocation { get; set; }

    public List<string> ImageKeys { get; set; } = new();

    public DateTime LastCountedAt { get; set; }

    public string? LastCountedBy { get; set; }

    [DynamoDBVersion]
    public int? Version { get; set; }

    [DynamoDBIgnore]
    public int Available => Quantity - Reserved;
}

public class CreateItemRequest
{
    [Required]
    [StringLength(64)]
    public string Sku { get; set; } = string.Empty;

    [Required]
    [StringLength(200)]
    public string Name { get; set; } = string.Empty;

    [Range(0, 1_000_000)]
    public int Quantity { get; set; }

    public string? BinLocation { get; set; }
}

public class AdjustStockRequest
{
    [Range(-100_000, 100_000)]
    public int Delta { get; set; }

    [Required]
    public string Reason { get; set; } = string.Empty;
}

public record ItemDto(string WarehouseId, string Sku, string Name, int Quantity, int Available, string? BinLocation, IReadOnlyList<string> ImageUrls);

public record PageDto<T>(IReadOnlyList<T> Items, string? Next);

public class Warehouse
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Country { get; set; } = string.Empty;

    public string? ManagerEmail { get; set; }

    public bool Active { get; set; } = true;
}

public record StockEvent(string Type, string WarehouseId, string Sku, int Delta, int NewQuantity, string Actor, DateTime At);
