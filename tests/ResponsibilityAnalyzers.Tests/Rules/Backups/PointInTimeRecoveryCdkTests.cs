using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.PointInTimeRecoveryAnalyzer, ResponsibilityAnalyzers.CodeFixes.Backups.PointInTimeRecoveryPropsFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Backups;

/// <summary>SRM4001, CDK form: a DynamoDB Table or TableV2 declared without PointInTimeRecovery = true.</summary>
public class PointInTimeRecoveryCdkTests
{
    [Fact]
    public Task TableWithoutRecovery_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope) : base(scope, "Data")
            {
                new Table(this, "Orders", {|#0:new TableProps|}
                {
                    PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING },
                });
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4001_TableWithoutPointInTimeRecovery).WithLocation(0).WithArguments(
            "DynamoDB is an abstracted service",
            "the CDK Table is declared without point-in-time recovery (PointInTimeRecovery = true): a bad write or delete cannot be rolled back"));

    [Fact]
    public Task FalseAndTableV2_AreReported_TrueAndUnknown_AreNot() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope, bool recover) : base(scope, "Data")
            {
                var key = new Attribute { Name = "id", Type = AttributeType.STRING };
                new Table(this, "Orders", new TableProps { PartitionKey = key, PointInTimeRecovery = {|SRM4001:false|} });
                new TableV2(this, "Sessions", {|SRM4001:new TablePropsV2|} { PartitionKey = key });
                new Table(this, "Customers", new TableProps { PartitionKey = key, PointInTimeRecovery = true });
                new TableV2(this, "Carts", new TablePropsV2 { PartitionKey = key, PointInTimeRecovery = recover });
            }
        }
        """);

    [Fact]
    public Task Fix_SetsPointInTimeRecovery() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope, Attribute key) : base(scope, "Data")
            {
                new Table(this, "Orders", {|SRM4001:new TableProps|} { PartitionKey = key });
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
                new Table(this, "Orders", new TableProps { PartitionKey = key, PointInTimeRecovery = true });
            }
        }
        """);

    [Fact]
    public Task FixAll_TurnsRecoveryOnEverywhere() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope, Attribute key) : base(scope, "Data")
            {
                new Table(this, "Orders", new TableProps { PartitionKey = key, PointInTimeRecovery = {|SRM4001:false|} });
                new TableV2(this, "Sessions", {|SRM4001:new TablePropsV2|} { PartitionKey = key });
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
                new Table(this, "Orders", new TableProps { PartitionKey = key, PointInTimeRecovery = true });
                new TableV2(this, "Sessions", new TablePropsV2 { PartitionKey = key, PointInTimeRecovery = true });
            }
        }
        """);

    /// <summary>A table whose stack deletes it (RemovalPolicy.DESTROY, SRM4007 at Info) is the CDK's throwaway table: point-in-time recovery is not asked for.</summary>
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
                new TableV2(this, "ScratchV2", new TablePropsV2 { PartitionKey = key, RemovalPolicy = RemovalPolicy.DESTROY });
                new Table(this, "Kept", {|SRM4001:new TableProps|} { PartitionKey = key, RemovalPolicy = RemovalPolicy.RETAIN });
            }
        }
        """);

    [Fact]
    public Task CfnTable_WithoutPointInTimeRecovery_IsReported_AndFixed() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope) : base(scope, "Data")
            {
                new CfnTable(this, "Customers", {|SRM4001:new CfnTableProps|} { TableName = "customers" });
                new CfnTable(this, "Orders", new CfnTableProps
                {
                    PointInTimeRecoverySpecification = new CfnTable.PointInTimeRecoverySpecificationProperty { PointInTimeRecoveryEnabled = {|SRM4001:false|} },
                });
                new CfnTable(this, "Invoices", new CfnTableProps
                {
                    PointInTimeRecoverySpecification = new CfnTable.PointInTimeRecoverySpecificationProperty { PointInTimeRecoveryEnabled = true },
                });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;

        class DataStack : Stack
        {
            DataStack(Construct scope) : base(scope, "Data")
            {
                new CfnTable(this, "Customers", new CfnTableProps { TableName = "customers", PointInTimeRecoverySpecification = new CfnTable.PointInTimeRecoverySpecificationProperty { PointInTimeRecoveryEnabled = true } });
                new CfnTable(this, "Orders", new CfnTableProps
                {
                    PointInTimeRecoverySpecification = new CfnTable.PointInTimeRecoverySpecificationProperty { PointInTimeRecoveryEnabled = true },
                });
                new CfnTable(this, "Invoices", new CfnTableProps
                {
                    PointInTimeRecoverySpecification = new CfnTable.PointInTimeRecoverySpecificationProperty { PointInTimeRecoveryEnabled = true },
                });
            }
        }
        """);

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnTablePointInTimeRecoverySpecification_LeftOutOrNull() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", {|SRM4001:new CfnTableProps|} { TableName = "customers" });
        new CfnTable(this, "Orders", new CfnTableProps { PointInTimeRecoverySpecification = {|SRM4001:null|} });
        """),
        CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", new CfnTableProps { TableName = "customers", PointInTimeRecoverySpecification = new CfnTable.PointInTimeRecoverySpecificationProperty { PointInTimeRecoveryEnabled = true } });
        new CfnTable(this, "Orders", new CfnTableProps { PointInTimeRecoverySpecification = new CfnTable.PointInTimeRecoverySpecificationProperty { PointInTimeRecoveryEnabled = true } });
        """));

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnTablePointInTimeRecoveryEnabled_False() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", new CfnTableProps { PointInTimeRecoverySpecification = new CfnTable.PointInTimeRecoverySpecificationProperty { PointInTimeRecoveryEnabled = {|SRM4001:false|} } });
        var recovery = new CfnTable.PointInTimeRecoverySpecificationProperty { PointInTimeRecoveryEnabled = true };
        recovery.PointInTimeRecoveryEnabled = {|SRM4001:false|};
        new CfnTable(this, "Orders", new CfnTableProps { PointInTimeRecoverySpecification = recovery });
        """),
        CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", new CfnTableProps { PointInTimeRecoverySpecification = new CfnTable.PointInTimeRecoverySpecificationProperty { PointInTimeRecoveryEnabled = true } });
        var recovery = new CfnTable.PointInTimeRecoverySpecificationProperty { PointInTimeRecoveryEnabled = true };
        recovery.PointInTimeRecoveryEnabled = true;
        new CfnTable(this, "Orders", new CfnTableProps { PointInTimeRecoverySpecification = recovery });
        """));
}
