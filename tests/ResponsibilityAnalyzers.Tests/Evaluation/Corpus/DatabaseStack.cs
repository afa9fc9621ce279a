// Shaped like the AWS CDK .NET samples of a VPC with an RDS database: a three-tier network, the application's
// PostgreSQL database, a reporting replica set up later by another team, security groups and a bastion host for the
// operators.
using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.RDS;
using Constructs;
using InstanceType = Amazon.CDK.AWS.EC2.InstanceType;

namespace Billing.Infrastructure
{
    public sealed class DatabaseStack : Stack
    {
        public DatabaseStack(Construct scope, string id, IStackProps props)
            : base(scope, id, props)
        {
            var vpc = new Vpc(this, "Vpc", new VpcProps
            {
                MaxAzs = 2,
                NatGateways = 1,
                SubnetConfiguration = new ISubnetConfiguration[]
                {
                    new SubnetConfiguration { Name = "public", SubnetType = SubnetType.PUBLIC, CidrMask = 24 },
                    new SubnetConfiguration { Name = "app", SubnetType = SubnetType.PRIVATE_WITH_EGRESS, CidrMask = 24 },
                    new SubnetConfiguration { Name = "data", SubnetType = SubnetType.PRIVATE_ISOLATED, CidrMask = 24 },
                },
            });

            var appSecurityGroup = new SecurityGroup(this, "AppSg", new SecurityGroupProps { Vpc = vpc, Description = "Billing API tasks" });
            var databaseSecurityGroup = new SecurityGroup(this, "DatabaseSg", new SecurityGroupProps
            {
                Vpc = vpc,
                Description = "Billing database",
                AllowAllOutbound = false,
            });
            databaseSecurityGroup.AddIngressRule(appSecurityGroup, Port.Tcp(5432), "API to PostgreSQL");

            var loadBalancerSecurityGroup = new SecurityGroup(this, "LoadBalancerSg", new SecurityGroupProps { Vpc = vpc, Description = "Public load balancer" });
            loadBalancerSecurityGroup.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(443), "HTTPS from the internet");
            appSecurityGroup.AddIngressRule(loadBalancerSecurityGroup, Port.Tcp(8080), "load balancer to API");

            var bastionSecurityGroup = new SecurityGroup(this, "BastionSg", new SecurityGroupProps { Vpc = vpc, Description = "Operators' bastion" });
            bastionSecurityGroup.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(22), "SSH for the on-call engineer"); // act: SRM5102
            databaseSecurityGroup.AddIngressRule(bastionSecurityGroup, Port.Tcp(5432), "bastion to PostgreSQL");

            new BastionHostLinux(this, "Bastion", new BastionHostLinuxProps
            {
                Vpc = vpc,
                SecurityGroup = bastionSecurityGroup,
                SubnetSelection = new SubnetSelection { SubnetType = SubnetType.PUBLIC },
                InstanceType = new InstanceType("t3.nano"),
                RequireImdsv2 = true,
            });

            var database = new DatabaseInstance(this, "Database", new DatabaseInstanceProps
            {
                Engine = DatabaseInstanceEngine.Postgres(new PostgresInstanceEngineProps { Version = PostgresEngineVersion.VER_16_3 }),
                InstanceType = InstanceType.Of(InstanceClass.BURSTABLE3, InstanceSize.MEDIUM),
                Vpc = vpc,
                VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
                SecurityGroups = new[] { databaseSecurityGroup },
                Credentials = Credentials.FromGeneratedSecret("billing_admin"),
                DatabaseName = "billing",
                AllocatedStorage = 100,
                MaxAllocatedStorage = 500,
                MultiAz = true,
                StorageEncrypted = true,
                BackupRetention = Duration.Days(14),
                DeletionProtection = true,
                RemovalPolicy = RemovalPolicy.SNAPSHOT,
            });

            // The finance team's reporting copy, restored nightly from an export.
            var reporting = new DatabaseInstance(this, "Reporting", new DatabaseInstanceProps // act: SRM2102, SRM4102, SRM4101
            {
                Engine = DatabaseInstanceEngine.Postgres(new PostgresInstanceEngineProps { Version = PostgresEngineVersion.VER_16_3 }),
                InstanceType = InstanceType.Of(InstanceClass.BURSTABLE3, InstanceSize.SMALL),
                Vpc = vpc,
                VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
                SecurityGroups = new[] { databaseSecurityGroup },
                Credentials = Credentials.FromGeneratedSecret("reporting"),
                AllocatedStorage = 50,
            });

            new CfnOutput(this, "DatabaseEndpoint", new CfnOutputProps { Value = database.DbInstanceEndpointAddress });
            new CfnOutput(this, "ReportingEndpoint", new CfnOutputProps { Value = reporting.DbInstanceEndpointAddress });
        }
    }
}
