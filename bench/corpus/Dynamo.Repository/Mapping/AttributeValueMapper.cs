using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repository.Models;

namespace Dynamo.Repository.Mapping;

/// <summary>
/// Hand-written mapping between the low-level item shape and the models,
/// for the places where the object persistence model is too slow or cannot
/// express the request (conditional updates, projections, GSIs).
/// </summary>
public static class AttributeValueMapper
{
    public static AttributeValue S(string value) => new() { S = value };

    public static AttributeValue N(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue N(decimal value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue B(bool value) => new() { BOOL = value };

    public static string? GetString(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) ? value.S : null;

    public static decimal GetDecimal(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N != null
            ? decimal.Parse(value.N, CultureInfo.InvariantCulture)
            : 0m;

    public static int GetInt(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N != null
            ? int.Parse(value.N, CultureInfo.InvariantCulture)
            : 0;

    public static bool GetBool(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.BOOL == true;

    public static Dictionary<string, AttributeValue> ToItem(Order order)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["customerId"] = S(order.CustomerId),
            ["orderId"] = S(order.OrderId),
            ["status"] = S(order.Status.ToString()),
            ["createdAt"] = S(order.CreatedAt.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture)),
            ["currency"] = S(order.Currency),
            ["total"] = N(order.Total),
            ["lines"] = new AttributeValue
            {
                L = order.Lines.Select(line => new AttributeValue
                {
                    M = new Dictionary<string, AttributeValue>
                    {
                        ["Sku"] = S(line.Sku),
                        ["Description"] = S(line.Description),
                        ["Quantity"] = N(line.Quantity),
                        ["UnitPrice"] = N(line.UnitPrice),
                    },
                }).ToList(),
            },
        };

        if (!string.IsNullOrEmpty(order.PaymentReference))
        {
            item["paymentReference"] = S(order.PaymentReference);
        }

        if (!string.IsNullOrEmpty(order.Notes))
        {
            item["notes"] = S(order.Notes);
        }

        if (order.Version.HasValue)
        {
            item["VersionNumber"] = N(order.Version.Value);
        }

        return item;
    }

    public static Order ToOrder(Dictionary<string, AttributeValue> item)
    {
        var order = new Order
        {
            CustomerId = item.GetString("customerId") ?? string.Empty,
            OrderId = item.GetString("orderId") ?? string.Empty,
            Currency = item.GetString("currency") ?? "EUR",
            Total = item.GetDecimal("total"),
            PaymentReference = item.GetString("paymentReference"),
            Notes = item.GetString("notes"),
        };

        if (Enum.TryParse<OrderStatus>(item.GetString("status"), out var status))
        {
            order.Status = status;
        }

        var created = item.GetString("createdAt");
        if (created != null)
        {
            order.CreatedAt = DateTime.Parse(created, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        }

        if (item.TryGetValue("lines", out var lines) && lines.L != null)
        {
            order.Lines = lines.L
                .Where(l => l.M != null)
                .Select(l => new OrderLine
                {
                    Sku = l.M.GetString("Sku") ?? string.Empty,
                    Description = l.M.GetString("Description") ?? string.Empty,
                    Quantity = l.M.GetInt("Quantity"),
                    UnitPrice = l.M.GetDecimal("UnitPrice"),
                })
                .ToList();
        }

        if (item.TryGetValue("VersionNumber", out var version) && version.N != null)
        {
            order.Version = int.Parse(version.N, CultureInfo.InvariantCulture);
        }

        return order;
    }

    public static Dictionary<string, AttributeValue> ProductKey(string sku) => new() { ["sku"] = S(sku) };
}
