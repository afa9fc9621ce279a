using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace DocumentStore;

/// <summary>Builds the DynamoDB client of the document index, for the same environments as the S3 clients.</summary>
public static class DynamoClientFactory
{
    public static IAmazonDynamoDB ForProduction(StoreSettings settings) =>
        new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(settings.Region));

    /// <summary>The developer's client: LocalStack on this machine, dummy credentials.</summary>
    public static IAmazonDynamoDB ForLocalStack(StoreSettings settings) =>
        new AmazonDynamoDBClient(
            new BasicAWSCredentials("test", "test"),
            new AmazonDynamoDBConfig { ServiceURL = "http://localhost:4566", AuthenticationRegion = settings.Region });
}
