using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.RdsDeletionProtectionAnalyzer, ResponsibilityAnalyzers.CodeFixes.Backups.RdsDeletionProtectionFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Backups;

/// <summary>AWSSDK.RDS is not served: the v4-shaped stand-in StandIns/AwsSdkRds.cs provides the requests (on AWSSDK.Core 3.7 for the V3 runs).</summary>
public class RdsDeletionProtectionTests
{
    private static readonly string[] Rds = { AwsSdkRds.Source };

    [Fact]
    public Task CreateWithoutDeletionProtection_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => {|#0:new CreateDBInstanceRequest|} { DBInstanceIdentifier = "orders", StorageEncrypted = true };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4102_RdsDeletionProtection).WithLocation(0).WithArguments(
            "RDS is a container service",
            "CreateDBInstance does not set DeletionProtection = true, so one DeleteDBInstance or DeleteDBCluster call, by mistake or by an attacker, removes the database and, unless told otherwise, its automated backups"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FalseOnEveryRequest_AndNullOnCreate_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            void All(bool test)
            {
                var a = new CreateDBInstanceRequest { DeletionProtection = {|SRM4102:false|} };
                var b = new CreateDBClusterRequest { DeletionProtection = test ? {|SRM4102:null|} : true };
                var c = new ModifyDBInstanceRequest { DBInstanceIdentifier = "orders", DeletionProtection = {|SRM4102:false|} };
                var d = new ModifyDBClusterRequest();
                d.DeletionProtection = {|SRM4102:false|};
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ProtectedUnknownOrUnchanged_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            void All(bool protect)
            {
                var a = new CreateDBInstanceRequest { DeletionProtection = true };
                var b = new CreateDBClusterRequest { DeletionProtection = protect };
                var c = new CreateDBInstanceRequest { DBClusterIdentifier = "aurora-main" };
                var d = new ModifyDBInstanceRequest { DBInstanceIdentifier = "orders", DeletionProtection = null };
                var e = new ModifyDBClusterRequest { DBClusterIdentifier = "analytics" };
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.RDS.Model
        {
            public class CreateDBClusterRequest { public bool? DeletionProtection { get; set; } }
        }

        class Databases
        {
            object Main() => new Amazon.RDS.Model.CreateDBClusterRequest { DeletionProtection = false };
        }
        """);

    [Fact]
    public Task Fix_TurnsDeletionProtectionOn() => VerifyRule.Fix(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => {|SRM4102:new CreateDBInstanceRequest|} { DBInstanceIdentifier = "orders" };

            object Loosen() => new ModifyDBClusterRequest
            {
                DBClusterIdentifier = "analytics",
                DeletionProtection = {|SRM4102:false|},
            };
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBInstanceRequest { DBInstanceIdentifier = "orders", DeletionProtection = true };

            object Loosen() => new ModifyDBClusterRequest
            {
                DBClusterIdentifier = "analytics",
                DeletionProtection = true,
            };
        }
        """);

    [Fact]
    public Task FixAll_ProtectsEveryDatabase() => VerifyRule.FixAll(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object[] All() => new object[]
            {
                {|SRM4102:new CreateDBClusterRequest()|},
                new ModifyDBInstanceRequest("orders") { DeletionProtection = {|SRM4102:false|} },
            };
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object[] All() => new object[]
            {
                new CreateDBClusterRequest { DeletionProtection = true },
                new ModifyDBInstanceRequest("orders") { DeletionProtection = true },
            };
        }
        """);
}
