using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.RDS;
using Constructs;

namespace DocumentStore.Infrastructure;

/// <summary>The document index (DynamoDB) and the billing database (RDS).</summary>
public sealed class DataStack : Stack
{
    public DataStack(Construct scope, string id, IStackProps props, IKey key)
        : base(scope, id, props)
    {
        var documentId = new Attribute { Name = "documentId", Type = AttributeType.STRING };

        // SRM4001 and SRM4003: no point-in-time recovery, no deletion protection; SRM2004: on the AWS owned key, while
        // srm.required_dynamodb_key asks for a customer managed one.
        new Table(this, "DocumentIndex", new TableProps
        {
            PartitionKey = documentId,
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });

        // Compliant: recoverable, protected, encrypted with the store's key.
        new TableV2(this, "DocumentShares", new TablePropsV2
        {
            PartitionKey = documentId,
            PointInTimeRecovery = true,
            DeletionProtection = true,
            Encryption = TableEncryptionV2.CustomerManagedKey(key),
        });

        var vpc = new Vpc(this, "Network", new VpcProps { MaxAzs = 2 });

        // SRM2102, SRM4102 and SRM5104: unencrypted, unprotected and reachable from the internet; SRM6102: its password in
        // the code; SRM4101: automated backups kept for the CDK's default of one day.
        new DatabaseInstance(this, "Billing", new DatabaseInstanceProps
        {
            Engine = DatabaseInstanceEngine.POSTGRES,
            Vpc = vpc,
            Credentials = Credentials.FromPassword("billing", SecretValue.UnsafePlainText("B1lling-2024!")),
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC },
            PubliclyAccessible = true,
        });

        // Compliant: encrypted, protected, private.
        new DatabaseInstance(this, "Audit", new DatabaseInstanceProps
        {
            Engine = DatabaseInstanceEngine.POSTGRES,
            Vpc = vpc,
            StorageEncrypted = true,
            DeletionProtection = true,
            BackupRetention = Duration.Days(14),
        });
    }
}
