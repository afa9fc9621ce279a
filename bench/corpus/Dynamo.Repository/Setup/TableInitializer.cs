using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repository.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dynamo.Repository.Setup;

/// <summary>
/// Creates the tables the repositories need when they do not exist yet.
/// Used by developers against DynamoDB Local and by the first deployment
/// of a new stage; production tables are normally created by the pipeline.
/// </summary>
public class TableInitializer
{
    private readonly IAmazonDynamoDB _client;
    private readonly DynamoDbOptions _options;
    private readonly ILogger<TableInitializer> _logger;

    public TableInitializer(DynamoDbContextFactory factory, IOptions<DynamoDbOptions> options, ILogger<TableInitializer> logger)
    {
        _client = factory.Client;
        _options = options.Value;
        _logger = logger;
    }

    public async Task EnsureTablesAsync(CancellationToken cancellationToken = default)
    {
        if (!_options.CreateTablesIfMissing)
        {
            _logger.LogDebug("Table creation is turned off");
            return;
        }

        var existing = await ListTablesAsync(cancellationToken).ConfigureAwait(false);

        foreach (var definition in Definitions())
        {
            if (existing.Contains(definition.TableName))
            {
                _logger.LogDebug("Table {Table} already exists", definition.TableName);
                continue;
            }

            _logger.LogInformation("Creating table {Table}", definition.TableName);
            await _client.CreateTableAsync(definition, cancellationToken).ConfigureAwait(false);
            await WaitForActiveAsync(definition.TableName, cancellationToken).ConfigureAwait(false);
        }

        await EnableTimeToLiveAsync(Name("AuditLog"), "expiresAt", cancellationToken).ConfigureAwait(false);
        await EnableTimeToLiveAsync(Name("Sessions"), "ttl", cancellationToken).ConfigureAwait(false);

        if (string.IsNullOrEmpty(_options.ServiceUrl))
        {
            // Point-in-time recovery is not supported by DynamoDB Local.
            await EnablePointInTimeRecoveryAsync(Name("Orders"), cancellationToken).ConfigureAwait(false);
            await EnablePointInTimeRecoveryAsync(Name("Customers"), cancellationToken).ConfigureAwait(false);
        }
    }

    private string Name(string logical) => _options.TablePrefix + logical;

    private async Task<HashSet<string>> ListTablesAsync(CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var name in _client.Paginators.ListTables(new ListTablesRequest()).TableNames.WithCancellation(cancellationToken))
        {
            names.Add(name);
        }

