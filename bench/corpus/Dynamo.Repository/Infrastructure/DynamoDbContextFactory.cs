using System;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.Runtime;
using Microsoft.Extensions.Options;

namespace Dynamo.Repository.Infrastructure;

/// <summary>
/// Builds the low-level client and the object persistence context from options.
/// One client per process: the SDK clients are thread-safe and expensive to create.
/// </summary>
public sealed class DynamoDbContextFactory : IDisposable
{
    private readonly DynamoDbOptions _options;
    private readonly Lazy<IAmazonDynamoDB> _client;
    private readonly Lazy<IDynamoDBContext> _context;

    public DynamoDbContextFactory(IOptions<DynamoDbOptions> options)
    {
        _options = options.Value;
        _client = new Lazy<IAmazonDynamoDB>(CreateClient);
        _context = new Lazy<IDynamoDBContext>(CreateContext);
    }

    public IAmazonDynamoDB Client => _client.Value;

    public IDynamoDBContext Context => _context.Value;

    public string TableName(string logicalName) => _options.TablePrefix + logicalName;

    private IAmazonDynamoDB CreateClient()
    {
        var config = new AmazonDynamoDBConfig
        {
            MaxErrorRetry = _options.MaxRetries,
            Timeout = _options.Timeout,
            RetryMode = RequestRetryMode.Adaptive,
        };

        if (!string.IsNullOrEmpty(_options.ServiceUrl))
        {
            // DynamoDB Local and LocalStack accept any credentials.
            config.ServiceURL = _options.ServiceUrl;
            return new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), config);
        }

        config.RegionEndpoint = RegionEndpoint.GetBySystemName(_options.Region);
        return new AmazonDynamoDBClient(config);
    }

    private IDynamoDBContext CreateContext()
    {
        var client = Client;
        return new DynamoDBContextBuilder()
            .WithDynamoDBClient(() => client)
            .ConfigureContext(cfg =>
            {
                cfg.TableNamePrefix = _options.TablePrefix;
                cfg.ConsistentRead = _options.ConsistentReads;
                cfg.Conversion = Amazon.DynamoDBv2.DynamoDBEntryConversion.V2;
                cfg.IgnoreNullValues = true;
            })
            .Build();
    }

    public void Dispose()
    {
        if (_context.IsValueCreated)
        {
            _context.Value.Dispose();
        }

        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }
}
