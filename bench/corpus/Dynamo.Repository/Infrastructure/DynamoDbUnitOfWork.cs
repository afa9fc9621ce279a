using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repository.Abstractions;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repository.Infrastructure;

/// <summary>
/// Collects saves and deletes across tables and commits them in one
/// DynamoDB transaction (at most 100 actions).
/// </summary>
public sealed class DynamoDbUnitOfWork : IUnitOfWork
{
    private const int MaxTransactionItems = 100;

    private readonly IDynamoDBContext _context;
    private readonly ILogger<DynamoDbUnitOfWork> _logger;
    private readonly Dictionary<Type, ITransactWrite> _writes = new();
    private int _count;

    public DynamoDbUnitOfWork(IDynamoDBContext context, ILogger<DynamoDbUnitOfWork> logger)
    {
        _context = context;
        _logger = logger;
    }

    public void AddSave<TEntity>(TEntity entity)
        where TEntity : class
    {
        Writer<TEntity>().AddSaveItem(entity);
        _count++;
    }

    public void AddDelete<TEntity>(TEntity entity)
        where TEntity : class
    {
        Writer<TEntity>().AddDeleteItem(entity);
        _count++;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_count == 0)
        {
            return;
        }

        if (_count > MaxTransactionItems)
        {
            throw new RepositoryException($"A transaction can hold at most {MaxTransactionItems} items; this one has {_count}.");
        }

        var multi = _context.CreateMultiTableTransactWrite(_writes.Values.ToArray());
        try
        {
            await multi.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("Committed a transaction of {Count} writes", _count);
        }
        catch (TransactionCanceledException ex)
        {
            var reasons = string.Join(", ", (ex.CancellationReasons ?? new List<CancellationReason>()).Select(r => r.Code));
            _logger.LogWarning(ex, "Transaction cancelled: {Reasons}", reasons);
            throw new RepositoryException("The transaction was cancelled: " + reasons, ex);
        }
        finally
        {
            _writes.Clear();
            _count = 0;
        }
    }

    private ITransactWrite<TEntity> Writer<TEntity>()
        where TEntity : class
    {
        if (!_writes.TryGetValue(typeof(TEntity), out var writer))
        {
            writer = _context.CreateTransactWrite<TEntity>();
            _writes[typeof(TEntity)] = writer;
        }

        return (ITransactWrite<TEntity>)writer;
    }
}
