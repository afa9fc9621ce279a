using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.UnencryptedRdsStorageAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.UnencryptedRdsStorageFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>SRM2102, CDK form: a DatabaseInstance or DatabaseCluster declared without StorageEncrypted = true or a StorageEncryptionKey.</summary>
public class UnencryptedRdsStorageCdkTests
{
    [Fact]
    public Task InstanceWithoutEncryption_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class DatabaseStack : Stack
        {
            DatabaseStack(Construct scope, IVpc vpc) : base(scope, "Database")
            {
                new DatabaseInstance(this, "Orders", {|#0:new DatabaseInstanceProps|}
                {
                    Engine = DatabaseInstanceEngine.POSTGRES,
                    Vpc = vpc,
                });
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2102_UnencryptedRdsStorage).WithLocation(0).WithArguments(
            "RDS is a container service",
            "the CDK DatabaseInstance is declared with unencrypted storage (StorageEncrypted = true or a StorageEncryptionKey encrypts it), and storage cannot be encrypted after creation"));

    [Fact]
    public Task FalseOnAClusterIsReported_EncryptedOrKeyed_IsNot() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.KMS;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class DatabaseStack : Stack
        {
            DatabaseStack(Construct scope, IVpc vpc, IKey key, IClusterEngine engine) : base(scope, "Database")
            {
                new DatabaseCluster(this, "Analytics", new DatabaseClusterProps { Engine = engine, Vpc = vpc, StorageEncrypted = {|SRM2102:false|} });
                new DatabaseCluster(this, "Reports", new DatabaseClusterProps { Engine = engine, Vpc = vpc, StorageEncrypted = true });
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, StorageEncryptionKey = key });
            }
        }
        """);

    [Fact]
    public Task Fix_EncryptsTheStorage() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class DatabaseStack : Stack
        {
            DatabaseStack(Construct scope, IVpc vpc) : base(scope, "Database")
            {
                new DatabaseInstance(this, "Orders", {|SRM2102:new DatabaseInstanceProps|} { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class DatabaseStack : Stack
        {
            DatabaseStack(Construct scope, IVpc vpc) : base(scope, "Database")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, StorageEncrypted = true });
            }
        }
        """);

    [Fact]
    public Task FixAll_EncryptsEveryDatabase() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class DatabaseStack : Stack
        {
            DatabaseStack(Construct scope, IVpc vpc, IClusterEngine engine) : base(scope, "Database")
            {
                new DatabaseInstance(this, "Orders", {|SRM2102:new DatabaseInstanceProps|} { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc });
                new DatabaseCluster(this, "Analytics", new DatabaseClusterProps { Engine = engine, Vpc = vpc, StorageEncrypted = {|SRM2102:false|} });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class DatabaseStack : Stack
        {
            DatabaseStack(Construct scope, IVpc vpc, IClusterEngine engine) : base(scope, "Database")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, StorageEncrypted = true });
                new DatabaseCluster(this, "Analytics", new DatabaseClusterProps { Engine = engine, Vpc = vpc, StorageEncrypted = true });
            }
        }
        """);

    [Fact]
    public Task CfnDatabases_WithoutStorageEncrypted_AreReported_UnlessTheyInheritIt() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope) : base(scope, "Data")
            {
                new CfnDBInstance(this, "Orders", {|SRM2102:new CfnDBInstanceProps|} { Engine = "postgres", DbInstanceClass = "db.t3.micro" });
                new CfnDBInstance(this, "Reports", new CfnDBInstanceProps { Engine = "postgres", StorageEncrypted = {|SRM2102:false|} });
                new CfnDBInstance(this, "Member", new CfnDBInstanceProps { Engine = "aurora-postgresql", DbClusterIdentifier = "orders" });
                new CfnDBInstance(this, "Restored", new CfnDBInstanceProps { Engine = "postgres", DbSnapshotIdentifier = "orders-final" });
                new CfnDBCluster(this, "Cluster", {|SRM2102:new CfnDBClusterProps|} { Engine = "aurora-postgresql" });
                new CfnDBCluster(this, "Encrypted", new CfnDBClusterProps { Engine = "aurora-postgresql", StorageEncrypted = true });
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
                new CfnDBInstance(this, "Orders", new CfnDBInstanceProps { Engine = "postgres", DbInstanceClass = "db.t3.micro", StorageEncrypted = true });
                new CfnDBInstance(this, "Reports", new CfnDBInstanceProps { Engine = "postgres", StorageEncrypted = true });
                new CfnDBInstance(this, "Member", new CfnDBInstanceProps { Engine = "aurora-postgresql", DbClusterIdentifier = "orders" });
                new CfnDBInstance(this, "Restored", new CfnDBInstanceProps { Engine = "postgres", DbSnapshotIdentifier = "orders-final" });
                new CfnDBCluster(this, "Cluster", new CfnDBClusterProps { Engine = "aurora-postgresql", StorageEncrypted = true });
                new CfnDBCluster(this, "Encrypted", new CfnDBClusterProps { Engine = "aurora-postgresql", StorageEncrypted = true });
            }
        }
        """);

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnDBInstanceStorageEncrypted_LeftOutOrFalse() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("RDS", """
        new CfnDBInstance(this, "Orders", {|SRM2102:new CfnDBInstanceProps|} { Engine = "postgres" });
        new CfnDBInstance(this, "Reports", new CfnDBInstanceProps { Engine = "postgres", StorageEncrypted = {|SRM2102:false|} });
        """),
        CdkStack.Of("RDS", """
        new CfnDBInstance(this, "Orders", new CfnDBInstanceProps { Engine = "postgres", StorageEncrypted = true });
        new CfnDBInstance(this, "Reports", new CfnDBInstanceProps { Engine = "postgres", StorageEncrypted = true });
        """));

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnDBClusterStorageEncrypted_LeftOutOrFalse() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("RDS", """
        new CfnDBCluster(this, "Orders", {|SRM2102:new CfnDBClusterProps|} { Engine = "aurora-postgresql" });
        new CfnDBCluster(this, "Reports", new CfnDBClusterProps { Engine = "aurora-postgresql", StorageEncrypted = {|SRM2102:false|} });
        """),
        CdkStack.Of("RDS", """
        new CfnDBCluster(this, "Orders", new CfnDBClusterProps { Engine = "aurora-postgresql", StorageEncrypted = true });
        new CfnDBCluster(this, "Reports", new CfnDBClusterProps { Engine = "aurora-postgresql", StorageEncrypted = true });
        """));
}
