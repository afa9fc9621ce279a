// Shaped like the development stacks .NET teams deploy per developer or per pull request: everything is torn down
// with `cdk destroy`, the account and Region come from the CLI's profile, and the database is a small single instance.
using System;
using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Constructs;
using InstanceType = Amazon.CDK.AWS.EC2.InstanceType;

namespace Catalog.Infrastructure
{
    public static class PreviewApp
    {
        public static void Main()
        {
            var app = new App();
            var developer = app.Node.TryGetContext("developer") as string ?? System.Environment.UserName;
            new PreviewEnvironmentStack(app, $"CatalogPreview-{developer}", new StackProps
            {
                Env = new Amazon.CDK.Environment
                {
                    Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"),
                    Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION"),
                },
                Tags = new Dictionary<string, string> { ["environment"] = "preview", ["owner"] = developer },
            });
            app.Synth();
        }
    }

    public sealed class PreviewEnvironmentStack : Stack
    {
        public PreviewEnvironmentStack(Construct scope, string id, IStackProps props)
            : base(scope, id, props)
        {
            var images = new Bucket(this, "ProductImages", new BucketProps // noise: SRM4004
            {
                RemovalPolicy = RemovalPolicy.DESTROY,
                AutoDeleteObjects = true,
                EnforceSSL = true,
            });

            var products = new Table(this, "Products", new TableProps // noise: SRM4001
            {
                PartitionKey = new Amazon.CDK.AWS.DynamoDB.Attribute { Name = "sku", Type = AttributeType.STRING },
                BillingMode = BillingMode.PAY_PER_REQUEST,
                RemovalPolicy = RemovalPolicy.DESTROY,
            });

            var indexing = new Queue(this, "Indexing", new QueueProps { RemovalPolicy = RemovalPolicy.DESTROY });

            var vpc = new Vpc(this, "Vpc", new VpcProps { MaxAzs = 2, NatGateways = 0 });
            var database = new DatabaseInstance(this, "CatalogDb", new DatabaseInstanceProps // noise: SRM4102, SRM4101
            {
                Engine = DatabaseInstanceEngine.Postgres(new PostgresInstanceEngineProps { Version = PostgresEngineVersion.VER_16_3 }),
                InstanceType = InstanceType.Of(InstanceClass.BURSTABLE4_GRAVITON, InstanceSize.MICRO),
                Vpc = vpc,
                VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
                Credentials = Credentials.FromGeneratedSecret("catalog"),
                StorageEncrypted = true,
                RemovalPolicy = RemovalPolicy.DESTROY,
                DeleteAutomatedBackups = true,
            });

            var api = new Function(this, "CatalogApi", new FunctionProps
            {
                Runtime = Runtime.DOTNET_8,
                Handler = "Catalog.Api",
                Code = Code.FromAsset("../src/Catalog.Api/bin/Release/net8.0/publish"),
                Vpc = vpc,
                Environment = new Dictionary<string, string>
                {
                    ["IMAGES_BUCKET"] = images.BucketName,
                    ["PRODUCTS_TABLE"] = products.TableName,
                    ["INDEXING_QUEUE"] = indexing.QueueUrl,
                    ["DB_SECRET_ARN"] = database.Secret!.SecretArn,
                    ["ASPNETCORE_ENVIRONMENT"] = "Development",
                },
            });
            images.GrantReadWrite(api);
            products.GrantReadWriteData(api);
            indexing.GrantSendMessages(api);
            database.Secret.GrantRead(api);
            database.Connections.AllowDefaultPortFrom(api);

            new CfnOutput(this, "ApiFunction", new CfnOutputProps { Value = api.FunctionName });
        }
    }
}
