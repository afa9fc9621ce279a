// Shaped like the AWS CDK .NET sample apps of a serverless service: the order service's stack (a receipts bucket, the
// orders table, a queue with its dead-letter queue and the Lambda function that drains it), deployed by `cdk deploy`
// from the solution's infrastructure project.
using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Lambda.EventSources;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Constructs;

namespace OrderService.Infrastructure
{
    public sealed class Program
    {
        public static void Main()
        {
            var app = new App();
            new OrderServiceStack(app, "OrderServiceStack", new StackProps
            {
                Env = new Amazon.CDK.Environment { Account = "123456789012", Region = "eu-west-1" },
                Description = "Order intake: queue, processor, order table and receipts",
            });
            app.Synth();
        }
    }

    public sealed class OrderServiceStack : Stack
    {
        public OrderServiceStack(Construct scope, string id, IStackProps props)
            : base(scope, id, props)
        {
            var receipts = new Bucket(this, "Receipts", new BucketProps // act: SRM4004
            {
                Encryption = BucketEncryption.S3_MANAGED,
                BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
                EnforceSSL = true,
                RemovalPolicy = RemovalPolicy.RETAIN,
            });

            var orders = new Table(this, "Orders", new TableProps // act: SRM4001
            {
                PartitionKey = new Attribute { Name = "customerId", Type = AttributeType.STRING },
                SortKey = new Attribute { Name = "orderId", Type = AttributeType.STRING },
                BillingMode = BillingMode.PAY_PER_REQUEST,
                Encryption = TableEncryption.AWS_MANAGED,
                RemovalPolicy = RemovalPolicy.RETAIN,
            });
            orders.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
            {
                IndexName = "byStatus",
                PartitionKey = new Attribute { Name = "status", Type = AttributeType.STRING },
            });

            var idempotency = new Table(this, "Idempotency", new TableProps // noise: SRM4001
            {
                PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING },
                BillingMode = BillingMode.PAY_PER_REQUEST,
                TimeToLiveAttribute = "expiration",
                RemovalPolicy = RemovalPolicy.DESTROY,
            });

            var deadLetters = new Queue(this, "OrdersDlq", new QueueProps
            {
                RetentionPeriod = Duration.Days(14),
                EnforceSSL = true,
            });

            var intake = new Queue(this, "OrdersQueue", new QueueProps
            {
                VisibilityTimeout = Duration.Seconds(180),
                Encryption = QueueEncryption.SQS_MANAGED,
                EnforceSSL = true,
                DeadLetterQueue = new DeadLetterQueue { Queue = deadLetters, MaxReceiveCount = 3 },
            });

            var processor = new Function(this, "OrderProcessor", new FunctionProps
            {
                Runtime = Runtime.DOTNET_8,
                Handler = "OrderProcessor::OrderProcessor.Function::FunctionHandler",
                Code = Code.FromAsset("../src/OrderProcessor/bin/Release/net8.0/publish"),
                MemorySize = 512,
                Timeout = Duration.Seconds(30),
                Environment = new Dictionary<string, string>
                {
                    ["ORDERS_TABLE"] = orders.TableName,
                    ["IDEMPOTENCY_TABLE"] = idempotency.TableName,
                    ["RECEIPTS_BUCKET"] = receipts.BucketName,
                    ["POWERTOOLS_SERVICE_NAME"] = "orders",
                },
            });
            processor.AddEventSource(new SqsEventSource(intake, new SqsEventSourceProps { BatchSize = 10, ReportBatchItemFailures = true }));

            orders.GrantReadWriteData(processor);
            idempotency.GrantReadWriteData(processor);
            receipts.GrantPut(processor);

            // The carrier's label API still wants the keys of the IAM user it was set up with in 2019.
            var labels = new Function(this, "ShippingLabels", new FunctionProps
            {
                Runtime = Runtime.DOTNET_8,
                Handler = "ShippingLabels::ShippingLabels.Function::FunctionHandler",
                Code = Code.FromAsset("../src/ShippingLabels/bin/Release/net8.0/publish"),
                Environment = new Dictionary<string, string>
                {
                    ["CARRIER_ACCESS_KEY_ID"] = "AKIAQ3EGV7LN2RPK5TXW", // act: SRM6001
                    ["CARRIER_REGION"] = "eu-west-1",
                },
            });
            intake.GrantConsumeMessages(labels);

            new CfnOutput(this, "QueueUrl", new CfnOutputProps { Value = intake.QueueUrl });
        }
    }
}
