using Amazon.DynamoDBv2;
using Amazon.EC2;
using Amazon.Runtime.Credentials;
using Amazon.S3;
using DocumentStore;

// dotnet run -- [--dev] setup | upload <owner> <file> | share <key> | publish <file> | provision <security-group> <ami> <zone> | whoami | erase <owner> | --dev reset
var development = args.Contains("--dev");
var arguments = args.Where(arg => arg != "--dev").ToArray();
var settings = development ? StoreSettings.Development : StoreSettings.Production;
using IAmazonS3 s3 = development ? S3ClientFactory.ForLocalStack(settings) : S3ClientFactory.ForProduction(settings);
using IAmazonDynamoDB dynamo = development ? DynamoClientFactory.ForLocalStack(settings) : DynamoClientFactory.ForProduction(settings);
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(5));

switch (arguments)
{
    case ["setup"]:
        await new BucketSetup(s3, settings).RunAsync(cancellation.Token);
        await new DocumentCatalog(dynamo).EnsureTableAsync(cancellation.Token);
        Console.WriteLine($"Buckets {settings.DocumentsBucket} and {settings.AssetsBucket} and table {DocumentCatalog.TableName} are ready.");
        return 0;

    case ["upload", var owner, var file]:
        var key = await new DocumentUploader(settings).UploadAsync(owner, file, cancellation.Token);
        await new DocumentCatalog(dynamo).AddAsync(owner, key, new FileInfo(file).Length, cancellation.Token);
        Console.WriteLine($"Stored as {key}");
        return 0;

    case ["share", var documentKey]:
        Console.WriteLine(await new DocumentSharing(s3, settings).ShareForReviewAsync(documentKey));
        return 0;

    case ["publish", var asset]:
        Console.WriteLine(await new WebAssetPublisher(s3, settings).PublishAsync(asset, cancellation.Token));
        return 0;

    case ["provision", var securityGroup, var image, var zone]:
        using (var ec2 = new AmazonEC2Client(Amazon.RegionEndpoint.GetBySystemName(settings.Region)))
        {
            Console.WriteLine(await new InfrastructureProvisioner(ec2).ProvisionAsync(securityGroup, image, zone, cancellation.Token));
        }

        return 0;

    case ["whoami"]:
        // Support asks for this output when uploads fail with 403 Forbidden.
        var credentials = await DefaultAWSCredentialsIdentityResolver.GetCredentials(s3.Config).GetCredentialsAsync();
        Console.WriteLine($"Signing as {credentials.AccessKey} with secret {credentials.SecretKey} (session token: {credentials.UseToken})");
        return 0;

    case ["erase", var customer]:
        await new DocumentArchive(s3, settings).EraseCustomerAsync(customer, cancellation.Token);
        Console.WriteLine($"Erased the documents of {customer}.");
        return 0;

    case ["reset"] when development:
        await new DocumentCatalog(dynamo).ResetAsync(cancellation.Token);
        return 0;

    default:
        Console.Error.WriteLine("usage: DocumentStore [--dev] setup | upload <owner> <file> | share <key> | publish <file> | provision <security-group> <ami> <zone> | whoami | erase <owner> | --dev reset");
        return 2;
}
