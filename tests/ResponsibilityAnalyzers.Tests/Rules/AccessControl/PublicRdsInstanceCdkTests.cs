using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.PublicRdsInstanceAnalyzer, ResponsibilityAnalyzers.CodeFixes.AccessControl.PublicRdsInstanceFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

/// <summary>SRM5104, CDK form: DatabaseInstanceProps with PubliclyAccessible = true; left out, the subnets decide, and it is not reported.</summary>
public class PublicRdsInstanceCdkTests
{
    [Fact]
    public Task Finding_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, PubliclyAccessible = {|#0:true|} });
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5104_PublicRdsInstance).WithLocation(0).WithArguments(
            "RDS is a container service",
            "PubliclyAccessible = true gives the CDK DatabaseInstance a public address: its security group is then all that keeps the internet from the database"));

    [Fact]
    public Task UnsafeOrMissing_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, PubliclyAccessible = {|SRM5104:true|} });
            }
        }
        """);

    [Fact]
    public Task SafeOrUnknown_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc });
                new DatabaseInstance(this, "Reports", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, PubliclyAccessible = false });
            }
        }
        """);

    [Fact]
    public Task Fix_WritesTheSafeValue() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, PubliclyAccessible = {|SRM5104:true|} });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, PubliclyAccessible = false });
            }
        }
        """);

    [Fact]
    public Task FixAll_FixesEveryFinding() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, PubliclyAccessible = {|SRM5104:true|} });
                new DatabaseInstance(this, "Reports", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.MYSQL, Vpc = vpc, PubliclyAccessible = {|SRM5104:true|} });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, PubliclyAccessible = false });
                new DatabaseInstance(this, "Reports", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.MYSQL, Vpc = vpc, PubliclyAccessible = false });
            }
        }
        """);

    [Fact]
    public Task CfnDBInstance_PubliclyAccessibleTrue_IsReported_AndLeftOutIsNot() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope) : base(scope, "Data")
            {
                new CfnDBInstance(this, "Orders", new CfnDBInstanceProps { Engine = "postgres", PubliclyAccessible = {|SRM5104:true|} });
                new CfnDBInstance(this, "Reports", new CfnDBInstanceProps { Engine = "postgres" });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope) : base(scope, "Data")
            {
                new CfnDBInstance(this, "Orders", new CfnDBInstanceProps { Engine = "postgres", PubliclyAccessible = false });
                new CfnDBInstance(this, "Reports", new CfnDBInstanceProps { Engine = "postgres" });
            }
        }
        """);

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnDBInstancePubliclyAccessible_True() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("RDS", """
        new CfnDBInstance(this, "Orders", new CfnDBInstanceProps { Engine = "postgres", PubliclyAccessible = {|SRM5104:true|} });
        var reports = new CfnDBInstanceProps { Engine = "postgres" };
        reports.PubliclyAccessible = {|SRM5104:true|};
        new CfnDBInstance(this, "Reports", reports);
        """),
        CdkStack.Of("RDS", """
        new CfnDBInstance(this, "Orders", new CfnDBInstanceProps { Engine = "postgres", PubliclyAccessible = false });
        var reports = new CfnDBInstanceProps { Engine = "postgres" };
        reports.PubliclyAccessible = false;
        new CfnDBInstance(this, "Reports", reports);
        """));
}
