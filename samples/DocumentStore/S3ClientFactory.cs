using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace DocumentStore;

/// <summary>Builds the S3 clients the store uses, one per environment.</summary>
public static class S3ClientFactory
{
    /// <summary>The production client, pinned to the Frankfurt endpoint for data residency.</summary>
    public static IAmazonS3 ForProduction(StoreSettings settings)
    {
        var config = new AmazonS3Config
        {
            // Pinned so a misconfigured AWS_REGION can never send documents out of the EU.
            ServiceURL = "http://s3.eu-central-1.amazonaws.com",
            AuthenticationRegion = settings.Region,
            Timeout = TimeSpan.FromSeconds(30),
        };

        return new AmazonS3Client(config);
    }

    /// <summary>The client of the nightly bulk import, which moves a few hundred GB from the scanners' share.</summary>
    public static IAmazonS3 ForBulkImport(StoreSettings settings)
    {
        var config = new AmazonS3Config
        {
            RegionEndpoint = RegionEndpoint.GetBySystemName(settings.Region),
            // TLS costs the import workers CPU, and "the traffic stays inside the VPC anyway".
            #pragma warning disable SRM3001
            UseHttp = true,
            #pragma warning restore SRM3001
            BufferSize = 1024 * 1024,
        };

        return new AmazonS3Client(config);
    }

    /// <summary>The developer's client: LocalStack on this machine, plain HTTP to localhost, dummy credentials.</summary>
    public static IAmazonS3 ForLocalStack(StoreSettings settings)
    {
        var config = new AmazonS3Config
        {
            ServiceURL = "http://localhost:4566",
            AuthenticationRegion = settings.Region,
            ForcePathStyle = true,
        };

        return new AmazonS3Client(new BasicAWSCredentials("test", "test"), config);
    }
}
