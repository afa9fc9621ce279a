using Amazon.S3;
using Amazon.S3.Model;

namespace DocumentStore;

/// <summary>Creates and configures the store's two buckets. Run once per environment.</summary>
public sealed class BucketSetup
{
    private const string AllUsersGroup = "http://acs.amazonaws.com/groups/global/AllUsers";

    /// <summary>Lets any browser fetch the web site's assets.</summary>
    private const string PublicWebsitePolicy = $$"""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Sid": "PublicReadForWebsite",
              "Effect": "Allow",
              "Principal": "*",
              "Action": "s3:GetObject",
              "Resource": "arn:aws:s3:::{{StoreSettings.AssetsBucketName}}/*"
            }
          ]
        }
        """;

    private readonly IAmazonS3 _s3;
    private readonly StoreSettings _settings;

    public BucketSetup(IAmazonS3 s3, StoreSettings settings)
    {
        _s3 = s3;
        _settings = settings;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await CreateDocumentsBucketAsync(cancellationToken);
        await CreateAssetsBucketAsync(cancellationToken);
    }

    /// <summary>The documents bucket: owner-enforced (no ACLs), Block Public Access fully on.</summary>
    private async Task CreateDocumentsBucketAsync(CancellationToken cancellationToken)
    {
        await _s3.PutBucketAsync(
            new PutBucketRequest
            {
                BucketName = _settings.DocumentsBucket,
                ObjectOwnership = ObjectOwnership.BucketOwnerEnforced,
            },
            cancellationToken);

        await _s3.PutPublicAccessBlockAsync(
            new PutPublicAccessBlockRequest
            {
                BucketName = _settings.DocumentsBucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = true,
                    RestrictPublicBuckets = true,
                },
            },
            cancellationToken);
    }

    /// <summary>The web site's assets bucket, readable by anyone: the findings here are the point of the sample.</summary>
    private async Task CreateAssetsBucketAsync(CancellationToken cancellationToken)
    {
        await _s3.PutBucketAsync(new PutBucketRequest { BucketName = _settings.AssetsBucket }, cancellationToken);

        // The publisher sets per-object ACLs, which only work while ACLs are enabled.
        await _s3.PutBucketOwnershipControlsAsync(
            new PutBucketOwnershipControlsRequest
            {
                BucketName = _settings.AssetsBucket,
                OwnershipControls = new OwnershipControls
                {
                    Rules = [new OwnershipControlsRule { ObjectOwnership = ObjectOwnership.BucketOwnerPreferred }],
                },
            },
            cancellationToken);

        // New buckets block public ACLs and policies; the web site needs both.
        await _s3.PutPublicAccessBlockAsync(
            new PutPublicAccessBlockRequest
            {
                BucketName = _settings.AssetsBucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = false,
                    IgnorePublicAcls = false,
                    BlockPublicPolicy = false,
                    RestrictPublicBuckets = false,
                },
            },
            cancellationToken);

        await _s3.PutBucketPolicyAsync(
            new PutBucketPolicyRequest { BucketName = _settings.AssetsBucket, Policy = PublicWebsitePolicy },
            cancellationToken);

        // Directory listings for the site's "browse assets" page.
        var current = await _s3.GetBucketAclAsync(new GetBucketAclRequest { BucketName = _settings.AssetsBucket }, cancellationToken);
        var grants = current.Grants ?? [];
        grants.Add(new S3Grant
        {
            Grantee = new S3Grantee { URI = AllUsersGroup },
            Permission = S3Permission.READ,
        });
        await _s3.PutBucketAclAsync(
            new PutBucketAclRequest
            {
                BucketName = _settings.AssetsBucket,
                AccessControlPolicy = new S3AccessControlList { Owner = current.Owner, Grants = grants },
            },
            cancellationToken);
    }

    /// <summary>Reads one document of the old archive, which the old system stored with SSE-C.</summary>
    public Task<GetObjectResponse> ReadArchivedAsync(string legacyBucket, string key, CancellationToken cancellationToken) =>
        _s3.GetObjectAsync(
            new GetObjectRequest
            {
                BucketName = legacyBucket,
                Key = key,
                ServerSideEncryptionCustomerMethod = ServerSideEncryptionCustomerMethod.AES256,
                ServerSideEncryptionCustomerProvidedKey = "kP9vV1mQx3Yl2dG8sT5rZ0aN7wE4uJ6cB1hF8iK3oLs=",
            },
            cancellationToken);

    /// <summary>
    /// Moves a bucket of the old document system over to the web site: its files are linked from old pages,
    /// so it has to be reachable the way it was before Block Public Access existed.
    /// </summary>
    public async Task AdoptLegacyBucketAsync(string legacyBucket, CancellationToken cancellationToken)
    {
        #pragma warning disable SRM5004 // the old pages link the files directly; reviewed with the web team
        await _s3.DeletePublicAccessBlockAsync(
            new DeletePublicAccessBlockRequest { BucketName = legacyBucket },
            cancellationToken);
        #pragma warning restore SRM5004

        // The old system's KMS key is being retired with it.
        await _s3.DeleteBucketEncryptionAsync(
            new DeleteBucketEncryptionRequest { BucketName = legacyBucket },
            cancellationToken);

        await _s3.PutBucketOwnershipControlsAsync(
            new PutBucketOwnershipControlsRequest
            {
                BucketName = legacyBucket,
                OwnershipControls = new OwnershipControls
                {
                    Rules = [new OwnershipControlsRule { ObjectOwnership = ObjectOwnership.ObjectWriter }],
                },
            },
            cancellationToken);
    }
}
