// Shaped like the provisioning code of a production service: its long-lived tables, buckets, database and hosts, created
// by an installer that runs once per environment.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.RDS;
using Amazon.RDS.Model;
using Amazon.S3;
using Amazon.S3.Model;

namespace Acme.Provisioning;

public class Installer
{
    private static readonly Dictionary<RegionEndpoint, string> RegionLabels = new()
    {
        [RegionEndpoint.EUWest1] = "Ireland",
        [RegionEndpoint.EUCentral1] = "Frankfurt",
        [RegionEndpoint.USEast1] = "N. Virginia", // noise: SRM1001
    };

    private readonly IAmazonDynamoDB _dynamo = new AmazonDynamoDBClient(RegionEndpoint.EUWest1);
    private readonly IAmazonS3 _s3 = new AmazonS3Client(RegionEndpoint.EUWest1);
    private readonly IAmazonS3 _replicaS3 = new AmazonS3Client(RegionEndpoint.USEast1); // act: SRM1001
    private readonly IAmazonEC2 _ec2 = new AmazonEC2Client(RegionEndpoint.EUWest1);
    private readonly IAmazonRDS _rds;

    public Installer(IAmazonRDS rds) => _rds = rds;

    public static string Describe(RegionEndpoint region) => RegionLabels.TryGetValue(region, out var label) ? label : region.SystemName;

    public async Task CreateDataStoresAsync()
    {
        await _dynamo.CreateTableAsync(new CreateTableRequest // act: SRM4001
        {
            TableName = "orders",
            KeySchema = new List<KeySchemaElement> { new KeySchemaElement("orderId", Amazon.DynamoDBv2.KeyType.HASH) },
            AttributeDefinitions = new List<AttributeDefinition> { new AttributeDefinition("orderId", ScalarAttributeType.S) },
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });

        await _s3.PutBucketAsync(new PutBucketRequest { BucketName = "acme-customer-documents" }); // act: SRM4004
        await _s3.PutBucketAclAsync(new PutBucketAclRequest
        {
            BucketName = "acme-customer-documents",
            ACL = S3CannedACL.PublicRead, // act: SRM5001
        });

        await _replicaS3.PutBucketAsync(new PutBucketRequest { BucketName = "acme-customer-documents-replica" }); // act: SRM4004
    }

    public async Task CreateDatabaseAsync(string masterPassword)
    {
        await _rds.CreateDBInstanceAsync(new CreateDBInstanceRequest // act: SRM2102, SRM4102
        {
            DBInstanceIdentifier = "orders-db",
            DBInstanceClass = "db.t3.medium",
            Engine = "postgres",
            AllocatedStorage = 100,
            MasterUsername = "orders_admin",
            MasterUserPassword = masterPassword,
            BackupRetentionPeriod = 0, // act: SRM4101
            PubliclyAccessible = true, // act: SRM5104
        });
    }

    public async Task OpenFirewallAsync(string groupId)
    {
        await _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = groupId,
            IpPermissions = new List<IpPermission>
            {
                new IpPermission
                {
                    IpProtocol = "tcp",
                    FromPort = 443,
                    ToPort = 443,
                    Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } }, // noise: SRM5103
                },
                new IpPermission
                {
                    IpProtocol = "tcp",
                    FromPort = 22,
                    ToPort = 22,
                    Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } }, // act: SRM5102
                },
            },
        });
    }

    public async Task LaunchWindowsWorkerAsync(string subnetId)
    {
        var userData = """
            <powershell>
            $secret = (Get-SECSecretValue -SecretId "prod/worker/db").SecretString | ConvertFrom-Json
            $env:DB_PASSWORD = $secret.password
            Start-Service AcmeWorker
            </powershell>
            """;

        await _ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-0abcdef1234567890", // act: SRM7001
            InstanceType = InstanceType.T3Medium,
            MinCount = 1,
            MaxCount = 1,
            SubnetId = subnetId,
            UserData = Convert.ToBase64String(Encoding.UTF8.GetBytes(userData)), // noise: SRM6101
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required },
        });
    }

    public async Task LaunchLegacyWorkerAsync(string subnetId)
    {
        var userData = "#!/bin/bash\nexport DB_PASSWORD='Sup3rS3cret!2024'\n/opt/acme/worker start\n";
        await _ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-0abcdef1234567890", // act: SRM7001
            InstanceType = InstanceType.T3Medium,
            MinCount = 1,
            MaxCount = 1,
            SubnetId = subnetId,
            UserData = Convert.ToBase64String(Encoding.UTF8.GetBytes(userData)), // act: SRM6101
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required },
        });
    }
}
