// Shaped like a small DynamoDB ORM / repository library and the lock provider such libraries ship: they write whatever
// entity their callers define, and keep their own expiring bookkeeping tables.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repository;

public interface IRepository<T> where T : class
{
    Task<T?> GetAsync(object hashKey, CancellationToken cancellationToken = default);
    Task SaveAsync(T entity, CancellationToken cancellationToken = default);
    Task DeleteAsync(T entity, CancellationToken cancellationToken = default);
}

public class DynamoRepository<T> : IRepository<T> where T : class
{
    private readonly IDynamoDBContext _context;

    public DynamoRepository(IDynamoDBContext context) => _context = context;

    public async Task<T?> GetAsync(object hashKey, CancellationToken cancellationToken = default) =>
        await _context.LoadAsync<T>(hashKey, cancellationToken);

    public Task SaveAsync(T entity, CancellationToken cancellationToken = default) =>
        _context.SaveAsync(entity, cancellationToken); // noise: SRM2001

    public async Task SaveManyAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var batch = _context.CreateBatchWrite<T>();
        batch.AddPutItems(entities); // noise: SRM2001
        await batch.ExecuteAsync(cancellationToken);
    }

    public Task DeleteAsync(T entity, CancellationToken cancellationToken = default) =>
        _context.DeleteAsync(entity, cancellationToken);
}

/// <summary>A distributed lock over a DynamoDB table whose items expire: the library creates its own table.</summary>
public sealed class DynamoLockProvider
{
    private const string LockTable = "distributed-locks";
    private readonly IAmazonDynamoDB _dynamo;

    public DynamoLockProvider(IAmazonDynamoDB dynamo) => _dynamo = dynamo;

    public async Task EnsureTableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _dynamo.DescribeTableAsync(LockTable, cancellationToken);
            return;
        }
        catch (ResourceNotFoundException)
        {
        }

        await _dynamo.CreateTableAsync(new CreateTableRequest // noise: SRM4001
        {
            TableName = LockTable,
            KeySchema = new List<KeySchemaElement> { new KeySchemaElement("lockId", KeyType.HASH) },
            AttributeDefinitions = new List<AttributeDefinition> { new AttributeDefinition("lockId", ScalarAttributeType.S) },
            BillingMode = BillingMode.PAY_PER_REQUEST,
        }, cancellationToken);

        await _dynamo.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
        {
            TableName = LockTable,
            TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = "expiresAt", Enabled = true },
        }, cancellationToken);
    }

    public async Task<bool> TryAcquireAsync(string lockId, string owner, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        try
        {
            await _dynamo.PutItemAsync(new PutItemRequest // noise: SRM2001
            {
                TableName = LockTable,
                Item = new Dictionary<string, AttributeValue>
                {
                    ["lockId"] = new AttributeValue { S = lockId },
                    ["owner"] = new AttributeValue { S = owner },
                    ["expiresAt"] = new AttributeValue { N = DateTimeOffset.UtcNow.Add(lease).ToUnixTimeSeconds().ToString() },
                },
                ConditionExpression = "attribute_not_exists(lockId)",
            }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }
}
