using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repository.Abstractions;
using Dynamo.Repository.Infrastructure;
using Dynamo.Repository.Mapping;
using Dynamo.Repository.Models;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repository.Repositories;

public interface IOrderRepository : IRangeRepository<Order>
{
    Task<PagedResult<Order>> ByStatusAsync(OrderStatus status, DateTime since, int pageSize, string? paginationToken, CancellationToken cancellationToken = default);

    Task<bool> TryTransitionAsync(string customerId, string orderId, OrderStatus from, OrderStatus to, CancellationToken cancellationToken = default);

    Task<decimal> LifetimeValueAsync(string customerId, CancellationToken cancellationToken = default);
}

/// <summary>
/// Orders use the object persistence model for simple reads and writes and the
/// low-level client for conditional status changes and index pagination.
/// </summary>
public class OrderRepository : IOrderRepository
{
    private readonly IDynamoDBContext _context;
    private readonly IAmazonDynamoDB _client;
    private readonly string _tableName;
    private readonly ILogger<OrderRepository> _logger;

    public OrderRepository(DynamoDbContextFactory factory, ILogger<OrderRepository> logger)
    {
        _context = factory.Context;
        _client = factory.Client;
        _tableName = factory.TableName("Orders");
        _logger = logger;
    }

    public async Task<Order?> GetAsync(string hashKey, string rangeKey, CancellationToken cancellationToken = default)
    {
        return await _context.LoadAsync<Order>(hashKey, rangeKey, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Order>> QueryAsync(string hashKey, CancellationToken cancellationToken = default)
    {
        var search = _context.QueryAsync<Order>(hashKey, new QueryConfig { BackwardQuery = true });
        return await search.GetRemainingAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<PagedResult<Order>> QueryPageAsync(string hashKey, int pageSize, string? paginationToken, CancellationToken cancellationToken = default)
    {
        var request = new QueryRequest
        {
            TableName = _tableName,
            KeyConditionExpression = "customerId = :c",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":c"] = AttributeValueMapper.S(hashKey) },
            Limit = pageSize,
            ScanIndexForward = false,
            ExclusiveStartKey = PaginationToken.Decode(paginationToken),
        };

        var response = await _client.QueryAsync(request, cancellationToken).ConfigureAwait(false);
        var orders = (response.Items ?? new List<Dictionary<string, AttributeValue>>()).Select(AttributeValueMapper.ToOrder).ToList();
        return new PagedResult<Order>(orders, PaginationToken.Encode(response.LastEvaluatedKey));
    }

    public async Task<PagedResult<Order>> ByStatusAsync(OrderStatus status, DateTime since, int pageSize, string? paginationToken, CancellationToken cancellationToken = default)
    {
        var request = new QueryRequest
        {
            TableName = _tableName,
            IndexName = "status-createdAt-index",
            KeyConditionExpression = "#s = :status AND createdAt >= :since",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#s"] = "status" },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":status"] = AttributeValueMapper.S(status.ToString()),
                [":since"] = AttributeValueMapper.S(since.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)),
            },
            Limit = pageSize,
            ExclusiveStartKey = PaginationToken.Decode(paginationToken),
        };

        var response = await _client.QueryAsync(request, cancellationToken).ConfigureAwait(false);
        _logger.LogDebug("Status query for {Status} consumed {Capacity} RCU", status, response.ConsumedCapacity?.CapacityUnits);
        var items = response.Items ?? new List<Dictionary<string, AttributeValue>>();
        return new PagedResult<Order>(items.Select(AttributeValueMapper.ToOrder).ToList(), PaginationToken.Encode(response.LastEvaluatedKey));
    }

    public async Task SaveAsync(Order entity, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(entity.OrderId))
        {
            entity.OrderId = DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        }

        if (entity.CreatedAt == default)
        {
            entity.CreatedAt = DateTime.UtcNow;
        }

        entity.Total = entity.Lines.Sum(l => l.LineTotal);

        try
        {
            await _context.SaveAsync(entity, cancellationToken).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException ex)
        {
            throw new ConcurrencyException(nameof(Order), entity.OrderId, ex);
        }
    }

    public async Task DeleteAsync(string hashKey, string rangeKey, CancellationToken cancellationToken = default)
    {
        await _context.DeleteAsync<Order>(hashKey, rangeKey, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> TryTransitionAsync(string customerId, string orderId, OrderStatus from, OrderStatus to, CancellationToken cancellationToken = default)
    {
        try
        {
            await _client.UpdateItemAsync(
                new UpdateItemRequest
                {
                    TableName = _tableName,
                    Key = new Dictionary<string, AttributeValue>
                    {
                        ["customerId"] = AttributeValueMapper.S(customerId),
                        ["orderId"] = AttributeValueMapper.S(orderId),
                    },
                    UpdateExpression = "SET #s = :to, VersionNumber = VersionNumber + :one",
                    ConditionExpression = "#s = :from",
                    ExpressionAttributeNames = new Dictionary<string, string> { ["#s"] = "status" },
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue>
                    {
                        [":from"] = AttributeValueMapper.S(from.ToString()),
                        [":to"] = AttributeValueMapper.S(to.ToString()),
                        [":one"] = AttributeValueMapper.N(1),
                    },
                },
                cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("Order {OrderId} moved from {From} to {To}", orderId, from, to);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            _logger.LogInformation("Order {OrderId} was not in {From}; not moved to {To}", orderId, from, to);
            return false;
        }
    }

    public async Task<decimal> LifetimeValueAsync(string customerId, CancellationToken cancellationToken = default)
    {
        var request = new QueryRequest
        {
            TableName = _tableName,
            KeyConditionExpression = "customerId = :c",
            FilterExpression = "#s IN (:paid, :shipped, :delivered)",
            ProjectionExpression = "#t",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#s"] = "status", ["#t"] = "total" },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":c"] = AttributeValueMapper.S(customerId),
                [":paid"] = AttributeValueMapper.S(nameof(OrderStatus.Paid)),
                [":shipped"] = AttributeValueMapper.S(nameof(OrderStatus.Shipped)),
                [":delivered"] = AttributeValueMapper.S(nameof(OrderStatus.Delivered)),
            },
        };

        decimal total = 0;
        await foreach (var page in _client.Paginators.Query(request).Responses.WithCancellation(cancellationToken))
        {
            foreach (var item in page.Items ?? new List<Dictionary<string, AttributeValue>>())
            {
                total += item.GetDecimal("total");
            }
        }

        return total;
    }
}
