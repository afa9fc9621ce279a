using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Platform.RdsMinorVersionUpgradeAnalyzer, ResponsibilityAnalyzers.CodeFixes.Platform.RdsMinorVersionUpgradeFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Platform;

/// <summary>AWSSDK.RDS is not served: the v4-shaped stand-in StandIns/AwsSdkRds.cs provides the requests (on AWSSDK.Core 3.7 for the V3 runs).</summary>
public class RdsMinorVersionUpgradeTests
{
    private static readonly string[] Rds = { AwsSdkRds.Source };

    [Fact]
    public Task UpgradesTurnedOff_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = "orders",
                Engine = "postgres",
                EngineVersion = "16.4",
                AutoMinorVersionUpgrade = {|#0:false|},
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM7002_RdsMinorVersionUpgradeOff).WithLocation(0).WithArguments(
            "RDS is a container service",
            "AutoMinorVersionUpgrade = false keeps the database engine on its current minor version, so the security fixes AWS ships in newer minor versions are not applied in the maintenance window; let RDS upgrade it"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FalseOnEveryRequest_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            private const bool PinEngine = false;

            void All(bool freeze)
            {
                var a = new CreateDBClusterRequest { DBClusterIdentifier = "ledger", AutoMinorVersionUpgrade = {|SRM7002:PinEngine|} };
                var b = new ModifyDBInstanceRequest("orders") { AutoMinorVersionUpgrade = freeze ? {|SRM7002:false|} : null };
                var c = new ModifyDBClusterRequest { DBClusterIdentifier = "ledger" };
                c.AutoMinorVersionUpgrade = {|SRM7002:false|};
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task UpgradesOnLeftOutOrUnknown_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            void All(bool upgrades)
            {
                var a = new CreateDBInstanceRequest { DBInstanceIdentifier = "orders", AutoMinorVersionUpgrade = true };
                var b = new CreateDBInstanceRequest { DBInstanceIdentifier = "reports" };
                var c = new ModifyDBInstanceRequest("orders") { AutoMinorVersionUpgrade = null };
                var d = new ModifyDBClusterRequest { DBClusterIdentifier = "ledger", AutoMinorVersionUpgrade = upgrades };

                // RDS Custom requires automatic minor version upgrades off.
                var e = new CreateDBInstanceRequest { DBInstanceIdentifier = "erp", Engine = "custom-oracle-ee", AutoMinorVersionUpgrade = false };
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.RDS.Model
        {
            public class CreateDBInstanceRequest { public bool? AutoMinorVersionUpgrade { get; set; } }
        }

        class Databases
        {
            object Main() => new Amazon.RDS.Model.CreateDBInstanceRequest { AutoMinorVersionUpgrade = false };
        }
        """);

    [Fact]
    public Task Fix_TurnsUpgradesBackOn() => VerifyRule.Fix(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = "orders",
                AutoMinorVersionUpgrade = {|SRM7002:false|}, // the ORM broke on 15.3
            };
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = "orders",
                AutoMinorVersionUpgrade = true, // the ORM broke on 15.3
            };
        }
        """);

    [Fact]
    public Task FixAll_TurnsUpgradesOnEverywhere() => VerifyRule.FixAll(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object[] All() => new object[]
            {
                new CreateDBClusterRequest { AutoMinorVersionUpgrade = {|SRM7002:false|} },
                new ModifyDBInstanceRequest("orders") { AutoMinorVersionUpgrade = {|SRM7002:false|} },
            };
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object[] All() => new object[]
            {
                new CreateDBClusterRequest { AutoMinorVersionUpgrade = true },
                new ModifyDBInstanceRequest("orders") { AutoMinorVersionUpgrade = true },
            };
        }
        """);
}
