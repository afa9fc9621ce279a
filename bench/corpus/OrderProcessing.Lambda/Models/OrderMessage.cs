using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OrderProcessing.Lambda.Models;

public class OrderMessage
{
    [JsonPropertyName("orderId")]
    public string OrderId { get; set; } = string.Empty;

    [JsonPropertyName("customerId")]
    public string CustomerId { get; set; } = string.Empty;

    [JsonPropertyName("customerEmail")]
    public string? CustomerEmail { get; set; }

    [JsonPropertyName("items")]
    public List<OrderItem> Items { get; set; } = new();

    [JsonPropertyName("currency")]
    public string Currency { get; set; } = "USD";

    [JsonPropertyName("placedAt")]
    public DateTime PlacedAt { get; set; }

    [JsonPropertyName("cardLast4")]
    public string? CardLast4 { get; set; }

    [JsonPropertyName("shipping")]
    public ShippingInfo? Shipping { get; set; }

    public decimal Total()
    {
        decimal total = 0;
        foreach (var item in Items)
        {
            total += item.Quantity * item.UnitPrice;
        }

        return total;
    }
}

public class OrderItem
{
    [JsonPropertyName("sku")]
    public string Sku { get; set; } = string.Empty;

    [JsonPropertyName("quantity")]
    public int Quantity { get; set; }

    [JsonPropertyName("unitPrice")]
    public decimal UnitPrice { get; set; }
}

public class ShippingInfo
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyName("street")]
    public string Street { get; set; } = string.Empty;

    [JsonPropertyName("city")]
    public string City { get; set; } = string.Empty;

    [JsonPropertyName("zip")]
    public string Zip { get; set; } = string.Empty;

    [JsonPropertyName("country")]
    public string Country { get; set; } = string.Empty;
}

public class OrderResult
{
    public string OrderId { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string? InvoiceUrl { get; set; }
}
