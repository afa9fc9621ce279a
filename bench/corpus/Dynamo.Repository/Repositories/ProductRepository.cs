using System;
using System.Collections.Generic;
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

public interface IProductRepository : IRepository<Product>
{
    Task<PagedResult<Product>> ByCategoryAsync(string category, int pageSize, string? paginationToken, CancellationToken cancellationToken = default);

    Task<bool> ReserveStockAsync(IReadOnlyDictionary<string, int> quantities, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Product>> BelowReorderThresholdAsync(CancellationToken cancellationToken = default);
}

public class ProductRepository : DynamoDbRepository<Product>, IProductRepository
{
    private readonly IAmazonDynamoDB _client;
    private readonly string _tableName;

    public ProductRepository(DynamoDbContextFactory factory, ILogger<ProductRepository> logger)
        : base(factory.Context, logger)
    {
        _client = factory.Client;
        _tableName = factory.TableName("Products");
    }

    public async Task<PagedResult<Product>> ByCategoryAsync(string category, int pageSize, string? paginationToken, CancellationToken cancellationToken = default)
    {
        var filter = new QueryFilter("Category", QueryOperator.Equal, category);
        var search = Context.FromQueryAsync<Product>(new QueryOperationConfig
        {
            IndexName = "category-index",
            Filter = filter,
            Limit = pageSize,
            PaginationToken = paginationToken,
        });

        var items = await search.GetNextSetAsync(cancellationToken).ConfigureAwait(false);
        return new PagedResult<Product>(items, search.IsDone ? null : search.PaginationToken);
    }

    /// <summary>
    /// Decrements the stock of every product in one transaction, failing
    /// if any product would go below zero.
    /// </summary>
    public async Task<bool> ReserveStockAsync(IReadOnlyDictionary<string, int> quantities, CancellationToken cancellationToken = default)
    {
        if (quantities.Count == 0)
        {
            return true;
        }

        var items = quantities.Select(q => new TransactWriteItem
        {
            Update = new Update
            {
                TableName = _tableName,
                Key = AttributeValueMapper.ProductKey(q.Key),
                UpdateExpression = "SET StockLevel = StockLevel - :q, UpdatedAt = :now",
                ConditionExpression = "StockLevel >= :q AND Discontinued = :false",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>
                {
                    [":q"] = AttributeValueMapper.N(q.Value),
                    [":now"] = AttributeValueMapper.S(DateTime.UtcNow.ToString("o")),
                    [":false"] = AttributeValueMapper.B(false),
                },
            },
        }).ToList();

        try
        {
            await _client.TransactWriteItemsAsync(
                new TransactWriteItemsRequest
                {
                    TransactItems = items,
                    ClientRequestToken = Guid.NewGuid().ToString(),
                },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TransactionCanceledException ex)
        {
            Logger.LogWarning(ex, "Stock reservation failed for {Skus}", string.Join(",", quantities.Keys));
            return false;
        }
    }

    public async Task<IReadOnlyList<Product>> BelowReorderThresholdAsync(CancellationToken cancellationToken = default)
    {
        var request = new ScanRequest
        {
            TableName = _tableName,
            FilterExpression = "StockLevel < ReorderThreshold AND Discontinued = :false",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":false"] = AttributeValueMapper.B(false) },
        };

        var results = new List<Product>();
        Dictionary<string, AttributeValue>? lastKey = null;
        do
        {
            request.ExclusiveStartKey = lastKey;
            var response = await RetryPolicy.ExecuteAsync(ct => _client.ScanAsync(request, ct), Logger, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            foreach (var item in response.Items ?? new List<Dictionary<string, AttributeValue>>())
            {
                var doc = Document.FromAttributeMap(item);
                results.Add(Context.FromDocument<Product>(doc));
            }

            lastKey = response.LastEvaluatedKey;
        }
        while (lastKey != null && lastKey.Count > 0);

        return results;
    }
}
