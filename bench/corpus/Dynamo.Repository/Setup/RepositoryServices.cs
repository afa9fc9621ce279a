using System;
using Dynamo.Repository.Infrastructure;
using Dynamo.Repository.Repositories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dynamo.Repository.Setup;

/// <summary>
/// Wires the repositories together for hosts that do not use a DI container
/// (the CLI tools and the Lambda functions).
/// </summary>
public sealed class RepositoryServices : IDisposable
{
    private readonly DynamoDbContextFactory _factory;

    public RepositoryServices(DynamoDbOptions options)
    {
        var wrapped = Options.Create(options);
        _factory = new DynamoDbContextFactory(wrapped);
        Customers = new CustomerRepository(_factory.Context, NullLogger<CustomerRepository>.Instance);
        Orders = new OrderRepository(_factory, NullLogger<OrderRepository>.Instance);
        Products = new ProductRepository(_factory, NullLogger<ProductRepository>.Instance);
        Audit = new AuditRepository(_factory.Context, wrapped, NullLogger<AuditRepository>.Instance);
        Sessions = new SessionRepository(_factory.Context, NullLogger<SessionRepository>.Instance);
        Initializer = new TableInitializer(_factory, wrapped, NullLogger<TableInitializer>.Instance);
    }

    public ICustomerRepository Customers { get; }

    public IOrderRepository Orders { get; }

    public IProductRepository Products { get; }

    public IAuditRepository Audit { get; }

    public SessionRepository Sessions { get; }

    public TableInitializer Initializer { get; }

    public DynamoDbUnitOfWork NewUnitOfWork(ILogger<DynamoDbUnitOfWork>? logger = null) =>
        new(_factory.Context, logger ?? NullLogger<DynamoDbUnitOfWork>.Instance);

    public static RepositoryServices ForLocalDevelopment() => new(new DynamoDbOptions
    {
        ServiceUrl = "http://localhost:8000",
        TablePrefix = "dev-",
        CreateTablesIfMissing = true,
        ConsistentReads = true,
    });

    public static RepositoryServices FromEnvironment()
    {
        var stage = Environment.GetEnvironmentVariable("STAGE") ?? "dev";
        return new RepositoryServices(new DynamoDbOptions
        {
            TablePrefix = stage + "-",
            Region = Environment.GetEnvironmentVariable("AWS_REGION") ?? "eu-west-1",
            KmsKeyArn = Environment.GetEnvironmentVariable("TABLE_KMS_KEY_ARN"),
        });
    }

    public void Dispose() => _factory.Dispose();
}
