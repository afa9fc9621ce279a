using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.DataModel;
using Dynamo.Repository.Abstractions;

namespace Dynamo.Repository.Models;

[DynamoDBTable("Products")]
public class Product : IEntity, IAuditable
{
    [DynamoDBHashKey("sku")]
    public string Id { get; set; } = string.Empty;

    [DynamoDBGlobalSecondaryIndexHashKey("category-index")]
    public string Category { get; set; } = string.Empty;

    [DynamoDBGlobalSecondaryIndexRangeKey("category-index")]
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public decimal Price { get; set; }

    public int StockLevel { get; set; }

    public int ReorderThreshold { get; set; } = 10;

    public List<string> ImageKeys { get; set; } = new();

    public Dictionary<string, string> Attributes { get; set; } = new();

    public bool Discontinued { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    [DynamoDBVersion]
    public int? Version { get; set; }
}
