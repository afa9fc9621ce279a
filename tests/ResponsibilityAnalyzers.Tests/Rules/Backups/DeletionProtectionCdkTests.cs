using System.Threading.Tasks;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.DeletionProtectionAnalyzer, ResponsibilityAnalyzers.CodeFixes.Backups.DeletionProtectionFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Backups;

/// <summary>SRM4003, CDK form: a DynamoDB Table or TableV2 declared without DeletionProtection = true.</summary>
public class DeletionProtectionCdkTests
{
    [Fact]
    public Task MissingAndFalse_AreReported_TrueIsNot() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope, Attribute key) : base(scope, "Data")
            {
                new Table(this, "Orders", {|SRM4003:new TableProps|} { PartitionKey = key });
                new TableV2(this, "Sessions", new TablePropsV2 { PartitionKey = key, DeletionProtection = {|SRM4003:false|} });
                new Table(this, "Customers", new TableProps { PartitionKey = key, DeletionProtection = true });
            }
        }
        """);

    [Fact]
    public Task Fix_SetsDeletionProtection() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope, Attribute key) : base(scope, "Data")
            {
                new Table(this, "Orders", {|SRM4003:new TableProps|} { PartitionKey = key });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope, Attribute key) : base(scope, "Data")
            {
                new Table(this, "Orders", new TableProps { PartitionKey = key, DeletionProtection = true });
            }
        }
        """);

    [Fact]
    public Task FixAll_ProtectsEveryTable() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope, Attribute key) : base(scope, "Data")
            {
                new Table(this, "Orders", {|SRM4003:new TableProps|} { PartitionKey = key });
                new TableV2(this, "Sessions", new TablePropsV2 { PartitionKey = key, DeletionProtection = {|SRM4003:false|} });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope, Attribute key) : base(scope, "Data")
            {
                new Table(this, "Orders", new TableProps { PartitionKey = key, DeletionProtection = true });
                new TableV2(this, "Sessions", new TablePropsV2 { PartitionKey = key, DeletionProtection = true });
            }
        }
        """);

    [Fact]
    public Task TableDestroyedWithItsStack_IsLeftToSrm4007() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class PreviewStack : Stack
        {
            PreviewStack(Construct scope) : base(scope, "Preview")
            {
                var key = new Attribute { Name = "id", Type = AttributeType.STRING };
                new Table(this, "Scratch", new TableProps { PartitionKey = key, RemovalPolicy = RemovalPolicy.DESTROY });
                new Table(this, "Kept", {|SRM4003:new TableProps|} { PartitionKey = key });
            }
        }
        """);

    [Fact]
    public Task CfnTable_WithoutDeletionProtectionEnabled_IsReported_AndFixed() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope, bool keep) : base(scope, "Data")
            {
                new CfnTable(this, "Customers", {|SRM4003:new CfnTableProps|} { TableName = "customers" });
                new CfnTable(this, "Orders", new CfnTableProps { DeletionProtectionEnabled = {|SRM4003:false|} });
                new CfnTable(this, "Invoices", new CfnTableProps { DeletionProtectionEnabled = true });
                new CfnTable(this, "Carts", new CfnTableProps { DeletionProtectionEnabled = keep });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope, bool keep) : base(scope, "Data")
            {
                new CfnTable(this, "Customers", new CfnTableProps { TableName = "customers", DeletionProtectionEnabled = true });
                new CfnTable(this, "Orders", new CfnTableProps { DeletionProtectionEnabled = true });
                new CfnTable(this, "Invoices", new CfnTableProps { DeletionProtectionEnabled = true });
                new CfnTable(this, "Carts", new CfnTableProps { DeletionProtectionEnabled = keep });
            }
        }
        """);

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnTableDeletionProtectionEnabled_LeftOutOrFalse() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", {|SRM4003:new CfnTableProps|} { TableName = "customers" });
        new CfnTable(this, "Orders", new CfnTableProps { DeletionProtectionEnabled = {|SRM4003:false|} });
        """),
        CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", new CfnTableProps { TableName = "customers", DeletionProtectionEnabled = true });
        new CfnTable(this, "Orders", new CfnTableProps { DeletionProtectionEnabled = true });
        """));
}
