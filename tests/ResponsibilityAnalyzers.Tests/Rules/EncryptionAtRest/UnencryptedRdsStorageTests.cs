using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.UnencryptedRdsStorageAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.UnencryptedRdsStorageFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>
/// AWSSDK.RDS is not served to the tests: the requests come from the marked v4-shaped stand-in (StandIns/AwsSdkRds.cs).
/// The V3 runs put the same stand-in on AWSSDK.Core 3.7, so the rule is shown not to depend on the core's version.
/// </summary>
public class UnencryptedRdsStorageTests
{
    private static readonly string[] Rds = { AwsSdkRds.Source };

    [Fact]
    public Task StorageEncryptedFalse_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            CreateDBInstanceRequest Orders() => new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = "orders",
                Engine = "postgres",
                StorageEncrypted = {|#0:false|},
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2102_UnencryptedRdsStorage).WithLocation(0).WithArguments(
            "RDS is a container service",
            "StorageEncrypted = false: the database storage, its automated backups, snapshots and read replicas are unencrypted, and RDS cannot encrypt an existing database in place"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task MissingFalseAndNull_OnInstancesAndClusters_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using Amazon.RDS;
        using Amazon.RDS.Model;
        using System.Threading.Tasks;

        class Databases
        {
            async Task Create(IAmazonRDS rds, bool cheap)
            {
                await rds.CreateDBInstanceAsync({|SRM2102:new CreateDBInstanceRequest|} { DBInstanceIdentifier = "orders", Engine = "mysql" });
                await rds.CreateDBClusterAsync({|SRM2102:new CreateDBClusterRequest()|});
                var cluster = new CreateDBClusterRequest { DBClusterIdentifier = "analytics" };
                cluster.StorageEncrypted = cheap ? {|SRM2102:null|} : true;
                await rds.CreateDBClusterAsync(cluster);
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EncryptedUnknownInheritedOrSetElsewhere_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using Amazon.RDS;
        using Amazon.RDS.Model;
        using System.Threading.Tasks;

        class Databases
        {
            CreateDBInstanceRequest template = new CreateDBInstanceRequest { Engine = "postgres" };

            async Task Create(IAmazonRDS rds, bool encrypt, CreateDBInstanceRequest fromCaller)
            {
                await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { StorageEncrypted = true });
                await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { StorageEncrypted = encrypt });
                await rds.CreateDBInstanceAsync(new CreateDBInstanceRequest { DBClusterIdentifier = "aurora-main", Engine = "aurora-postgresql" });
                await rds.CreateDBClusterAsync(new CreateDBClusterRequest { ReplicationSourceIdentifier = "arn:aws:rds:eu-west-1:123456789012:cluster:main" });
                await rds.CreateDBClusterAsync(new CreateDBClusterRequest { GlobalClusterIdentifier = "global-orders" });

                var hardened = new CreateDBInstanceRequest { Engine = "postgres" };
                Harden(hardened);
                await rds.CreateDBInstanceAsync(hardened);

                var later = new CreateDBInstanceRequest { Engine = "postgres" };
                later.StorageEncrypted = true;
                await rds.CreateDBInstanceAsync(later);

                fromCaller.Engine = "postgres";
                await rds.CreateDBInstanceAsync(fromCaller);
                await rds.CreateDBInstanceAsync(template);
            }

            static void Harden(CreateDBInstanceRequest request) => request.StorageEncrypted = true;
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.RDS.Model
        {
            public class CreateDBInstanceRequest { public bool? StorageEncrypted { get; set; } }
        }

        class Databases
        {
            object Orders() => new Amazon.RDS.Model.CreateDBInstanceRequest { StorageEncrypted = false };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_SetsStorageEncrypted(Sdk sdk) => VerifyRule.Fix(sdk, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            CreateDBInstanceRequest Orders() => new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = "orders",
                StorageEncrypted = {|SRM2102:false|}, // saves a KMS call
            };

            CreateDBClusterRequest Analytics() => {|SRM2102:new CreateDBClusterRequest|}
            {
                DBClusterIdentifier = "analytics",
                Engine = "aurora-postgresql"
            };

            CreateDBClusterRequest Reporting()
            {
                var request = {|SRM2102:new CreateDBClusterRequest()|};
                request.Engine = "aurora-mysql";
                return request;
            }
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            CreateDBInstanceRequest Orders() => new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = "orders",
                StorageEncrypted = true, // saves a KMS call
            };

            CreateDBClusterRequest Analytics() => new CreateDBClusterRequest
            {
                DBClusterIdentifier = "analytics",
                Engine = "aurora-postgresql",
                StorageEncrypted = true
            };

            CreateDBClusterRequest Reporting()
            {
                var request = new CreateDBClusterRequest { StorageEncrypted = true };
                request.Engine = "aurora-mysql";
                return request;
            }
        }
        """);

    [Fact]
    public Task FixAll_EncryptsEveryRequest() => VerifyRule.FixAll(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object[] All(bool flag) => new object[]
            {
                {|SRM2102:new CreateDBInstanceRequest|} { Engine = "postgres" },
                new CreateDBClusterRequest { Engine = "aurora-mysql", StorageEncrypted = flag ? {|SRM2102:false|} : true },
            };
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object[] All(bool flag) => new object[]
            {
                new CreateDBInstanceRequest { Engine = "postgres", StorageEncrypted = true },
                new CreateDBClusterRequest { Engine = "aurora-mysql", StorageEncrypted = true },
            };
        }
        """);
}
