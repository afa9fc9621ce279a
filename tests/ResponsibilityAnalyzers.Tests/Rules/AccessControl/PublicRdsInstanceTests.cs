using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.PublicRdsInstanceAnalyzer, ResponsibilityAnalyzers.CodeFixes.AccessControl.PublicRdsInstanceFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

/// <summary>AWSSDK.RDS is not served: the v4-shaped stand-in StandIns/AwsSdkRds.cs provides the requests (on AWSSDK.Core 3.7 for the V3 runs).</summary>
public class PublicRdsInstanceTests
{
    private static readonly string[] Rds = { AwsSdkRds.Source };

    [Fact]
    public Task PubliclyAccessibleTrue_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBInstanceRequest { DBInstanceIdentifier = "orders", PubliclyAccessible = {|#0:true|} };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5104_PublicRdsInstance).WithLocation(0).WithArguments(
            "RDS is a container service",
            "PubliclyAccessible = true gives the database a public address that resolves from the internet, so only its security group stands between the database and anyone who finds it; keep it private and reach it from inside the VPC"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task TrueOnEveryRequest_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            const bool Open = true;

            void All(bool demo)
            {
                var a = new CreateDBClusterRequest { PubliclyAccessible = demo ? {|SRM5104:true|} : false };
                var b = new ModifyDBInstanceRequest("orders");
                b.PubliclyAccessible = {|SRM5104:Open|};
            }
        }
        """);

    /// <summary>The IDE keeps only findings inside the operation it analyzes: a value written earlier is reported where the request takes it, and points at where it is written.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task TrueWrittenInAnEarlierStatement_IsReportedWhereTheRequestTakesIt(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders()
            {
                var open = {|#1:true|};
                return new CreateDBInstanceRequest { PubliclyAccessible = {|#0:open|} };
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5104_PublicRdsInstance).WithLocation(0).WithLocation(1).WithArguments(
            "RDS is a container service",
            "PubliclyAccessible = true gives the database a public address that resolves from the internet, so only its security group stands between the database and anyone who finds it; keep it private and reach it from inside the VPC"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PrivateUnknownOrUnset_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            void All(bool fromConfig)
            {
                var a = new CreateDBInstanceRequest { PubliclyAccessible = false };
                var b = new CreateDBClusterRequest { PubliclyAccessible = fromConfig };
                var c = new CreateDBInstanceRequest { DBInstanceIdentifier = "orders" };
                var d = new ModifyDBInstanceRequest { PubliclyAccessible = null };
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.RDS.Model
        {
            public class CreateDBInstanceRequest { public bool? PubliclyAccessible { get; set; } }
        }

        class Databases
        {
            object Orders() => new Amazon.RDS.Model.CreateDBInstanceRequest { PubliclyAccessible = true };
        }
        """);

    [Fact]
    public Task Fix_MakesTheDatabasePrivate() => VerifyRule.Fix(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = "orders",
                PubliclyAccessible = {|SRM5104:true|}, // for the BI tool
            };
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders() => new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = "orders",
                PubliclyAccessible = false, // for the BI tool
            };
        }
        """);

    [Fact]
    public Task Fix_OfAValueWrittenEarlier_ChangesItWhereTheRequestGetsIt() => VerifyRule.Fix(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders()
            {
                var open = {|#1:true|};
                return new CreateDBInstanceRequest { PubliclyAccessible = {|#0:open|} };
            }
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object Orders()
            {
                var open = true;
                return new CreateDBInstanceRequest { PubliclyAccessible = false };
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5104_PublicRdsInstance).WithLocation(0).WithLocation(1).WithArguments(
            "RDS is a container service",
            "PubliclyAccessible = true gives the database a public address that resolves from the internet, so only its security group stands between the database and anyone who finds it; keep it private and reach it from inside the VPC"));

    [Fact]
    public Task FixAll_MakesEveryDatabasePrivate() => VerifyRule.FixAll(Sdk.V4, Rds, """
        using Amazon.RDS.Model;

        class Databases
        {
            object[] All() => new object[]
            {
                new CreateDBClusterRequest { PubliclyAccessible = {|SRM5104:true|} },
                new ModifyDBInstanceRequest { PubliclyAccessible = {|SRM5104:true|} },
            };
        }
        """, """
        using Amazon.RDS.Model;

        class Databases
        {
            object[] All() => new object[]
            {
                new CreateDBClusterRequest { PubliclyAccessible = false },
                new ModifyDBInstanceRequest { PubliclyAccessible = false },
            };
        }
        """);
}
