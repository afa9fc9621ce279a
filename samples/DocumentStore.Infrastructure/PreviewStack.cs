using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace DocumentStore.Infrastructure;

/// <summary>
/// A preview environment per pull request. SRM4007 is Info by default (this sample raises it): DESTROY suits a
/// throwaway stack like this one, and the finding asks whoever deploys it to production to think again.
/// </summary>
public sealed class PreviewStack : Stack
{
    public PreviewStack(Construct scope, string id, IStackProps props = null)
        : base(scope, id, props)
    {
        new Bucket(this, "PreviewDocuments", new BucketProps
        {
            Versioned = true,
            EnforceSSL = true,
            RemovalPolicy = RemovalPolicy.DESTROY,
            AutoDeleteObjects = true,
        });
    }
}
