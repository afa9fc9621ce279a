using System;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.KeyManagementService;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;
using Amazon.SimpleSystemsManagement;
using Amazon.SQS;
using Inventory.WebApi.Options;
using Inventory.WebApi.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.WebApi.Infrastructure;

/// <summary>
/// Registers the AWS clients and the application services. The clients are
/// singletons; the region comes from the "AWS" section, and a ServiceURL in
/// the development settings points everything at LocalStack.
/// </summary>
public static class AwsServiceRegistration
{
    public static IServiceCollection AddInventoryServices(this IServiceCollection services, IConfiguration configuration)
    {
        var aws = configuration.GetSection(AwsSettings.SectionName).Get<AwsSettings>() ?? new AwsSettings();

        services.Configure<InventoryOptions>(configuration.GetSection(InventoryOptions.SectionName));
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.SectionName));
        services.Configure<MessagingOptions>(configuration.GetSection(MessagingOptions.SectionName));

        services.AddSingleton<IAmazonS3>(_ => CreateS3(aws));
        services.AddSingleton<IAmazonDynamoDB>(_ => Configure(new AmazonDynamoDBConfig(), aws, c => new AmazonDynamoDBClient(Credentials(aws), c)));
        services.AddSingleton<IAmazonSQS>(_ => Configure(new AmazonSQSConfig(), aws, c => new AmazonSQSClient(Credentials(aws), c)));
        services.AddSingleton<IAmazonKeyManagementService>(_ => Configure(new AmazonKeyManagementServiceConfig(), aws, c => new AmazonKeyManagementServiceClient(Credentials(aws), c)));
        services.AddSingleton<IAmazonSimpleSystemsManagement>(_ => Configure(new AmazonSimpleSystemsManagementConfig(), aws, c => new AmazonSimpleSystemsManagementClient(Credentials(aws), c)));
        services.AddSingleton<IAmazonSecurityTokenService>(_ => new AmazonSecurityTokenServiceClient(RegionEndpoint.GetBySystemName(aws.Region)));
        services.AddSingleton<IDynamoDBContext>(sp =>
        {
            var client = sp.GetRequiredService<IAmazonDynamoDB>();
            return new DynamoDBContextBuilder().WithDynamoDBClient(() => client).Build();
        });

        services.AddScoped<IInventoryService, InventoryService>();
        services.AddScoped<IWarehouseStore, WarehouseStore>();
        services.AddSingleton<IImageStorage, S3ImageStorage>();
        services.AddSingleton<IStockEventPublisher, SqsStockEventPublisher>();
        services.AddSingleton<ISecretsProvider, SsmSecretsProvider>();
        services.AddScoped<IImportService, S3ImportService>();
        return services;
    }

    private static IAmazonS3 CreateS3(AwsSettings aws)
    {
        var config = new AmazonS3Config();
        if (aws.IsLocal)
        {
            config.ServiceURL = aws.ServiceURL;
            config.ForcePathStyle = true;
            config.UseHttp = true;
            return new AmazonS3Client(new BasicAWSCredentials("test", "test"), config);
        }

        config.RegionEndpoint = RegionEndpoint.GetBySystemName(aws.Region);
        return new AmazonS3Client(config);
    }

    private static TClient Configure<TConfig, TClient>(TConfig config, AwsSettings aws, Func<TConfig, TClient> create)
        where TConfig : ClientConfig
    {
        if (aws.IsLocal)
        {
            config.ServiceURL = aws.ServiceURL;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(aws.Region);
        }

        return create(config);
    }

    private static AWSCredentials Credentials(AwsSettings aws) =>
        aws.IsLocal
            ? new BasicAWSCredentials("test", "test")
            : Amazon.Runtime.Credentials.DefaultAWSCredentialsIdentityResolver.GetCredentials(null);
}
