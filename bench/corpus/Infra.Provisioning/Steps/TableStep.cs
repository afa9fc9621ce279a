using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Infra.Provisioning.Config;
using Microsoft.Extensions.Logging;

namespace Infra.Provisioning.Steps;

/// <summary>
/// Creates DynamoDB tables, then turns on point-in-time recovery and TTL.
/// </summary>
public class TableStep : IProvisioningStep
{
    public string Name => "tables";

    public async Task ApplyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var log = context.Logger(Name);
        foreach (var spec in context.Environment.Tables)
        {
            var tableName = context.Prefixed(spec.Name);
            if (await ExistsAsync(context.DynamoDb, tableName, cancellationToken))
            {
                log.LogInformation("Table {Table} exists", tableName);
            }
            else if (context.DryRun)
            {
                log.LogInformation("Would create table {Table}", tableName);
                continue;
            }
            else
            {
                await context.DynamoDb.CreateTableAsync(BuildRequest(context, spec, tableName), cancellationToken);
                log.LogInformation("Creating table {Table}", tableName);
                await WaitUntilActiveAsync(context.DynamoDb, tableName, cancellationToken);
            }

            if (spec.PointInTimeRecovery)
            {
                await context.DynamoDb.UpdateContinuousBackupsAsync(
                    new UpdateContinuousBackupsRequest
                    {
                        TableName = tableName,
                        PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification
                        {
                            PointInTimeRecoveryEnabled = true,
                            RecoveryPeriodInDays = context.Environment.Production ? 35 : 7,
                        },
                    },
                    cancellationToken);
            }

            if (spec.TtlAttribute != null)
            {
                var ttl = await context.DynamoDb.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = tableName }, cancellationToken);
                if (ttl.TimeToLiveDescription.TimeToLiveStatus != TimeToLiveStatus.ENABLED)
                {
                    await context.DynamoDb.UpdateTimeToLiveAsync(
                        new UpdateTimeToLiveRequest
                        {
                            TableName = tableName,
                            TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = spec.TtlAttribute, Enabled = true },
                        },
                        cancellationToken);
                }
            }

            context.Outputs[$"table.{spec.Name}"] = tableName;
        }
    }

    private static CreateTableRequest BuildRequest(ProvisioningContext context, TableSpec spec, string tableName)
    {
        var attributes = new List<AttributeDefinition> { new(spec.HashKey, ScalarAttributeType.S) };
        var keySchema = new List<KeySchemaElement> { new(spec.HashKey, KeyType.HASH) };
        if (spec.RangeKey != null)
        {
            attributes.Add(new AttributeDefinition(spec.RangeKey, ScalarAttributeType.S));
            keySchema.Add(new KeySchemaElement(spec.RangeKey, KeyType.RANGE));
        }

        var request = new CreateTableRequest
        {
            TableName = tableName,
            AttributeDefinitions = attributes,
            KeySchema = keySchema,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            DeletionProtectionEnabled = context.Environment.Production,
            Tags = context.Environment.Tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
        };

        if (context.Outputs.TryGetValue("kms.key.arn", out var keyArn))
        {
            request.SSESpecification = new SSESpecification { Enabled = true, SSEType = SSEType.KMS, KMSMasterKeyId = keyArn };
        }

        if (spec.Stream)
        {
            request.StreamSpecification = new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.NEW_AND_OLD_IMAGES };
        }

        if (spec.GsiHashKeys.Count > 0)
        {
            request.GlobalSecondaryIndexes = new List<GlobalSecondaryIndex>();
            foreach (var gsiKey in spec.GsiHashKeys)
            {
                if (attributes.All(a => a.AttributeName != gsiKey))
                {
                    attributes.Add(new AttributeDefinition(gsiKey, ScalarAttributeType.S));
                }

                request.GlobalSecondaryIndexes.Add(new GlobalSecondaryIndex
                {
                    IndexName = gsiKey + "-index",
                    KeySchema = new List<KeySchemaElement> { new(gsiKey, KeyType.HASH) },
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                });
            }
        }

        return request;
    }

    private static async Task<bool> ExistsAsync(IAmazonDynamoDB dynamo, string tableName, CancellationToken cancellationToken)
    {
        try
        {
            await dynamo.DescribeTableAsync(tableName, cancellationToken);
            return true;
        }
        catch (ResourceNotFoundException)
        {
            return false;
        }
    }

    private static async Task WaitUntilActiveAsync(IAmazonDynamoDB dynamo, string tableName, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var response = await dynamo.DescribeTableAsync(tableName, cancellationToken);
            if (response.Table.TableStatus == TableStatus.ACTIVE)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        }

        throw new TimeoutException($"{tableName} is still not active.");
    }

    public async Task DestroyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var spec in context.Environment.Tables)
        {
            var tableName = context.Prefixed(spec.Name);
            if (!await ExistsAsync(context.DynamoDb, tableName, cancellationToken))
            {
                continue;
            }

            // Keep a backup of anything we delete.
            await context.DynamoDb.CreateBackupAsync(new CreateBackupRequest { TableName = tableName, BackupName = $"{tableName}-final-{DateTime.UtcNow:yyyyMMddHHmm}" }, cancellationToken);
            await context.DynamoDb.UpdateTableAsync(new UpdateTableRequest { TableName = tableName, DeletionProtectionEnabled = false }, cancellationToken);
            await context.DynamoDb.DeleteTableAsync(tableName, cancellationToken);
        }
    }
}