        return names;
    }

    private IEnumerable<CreateTableRequest> Definitions()
    {
        yield return new CreateTableRequest
        {
            TableName = Name("Customers"),
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = new List<AttributeDefinition>
            {
                new("pk", ScalarAttributeType.S),
                new("email", ScalarAttributeType.S),
            },
            KeySchema = new List<KeySchemaElement> { new("pk", KeyType.HASH) },
            GlobalSecondaryIndexes = new List<GlobalSecondaryIndex>
            {
                new GlobalSecondaryIndex
                {
                    IndexName = "email-index",
                    KeySchema = new List<KeySchemaElement> { new("email", KeyType.HASH) },
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                },
            },
            SSESpecification = Encryption(),
            DeletionProtectionEnabled = string.IsNullOrEmpty(_options.ServiceUrl),
        };

        yield return new CreateTableRequest
        {
            TableName = Name("Orders"),
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = new List<AttributeDefinition>
            {
                new("customerId", ScalarAttributeType.S),
                new("orderId", ScalarAttributeType.S),
                new("status", ScalarAttributeType.S),
                new("createdAt", ScalarAttributeType.S),
            },
            KeySchema = new List<KeySchemaElement>
            {
                new("customerId", KeyType.HASH),
                new("orderId", KeyType.RANGE),
            },
            GlobalSecondaryIndexes = new List<GlobalSecondaryIndex>
            {
                new GlobalSecondaryIndex
                {
                    IndexName = "status-createdAt-index",
                    KeySchema = new List<KeySchemaElement>
                    {
                        new("status", KeyType.HASH),
                        new("createdAt", KeyType.RANGE),
                    },
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                },
            },
            StreamSpecification = new StreamSpecification
            {
                StreamEnabled = true,
                StreamViewType = StreamViewType.NEW_AND_OLD_IMAGES,
            },
            SSESpecification = Encryption(),
            DeletionProtectionEnabled = string.IsNullOrEmpty(_options.ServiceUrl),
        };

        yield return new CreateTableRequest
        {
            TableName = Name("Products"),
            BillingMode = BillingMode.PROVISIONED,
            ProvisionedThroughput = new ProvisionedThroughput(5, 5),
            AttributeDefinitions = new List<AttributeDefinition>
            {
                new("sku", ScalarAttributeType.S),
                new("Category", ScalarAttributeType.S),
                new("Name", ScalarAttributeType.S),
            },
            KeySchema = new List<KeySchemaElement> { new("sku", KeyType.HASH) },
            GlobalSecondaryIndexes = new List<GlobalSecondaryIndex>
            {
                new GlobalSecondaryIndex
                {
                    IndexName = "category-index",
                    KeySchema = new List<KeySchemaElement>
                    {
                        new("Category", KeyType.HASH),
                        new("Name", KeyType.RANGE),
                    },
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                    ProvisionedThroughput = new ProvisionedThroughput(5, 5),
                },
            },
        };

        yield return new CreateTableRequest
        {
            TableName = Name("AuditLog"),
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = new List<AttributeDefinition>
            {
                new("entityKey", ScalarAttributeType.S),
                new("timestamp", ScalarAttributeType.S),
            },
            KeySchema = new List<KeySchemaElement>
            {
                new("entityKey", KeyType.HASH),
                new("timestamp", KeyType.RANGE),
            },
        };

        yield return new CreateTableRequest
        {
            TableName = Name("Sessions"),
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = new List<AttributeDefinition> { new("sessionId", ScalarAttributeType.S) },
            KeySchema = new List<KeySchemaElement> { new("sessionId", KeyType.HASH) },
        };
    }

    private SSESpecification? Encryption()
    {
        if (string.IsNullOrEmpty(_options.KmsKeyArn))
        {
            // AWS owned key.
            return null;
        }

        return new SSESpecification
        {
            Enabled = true,
            SSEType = SSEType.KMS,
            KMSMasterKeyId = _options.KmsKeyArn,
        };
    }

    private async Task WaitForActiveAsync(string tableName, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            var description = await _client.DescribeTableAsync(tableName, cancellationToken).ConfigureAwait(false);
            var indexesReady = description.Table.GlobalSecondaryIndexes?.All(i => i.IndexStatus == IndexStatus.ACTIVE) ?? true;
            if (description.Table.TableStatus == TableStatus.ACTIVE && indexesReady)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"Table {tableName} did not become active in time.");
    }

    private async Task EnableTimeToLiveAsync(string tableName, string attributeName, CancellationToken cancellationToken)
    {
        var current = await _client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = tableName }, cancellationToken).ConfigureAwait(false);
        if (current.TimeToLiveDescription?.TimeToLiveStatus == TimeToLiveStatus.ENABLED)
        {
            return;
        }

        await _client.UpdateTimeToLiveAsync(
            new UpdateTimeToLiveRequest
            {
                TableName = tableName,
                TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = attributeName, Enabled = true },
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task EnablePointInTimeRecoveryAsync(string tableName, CancellationToken cancellationToken)
    {
        try
        {
            await _client.UpdateContinuousBackupsAsync(
                new UpdateContinuousBackupsRequest
                {
                    TableName = tableName,
                    PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (ContinuousBackupsUnavailableException ex)
        {
            _logger.LogWarning(ex, "Continuous backups are not available yet for {Table}", tableName);
        }
    }
}
