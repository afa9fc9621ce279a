// Shaped like the AWS CDK static-site samples: the marketing site's bucket, served as an S3 website behind CloudFront
// (public on purpose), and the newer private docs site behind CloudFront with an origin access control.
using Amazon.CDK;
using Amazon.CDK.AWS.CloudFront;
using Amazon.CDK.AWS.CloudFront.Origins;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.S3.Deployment;
using Constructs;

namespace Marketing.Infrastructure
{
    public sealed class StaticSiteStack : Stack
    {
        public StaticSiteStack(Construct scope, string id, string siteDomain, IStackProps props)
            : base(scope, id, props)
        {
            var siteBucket = new Bucket(this, "SiteBucket", new BucketProps // noise: SRM4004
            {
                BucketName = siteDomain,
                WebsiteIndexDocument = "index.html",
                WebsiteErrorDocument = "error.html",
                PublicReadAccess = true, // noise: SRM5003
                BlockPublicAccess = BlockPublicAccess.BLOCK_ACLS, // noise: SRM5004
                RemovalPolicy = RemovalPolicy.DESTROY,
                AutoDeleteObjects = true,
            });

            var distribution = new Distribution(this, "SiteDistribution", new DistributionProps
            {
                DefaultRootObject = "index.html",
                DomainNames = new[] { siteDomain },
                DefaultBehavior = new BehaviorOptions
                {
                    Origin = new HttpOrigin(siteBucket.BucketWebsiteDomainName, new HttpOriginProps { ProtocolPolicy = OriginProtocolPolicy.HTTP_ONLY }),
                    ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                },
            });

            new BucketDeployment(this, "DeploySite", new BucketDeploymentProps
            {
                Sources = new[] { Source.Asset("./site-contents") },
                DestinationBucket = siteBucket,
                Distribution = distribution,
                DistributionPaths = new[] { "/*" },
            });

            // The developer docs: a private bucket that only CloudFront reads.
            var docsBucket = new Bucket(this, "DocsBucket", new BucketProps // noise: SRM4004
            {
                BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
                Encryption = BucketEncryption.S3_MANAGED,
                EnforceSSL = true,
                RemovalPolicy = RemovalPolicy.DESTROY,
                AutoDeleteObjects = true,
            });

            var docs = new Distribution(this, "DocsDistribution", new DistributionProps
            {
                DefaultRootObject = "index.html",
                DefaultBehavior = new BehaviorOptions
                {
                    Origin = S3BucketOrigin.WithOriginAccessControl(docsBucket),
                    ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                },
            });

            new BucketDeployment(this, "DeployDocs", new BucketDeploymentProps
            {
                Sources = new[] { Source.Asset("./docs-site") },
                DestinationBucket = docsBucket,
                Distribution = docs,
            });

            new CfnOutput(this, "SiteUrl", new CfnOutputProps { Value = "https://" + distribution.DistributionDomainName });
        }
    }
}
