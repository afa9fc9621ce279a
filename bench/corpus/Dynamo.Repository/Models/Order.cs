using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.DataModel;
using Dynamo.Repository.Mapping;

namespace Dynamo.Repository.Models;

/// <summary>
/// An order belongs to a customer: the customer id is the hash key and the
/// order id (a sortable ULID-like string) the range key.
/// </summary>
[DynamoDBTable("Orders")]
public class Order
{
    [DynamoDBHashKey("customerId")]
    public string CustomerId { get; set; } = string.Empty;

    [DynamoDBRangeKey("orderId")]
    public string OrderId { get; set; } = string.Empty;

    [DynamoDBGlobalSecondaryIndexHashKey("status-createdAt-index", AttributeName = "status")]
    [DynamoDBProperty("status", typeof(EnumStringConverter<OrderStatus>))]
    public OrderStatus Status { get; set; } = OrderStatus.Pending;

    [DynamoDBGlobalSecondaryIndexRangeKey("status-createdAt-index", AttributeName = "createdAt")]
    [DynamoDBProperty("createdAt", typeof(IsoDateTimeConverter))]
    public DateTime CreatedAt { get; set; }

    [DynamoDBProperty("lines")]
    public List<OrderLine> Lines { get; set; } = new();

    [DynamoDBProperty("currency")]
    public string Currency { get; set; } = "EUR";

    [DynamoDBProperty("total")]
    public decimal Total { get; set; }

    [DynamoDBProperty("shippingAddress")]
    public Address? ShippingAddress { get; set; }

    [DynamoDBProperty("paymentReference")]
    public string? PaymentReference { get; set; }

    [DynamoDBProperty("notes")]
    public string? Notes { get; set; }

    [DynamoDBVersion]
    public int? Version { get; set; }

    [DynamoDBIgnore]
    public int ItemCount => Lines.Count;
}

public class OrderLine
{
    public string Sku { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal LineTotal => Quantity * UnitPrice;
}

public enum OrderStatus
{
    Pending,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
    Refunded,
}
