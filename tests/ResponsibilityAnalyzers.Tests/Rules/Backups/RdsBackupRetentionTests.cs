using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.RdsBackupRetentionAnalyzer, ResponsibilityAnalyzers.CodeFixes.Backups.RdsBackupRetentionFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Backups;

/// <summary>AWSSDK.RDS is not served: the v4-shaped stand-in StandIns/AwsSdkRds.cs provides the requests (on AWSSDK.Core 3.7 for the V3 runs).</summary>
public class RdsBackupRetentionTests
{
    private static readonly string[] Rds = { AwsSdkRds.Source };

    [Fact]
    public Task BackupsOff_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Scratch() => new ModifyDBInstanceRequest { DBInstanceIdentifier = "scratch", BackupRetentionPeriod = {|#0:0|} };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4101_RdsBackupRetention).WithLocation(0).WithArguments(
            "RDS is a container service",
            "BackupRetentionPeriod = 0: RDS takes no automated backups and the database cannot be restored to a point in time"));

    [Fact]
    public Task ShortRetention_IsReported_WithTheMinimumInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBClusterRequest { BackupRetentionPeriod = {|#0:3|} };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4101_RdsBackupRetention).WithLocation(0).WithArguments(
            "RDS is a container service",
            "BackupRetentionPeriod = 3, fewer than the minimum of 7 days (srm.rds_min_backup_retention_days): a mistake or corruption found later than that cannot be undone from automated backups"));

    /// <summary>A value written in an earlier statement is reported where the request takes it (what the IDE analyzes), with the value beside it.</summary>
    [Fact]
    public Task RetentionInAnEarlierStatement_IsReportedWhereTheRequestTakesIt() => VerifyRule.Diagnostics(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders()
            {
                var days = {|#1:0|};
                return new CreateDBInstanceRequest { DBInstanceIdentifier = "orders", BackupRetentionPeriod = {|#0:days|} };
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4101_RdsBackupRetention).WithLocation(0).WithLocation(1).WithArguments(
            "RDS is a container service",
            "BackupRetentionPeriod = 0: RDS takes no automated backups and the database cannot be restored to a point in time"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ShortMissingAndNull_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            const int OneDay = 1;

            void All(bool test)
            {
                var a = {|SRM4101:new CreateDBInstanceRequest|} { DBInstanceIdentifier = "orders" };
                var b = new CreateDBClusterRequest { BackupRetentionPeriod = test ? {|SRM4101:OneDay|} : 14 };
                var c = new CreateDBInstanceRequest { BackupRetentionPeriod = {|SRM4101:null|} };
                var d = new ModifyDBClusterRequest();
                d.BackupRetentionPeriod = {|SRM4101:2|};
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task LongEnoughUnknownOrUnchanged_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            void All(int days)
            {
                var a = new CreateDBInstanceRequest { BackupRetentionPeriod = 7 };
                var b = new CreateDBClusterRequest { BackupRetentionPeriod = 35 };
                var c = new CreateDBInstanceRequest { BackupRetentionPeriod = days };
                var d = new CreateDBInstanceRequest { DBClusterIdentifier = "aurora-main" };
                var e = new ModifyDBInstanceRequest { DBInstanceIdentifier = "orders", BackupRetentionPeriod = null };
            }
        }
        """);

    [Fact]
    public Task ConfiguredMinimum_IsUsed() => VerifyRule.Diagnostics(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            void All()
            {
                var a = new CreateDBInstanceRequest { BackupRetentionPeriod = 14, DBInstanceIdentifier = "a" };
                var b = new CreateDBInstanceRequest { BackupRetentionPeriod = {|SRM4101:13|} };
                var c = {|SRM4101:new CreateDBClusterRequest()|};
            }
        }
        """,
        "srm.rds_min_backup_retention_days = 14\n");

    [Fact]
    public Task MinimumOfOneDay_AcceptsTheDefault() => VerifyRule.Diagnostics(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            void All()
            {
                var a = new CreateDBInstanceRequest { DBInstanceIdentifier = "a" };
                var b = new CreateDBInstanceRequest { BackupRetentionPeriod = null };
                var c = new CreateDBInstanceRequest { BackupRetentionPeriod = {|SRM4101:0|} };
            }
        }
        """,
        "srm.rds_min_backup_retention_days = 1\n");

    [Theory]
    [InlineData("0")]
    [InlineData("36")]
    [InlineData("a week")]
    public Task UnreadableMinimum_FallsBackToSevenDays(string value) => VerifyRule.Diagnostics(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            void All()
            {
                var a = new CreateDBInstanceRequest { BackupRetentionPeriod = {|SRM4101:6|} };
                var b = new CreateDBInstanceRequest { BackupRetentionPeriod = 7 };
            }
        }
        """,
        $"srm.rds_min_backup_retention_days = {value}\n");

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.RDS.Model
        {
            public class CreateDBInstanceRequest { public int? BackupRetentionPeriod { get; set; } }
        }

        class Databases
        {
            object Orders() => new Amazon.RDS.Model.CreateDBInstanceRequest { BackupRetentionPeriod = 0 };
        }
        """);

    [Fact]
    public Task Fix_UsesTheMinimum() => VerifyRule.Fix(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = "orders",
                BackupRetentionPeriod = {|SRM4101:1|}, // cheaper
            };

            object Analytics() => {|SRM4101:new CreateDBClusterRequest|} { DBClusterIdentifier = "analytics" };
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = "orders",
                BackupRetentionPeriod = 10, // cheaper
            };

            object Analytics() => new CreateDBClusterRequest { DBClusterIdentifier = "analytics", BackupRetentionPeriod = 10 };
        }
        """,
        "srm.rds_min_backup_retention_days = 10\n");

    [Fact]
    public Task FixAll_KeepsBackupsEverywhere() => VerifyRule.FixAll(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object[] All() => new object[]
            {
                new ModifyDBInstanceRequest("scratch") { BackupRetentionPeriod = {|SRM4101:0|} },
                new ModifyDBClusterRequest { BackupRetentionPeriod = {|SRM4101:5|} },
            };
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object[] All() => new object[]
            {
                new ModifyDBInstanceRequest("scratch") { BackupRetentionPeriod = 7 },
                new ModifyDBClusterRequest { BackupRetentionPeriod = 7 },
            };
        }
        """);
}
