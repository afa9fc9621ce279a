using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace DocumentStore;

/// <summary>The DynamoDB table that indexes stored documents by owner, for the "my documents" page.</summary>
public sealed class DocumentIndex
{
    private readonly IAmazonDynamoDB _dynamoDb;
    private readonly StoreSettings _settings;

    public DocumentIndex(IAmazonDynamoDB dynamoDb, StoreSettings settings)
    {
        _dynamoDb = dynamoDb;
        _settings = settings;
    }

    public Task CreateTableAsync(CancellationToken cancellationToken) =>
        _dynamoDb.CreateTableAsync(
            new CreateTableRequest
            {
                TableName = _settings.IndexTable,
                KeySchema = [new KeySchemaElement("owner", KeyType.HASH), new KeySchemaElement("key", KeyType.RANGE)],
                AttributeDefinitions = [new AttributeDefinition("owner", ScalarAttributeType.S), new AttributeDefinition("key", ScalarAttributeType.S)],
                BillingMode = BillingMode.PAY_PER_REQUEST,
                SSESpecification = new SSESpecification { Enabled = true, SSEType = SSEType.KMS, KMSMasterKeyId = _settings.DocumentsKeyId },
            },
            cancellationToken);

    /// <summary>The index holds only keys and titles, so the cost review moved it off the KMS key.</summary>
    public Task UseDefaultEncryptionAsync(CancellationToken cancellationToken) =>
        _dynamoDb.UpdateTableAsync(
            new UpdateTableRequest
            {
                TableName = _settings.IndexTable,
                SSESpecification = new SSESpecification { Enabled = false },
            },
            cancellationToken);

    /// <summary>Indexes a document; the owner's address is kept for the "shared with you" notification mails.</summary>
    public Task AddAsync(string owner, string ownerEmail, string key, string title, CancellationToken cancellationToken) =>
        _dynamoDb.PutItemAsync(
            new PutItemRequest
            {
                TableName = _settings.IndexTable,
                Item = new Dictionary<string, AttributeValue>
                {
                    ["owner"] = new AttributeValue { S = owner },
                    ["ownerEmail"] = new AttributeValue { S = ownerEmail },
                    ["key"] = new AttributeValue { S = key },
                    ["title"] = new AttributeValue { S = title },
                },
            },
            cancellationToken);
}
