using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.RdsDeletionProtectionAnalyzer, ResponsibilityAnalyzers.CodeFixes.Backups.RdsDeletionProtectionFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Backups;

/// <summary>SRM4102, CDK form: a DatabaseInstance or DatabaseCluster declared without DeletionProtection = true (RemovalPolicy.RETAIN turns it on).</summary>
public class RdsDeletionProtectionCdkTests
{
    [Fact]
    public Task UnsafeOrMissing_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc, IClusterEngine engine) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", {|SRM4102:new DatabaseInstanceProps|} { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc });
                new DatabaseCluster(this, "Analytics", new DatabaseClusterProps { Engine = engine, Vpc = vpc, DeletionProtection = {|SRM4102:false|} });
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
            AppStack(Construct scope, IVpc vpc, IClusterEngine engine) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, DeletionProtection = true });
                new DatabaseCluster(this, "Analytics", new DatabaseClusterProps { Engine = engine, Vpc = vpc, RemovalPolicy = RemovalPolicy.RETAIN });
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
            AppStack(Construct scope, IVpc vpc, IClusterEngine engine) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", {|SRM4102:new DatabaseInstanceProps|} { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc, IClusterEngine engine) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, DeletionProtection = true });
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
            AppStack(Construct scope, IVpc vpc, IClusterEngine engine) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", {|SRM4102:new DatabaseInstanceProps|} { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc });
                new DatabaseCluster(this, "Analytics", new DatabaseClusterProps { Engine = engine, Vpc = vpc, DeletionProtection = {|SRM4102:false|} });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc, IClusterEngine engine) : base(scope, "App")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, DeletionProtection = true });
                new DatabaseCluster(this, "Analytics", new DatabaseClusterProps { Engine = engine, Vpc = vpc, DeletionProtection = true });
            }
        }
        """);

    /// <summary>A database the stack deletes on purpose (RemovalPolicy.DESTROY, SRM4007 at Info): deletion protection would stop that very deletion.</summary>
    [Fact]
    public Task DatabaseDestroyedWithItsStack_IsLeftToSrm4007() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class PreviewStack : Stack
        {
            PreviewStack(Construct scope, IVpc vpc) : base(scope, "Preview")
            {
                new DatabaseInstance(this, "Scratch", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, StorageEncrypted = true, RemovalPolicy = RemovalPolicy.DESTROY });
                new DatabaseInstance(this, "Kept", {|SRM4102:new DatabaseInstanceProps|} { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, StorageEncrypted = true, RemovalPolicy = RemovalPolicy.SNAPSHOT });
            }
        }
        """);

    [Fact]
    public Task CfnDatabases_WithoutDeletionProtection_AreReported_ButNotAClusterMember() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope) : base(scope, "Data")
            {
                new CfnDBInstance(this, "Orders", {|SRM4102:new CfnDBInstanceProps|} { Engine = "postgres" });
                new CfnDBInstance(this, "Member", new CfnDBInstanceProps { Engine = "aurora-postgresql", DbClusterIdentifier = "orders" });
                new CfnDBCluster(this, "Cluster", new CfnDBClusterProps { Engine = "aurora-postgresql", DeletionProtection = {|SRM4102:false|} });
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
                new CfnDBInstance(this, "Orders", new CfnDBInstanceProps { Engine = "postgres", DeletionProtection = true });
                new CfnDBInstance(this, "Member", new CfnDBInstanceProps { Engine = "aurora-postgresql", DbClusterIdentifier = "orders" });
                new CfnDBCluster(this, "Cluster", new CfnDBClusterProps { Engine = "aurora-postgresql", DeletionProtection = true });
            }
        }
        """);

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnDBInstanceDeletionProtection_LeftOutOrFalse() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("RDS", """
        new CfnDBInstance(this, "Orders", {|SRM4102:new CfnDBInstanceProps|} { Engine = "postgres" });
        new CfnDBInstance(this, "Reports", new CfnDBInstanceProps { Engine = "postgres", DeletionProtection = {|SRM4102:false|} });
        """),
        CdkStack.Of("RDS", """
        new CfnDBInstance(this, "Orders", new CfnDBInstanceProps { Engine = "postgres", DeletionProtection = true });
        new CfnDBInstance(this, "Reports", new CfnDBInstanceProps { Engine = "postgres", DeletionProtection = true });
        """));

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnDBClusterDeletionProtection_LeftOutOrFalse() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("RDS", """
        new CfnDBCluster(this, "Orders", {|SRM4102:new CfnDBClusterProps|} { Engine = "aurora-postgresql" });
        new CfnDBCluster(this, "Reports", new CfnDBClusterProps { Engine = "aurora-postgresql", DeletionProtection = {|SRM4102:false|} });
        """),
        CdkStack.Of("RDS", """
        new CfnDBCluster(this, "Orders", new CfnDBClusterProps { Engine = "aurora-postgresql", DeletionProtection = true });
        new CfnDBCluster(this, "Reports", new CfnDBClusterProps { Engine = "aurora-postgresql", DeletionProtection = true });
        """));
}
