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
using Microsoft.Extensions.Logging;

namespace Dynamo.Repository.Infrastructure;

/// <summary>
/// A generic repository over <see cref="IDynamoDBContext"/> for entities
/// keyed by a single hash key.
/// </summary>
public class DynamoDbRepository<TEntity> : IRepository<TEntity>
    where TEntity : class, IEntity, new()
{
    private const int BatchGetLimit = 100;

    protected DynamoDbRepository(IDynamoDBContext context, ILogger logger)
    {
        Context = context;
        Logger = logger;
    }

    protected IDynamoDBContext Context { get; }

    protected ILogger Logger { get; }

    protected static string EntityName => typeof(TEntity).Name;

    public virtual async Task<TEntity?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("An id is required.", nameof(id));
        }

        var entity = await Context.LoadAsync<TEntity>(id, cancellationToken).ConfigureAwait(false);
        if (entity is ISoftDeletable { IsDeleted: true })
        {
            return null;
        }

        return entity;
    }

    public virtual async Task<IReadOnlyList<TEntity>> GetManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var distinct = ids.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToList();
        if (distinct.Count == 0)
        {
            return Array.Empty<TEntity>();
        }

        var results = new List<TEntity>(distinct.Count);
        foreach (var chunk in distinct.Chunk(BatchGetLimit))
        {
            var batch = Context.CreateBatchGet<TEntity>();
            foreach (var id in chunk)
            {
                batch.AddKey(id);
            }

            await batch.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            results.AddRange(batch.Results);
        }

        return results.Where(e => e is not ISoftDeletable { IsDeleted: true }).ToList();
    }

    public virtual async Task<PagedResult<TEntity>> ListAsync(int pageSize, string? paginationToken = null, CancellationToken cancellationToken = default)
    {
        var search = Context.FromScanAsync<TEntity>(new ScanOperationConfig
        {
            Limit = pageSize,
            PaginationToken = paginationToken,
        });

        var page = await search.GetNextSetAsync(cancellationToken).ConfigureAwait(false);
        var next = search.IsDone ? null : search.PaginationToken;
        return new PagedResult<TEntity>(page.Where(e => e is not ISoftDeletable { IsDeleted: true }).ToList(), next);
    }

    public virtual async Task SaveAsync(TEntity entity, CancellationToken cancellationToken = default)
    {
        Touch(entity);
        try
        {
            await Context.SaveAsync(entity, cancellationToken).ConfigureAwait(false);
            Logger.LogDebug("Saved {Entity} {Id}", EntityName, entity.Id);
        }
        catch (ConditionalCheckFailedException ex)
        {
            throw new ConcurrencyException(EntityName, entity.Id, ex);
        }
    }

    public virtual async Task SaveManyAsync(IEnumerable<TEntity> entities, CancellationToken cancellationToken = default)
    {
        var batch = Context.CreateBatchWrite<TEntity>();
        var count = 0;
        foreach (var entity in entities)
        {
            Touch(entity);
            batch.AddPutItem(entity);
            count++;
        }

        if (count == 0)
        {
            return;
        }

        // The batch write splits into requests of 25 and retries unprocessed items itself.
        await batch.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        Logger.LogInformation("Saved {Count} {Entity} items", count, EntityName);
    }

    public virtual async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (typeof(ISoftDeletable).IsAssignableFrom(typeof(TEntity)))
        {
            var existing = await Context.LoadAsync<TEntity>(id, cancellationToken).ConfigureAwait(false);
            if (existing is ISoftDeletable soft)
            {
                soft.IsDeleted = true;
                soft.DeletedAt = DateTime.UtcNow;
                await SaveAsync(existing, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await Context.DeleteAsync<TEntity>(id, cancellationToken).ConfigureAwait(false);
    }

    public virtual async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken = default)
    {
        return await GetAsync(id, cancellationToken).ConfigureAwait(false) != null;
    }

    /// <summary>
    /// Queries a global secondary index for all items with the given index hash key.
    /// </summary>
    protected async Task<List<TEntity>> QueryIndexAsync(string indexName, object hashKeyValue, CancellationToken cancellationToken)
    {
        var search = Context.QueryAsync<TEntity>(hashKeyValue, new QueryConfig { IndexName = indexName });
        return await search.GetRemainingAsync(cancellationToken).ConfigureAwait(false);
    }

    protected virtual void Touch(TEntity entity)
    {
        if (entity is IAuditable auditable)
        {
            var now = DateTime.UtcNow;
            if (auditable.CreatedAt == default)
            {
                auditable.CreatedAt = now;
            }

            auditable.UpdatedAt = now;
        }

        if (string.IsNullOrEmpty(entity.Id))
        {
            entity.Id = Guid.NewGuid().ToString("N");
        }
    }
}
