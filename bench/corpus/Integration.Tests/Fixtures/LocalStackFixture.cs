using System;
using System.Net.Http;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.KeyManagementService;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;
using Amazon.SimpleSystemsManagement;
using Amazon.SQS;
using Xunit;

namespace Integration.Tests.Fixtures;

/// <summary>
/// Clients pointed at LocalStack. Start it with
/// <c>docker run -d -p 4566:4566 localstack/localstack</c>; set
/// LOCALSTACK_URL to use another endpoint.
/// </summary>
public sealed class LocalStackFixture : IAsyncLifetime, IDisposable
{
    public const string DefaultEndpoint = "http://localhost:4566";

    public LocalStackFixture()
    {
        Endpoint = Environment.GetEnvironmentVariable("LOCALSTACK_URL") ?? DefaultEndpoint;
        Credentials = new BasicAWSCredentials("test", "test");

        S3 = new AmazonS3Client(Credentials, new AmazonS3Config
        {
            ServiceURL = Endpoint,
            ForcePathStyle = true,
            AuthenticationRegion = Region.SystemName,
        });
        DynamoDb = new AmazonDynamoDBClient(Credentials, new AmazonDynamoDBConfig { ServiceURL = Endpoint, AuthenticationRegion = Region.SystemName });
        Sqs = new AmazonSQSClient(Credentials, new AmazonSQSConfig { ServiceURL = Endpoint, AuthenticationRegion = Region.SystemName });
        Kms = new AmazonKeyManagementServiceClient(Credentials, new AmazonKeyManagementServiceConfig { ServiceURL = Endpoint, AuthenticationRegion = Region.SystemName });
        Ssm = new AmazonSimpleSystemsManagementClient(Credentials, new AmazonSimpleSystemsManagementConfig { ServiceURL = Endpoint, AuthenticationRegion = Region.SystemName });
        Sts = new AmazonSecurityTokenServiceClient(Credentials, new AmazonSecurityTokenServiceConfig { ServiceURL = Endpoint, AuthenticationRegion = Region.SystemName });
    }

    public static RegionEndpoint Region { get; } = RegionEndpoint.USEast1;

    public string Endpoint { get; }

    public AWSCredentials Credentials { get; }

    public IAmazonS3 S3 { get; }

    public IAmazonDynamoDB DynamoDb { get; }

    public IAmazonSQS Sqs { get; }

    public IAmazonKeyManagementService Kms { get; }

    public IAmazonSimpleSystemsManagement Ssm { get; }

    public IAmazonSecurityTokenService Sts { get; }

    public bool IsAvailable { get; private set; }

    public async Task InitializeAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            var response = await http.GetAsync(Endpoint + "/_localstack/health");
            IsAvailable = response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            IsAvailable = false;
        }
        catch (TaskCanceledException)
        {
            IsAvailable = false;
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        S3.Dispose();
        DynamoDb.Dispose();
        Sqs.Dispose();
        Kms.Dispose();
        Ssm.Dispose();
        Sts.Dispose();
    }

    public static string UniqueName(string prefix) => $"{prefix}-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..6]}".ToLowerInvariant();
}

[CollectionDefinition(Name)]
public sealed class LocalStackCollection : ICollectionFixture<LocalStackFixture>
{
    public const string Name = "LocalStack";
}
