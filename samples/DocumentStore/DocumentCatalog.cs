using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DocumentStore;

/// <summary>
/// The document index in DynamoDB: one item per stored document (owner, key, size, upload time), so the app can list a
/// customer's documents without listing the bucket.
/// </summary>
public sealed class DocumentCatalog
{
    public const string TableName = "docstore-index";

    private readonly IAmazonDynamoDB _dynamo;

    public DocumentCatalog(IAmazonDynamoDB dynamo)
    {
        _dynamo = dynamo;
    }

    /// <summary>Creates the index table on first run and waits until it takes writes.</summary>
    public async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _dynamo.DescribeTableAsync(TableName, cancellationToken);
            return;
        }
        catch (ResourceNotFoundException)
        {
            // First run: create it below.
        }

        await _dynamo.CreateTableAsync(
            new CreateTableRequest
            {
                TableName = TableName,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                AttributeDefinitions =
                [
                    new AttributeDefinition("Owner", ScalarAttributeType.S),
                    new AttributeDefinition("Key", ScalarAttributeType.S),
                ],
                KeySchema =
                [
                    new KeySchemaElement("Owner", KeyType.HASH),
                    new KeySchemaElement("Key", KeyType.RANGE),
                ],
            },
            cancellationToken);

        while ((await _dynamo.DescribeTableAsync(TableName, cancellationToken)).Table.TableStatus != TableStatus.ACTIVE)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
    }

    /// <summary>Records one stored document.</summary>
    public Task AddAsync(string owner, string key, long size, CancellationToken cancellationToken) =>
        _dynamo.PutItemAsync(
            new PutItemRequest
            {
                TableName = TableName,
                Item = new Dictionary<string, AttributeValue>
                {
                    ["Owner"] = new AttributeValue(owner),
                    ["Key"] = new AttributeValue(key),
                    ["Size"] = new AttributeValue { N = size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    ["Uploaded"] = new AttributeValue(DateTime.UtcNow.ToString("O")),
                },
            },
            cancellationToken);

    /// <summary>
    /// Loads the entries of the old document system in one go. The load rewrites most of the table, so point-in-time
    /// recovery is switched off first: "its restore points would only record the churn of the import".
    /// </summary>
    public async Task ImportAsync(IEnumerable<(string Owner, string Key, long Size)> entries, CancellationToken cancellationToken)
    {
        await _dynamo.UpdateContinuousBackupsAsync(
            new UpdateContinuousBackupsRequest
            {
                TableName = TableName,
                PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = false },
            },
            cancellationToken);

        foreach (var (owner, key, size) in entries)
        {
            await AddAsync(owner, key, size, cancellationToken);
        }
    }

    /// <summary>Drops the index so that the next setup starts from an empty one (development resets).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await _dynamo.DeleteTableAsync(TableName, cancellationToken);
    }
}
