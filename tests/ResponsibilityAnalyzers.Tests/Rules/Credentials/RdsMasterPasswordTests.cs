using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Credentials.RdsMasterPasswordAnalyzer, ResponsibilityAnalyzers.CodeFixes.Credentials.RdsMasterPasswordFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Credentials;

/// <summary>AWSSDK.RDS is not served: the v4-shaped stand-in StandIns/AwsSdkRds.cs provides the requests (on AWSSDK.Core 3.7 for the V3 runs).</summary>
public class RdsMasterPasswordTests
{
    private static readonly string[] Rds = { AwsSdkRds.Source };

    [Fact]
    public Task LiteralPassword_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBInstanceRequest { MasterUsername = "admin", {|#1:MasterUserPassword = {|#0:"Tr0ub4dor&3"|}|} };
        }
        """,
        // The second location is the assignment the fix replaces.
        expected: new DiagnosticResult(Descriptors.SRM6102_RdsMasterPasswordInSource).WithLocation(0).WithLocation(1).WithArguments(
            "RDS is a container service",
            "the master password is a string literal in the source, so everyone with the repository, its history or a build has the database's master credentials; set ManageMasterUserPassword = true to let RDS generate it and keep it in Secrets Manager"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task LiteralsAndConstants_OnEveryRequest_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            const string Password = "correct-horse-battery-staple";

            void All(bool test, string fromVault)
            {
                var a = new CreateDBClusterRequest { MasterUserPassword = {|SRM6102:Password|} };
                var b = new ModifyDBInstanceRequest("orders") { MasterUserPassword = test ? {|SRM6102:"test-password"|} : fromVault };
                var c = new ModifyDBClusterRequest();
                c.MasterUserPassword = {|SRM6102:$"{Password}-2"|};
                var d = new CreateDBInstanceRequest("orders", 20, "db.t3.micro", "postgres", "admin", {|SRM6102:"hunter22"|});
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PasswordsFromOutside_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using System;
        using Amazon.RDS.Model;

        class Databases
        {
            static readonly string FromEnvironment = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "";

            void All(string fromVault)
            {
                var a = new CreateDBInstanceRequest { MasterUserPassword = fromVault };
                var b = new CreateDBInstanceRequest { MasterUserPassword = FromEnvironment };
                var c = new CreateDBInstanceRequest { MasterUserPassword = "" };
                var d = new CreateDBInstanceRequest { MasterUserPassword = null, ManageMasterUserPassword = true };
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.RDS.Model
        {
            public class CreateDBInstanceRequest { public string MasterUserPassword { get; set; } }
        }

        class Databases
        {
            object Orders() => new Amazon.RDS.Model.CreateDBInstanceRequest { MasterUserPassword = "hunter22" };
        }
        """);

    [Fact]
    public Task Fix_LetsRdsManageThePassword() => VerifyRule.Fix(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBInstanceRequest
            {
                MasterUsername = "admin",
                MasterUserPassword = {|SRM6102:"Tr0ub4dor&3"|}, // rotate yearly
                StorageEncrypted = true,
            };

            object Rotate()
            {
                var request = new ModifyDBClusterRequest { DBClusterIdentifier = "analytics" };
                request.MasterUserPassword = {|SRM6102:"n3w-p4ssw0rd"|};
                return request;
            }
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBInstanceRequest
            {
                MasterUsername = "admin",
                ManageMasterUserPassword = true, // rotate yearly
                StorageEncrypted = true,
            };

            object Rotate()
            {
                var request = new ModifyDBClusterRequest { DBClusterIdentifier = "analytics" };
                request.ManageMasterUserPassword = true;
                return request;
            }
        }
        """);

    [Fact]
    public Task NoFix_WhenManageMasterUserPasswordIsSetOrAValueComesFromOutside() => VerifyRule.Fix(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders(bool test, string fromVault) => new CreateDBInstanceRequest
            {
                MasterUserPassword = test ? {|SRM6102:"test-password"|} : fromVault,
            };

            object Clash() => new CreateDBInstanceRequest { ManageMasterUserPassword = false, MasterUserPassword = {|SRM6102:"hunter22"|} };
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders(bool test, string fromVault) => new CreateDBInstanceRequest
            {
                MasterUserPassword = test ? {|SRM6102:"test-password"|} : fromVault,
            };

            object Clash() => new CreateDBInstanceRequest { ManageMasterUserPassword = false, MasterUserPassword = {|SRM6102:"hunter22"|} };
        }
        """);

    [Fact]
    public Task FixAll_RemovesEveryPassword() => VerifyRule.FixAll(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object[] All() => new object[]
            {
                new CreateDBClusterRequest { Engine = "aurora-postgresql", MasterUserPassword = {|SRM6102:"one-password"|} },
                new ModifyDBInstanceRequest("orders") { MasterUserPassword = {|SRM6102:"two-password"|} },
            };
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object[] All() => new object[]
            {
                new CreateDBClusterRequest { Engine = "aurora-postgresql", ManageMasterUserPassword = true },
                new ModifyDBInstanceRequest("orders") { ManageMasterUserPassword = true },
            };
        }
        """);
}
