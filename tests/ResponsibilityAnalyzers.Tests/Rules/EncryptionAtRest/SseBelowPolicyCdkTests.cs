using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.SseBelowPolicyAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.SseBelowPolicyFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>SRM2004, CDK form: a DynamoDB Table or TableV2 whose Encryption, or a CfnTable whose SseSpecification, is below srm.required_dynamodb_key.</summary>
public class SseBelowPolicyCdkTests
{
    private const string RequireCustomer = "srm.required_dynamodb_key = customer-managed\n";
    private const string RequireAwsManaged = "srm.required_dynamodb_key = aws-managed\n";

    [Fact]
    public Task DefaultUnderACustomerKeyPolicy_IsReported_WithTheRequirement() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("DynamoDB", """
        new Table(this, "Customers", new TableProps
        {
            PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING },
            Encryption = {|#0:TableEncryption.DEFAULT|},
        });
        new TableV2(this, "Orders", new TablePropsV2
        {
            PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING },
            Encryption = {|#1:TableEncryptionV2.AwsManagedKey()|},
        });
        """),
        RequireCustomer,
        new DiagnosticResult(Descriptors.SRM2004_SseBelowPolicy).WithLocation(0).WithArguments(
            "DynamoDB is an abstracted service",
            "the CDK Table puts the table on the AWS owned key (TableEncryption.DEFAULT), and srm.required_dynamodb_key = customer-managed requires a customer managed KMS key"),
        new DiagnosticResult(Descriptors.SRM2004_SseBelowPolicy).WithLocation(1).WithArguments(
            "DynamoDB is an abstracted service",
            "the CDK TableV2 puts the table on the AWS managed key (aws/dynamodb) (TableEncryptionV2.AwsManagedKey()), and srm.required_dynamodb_key = customer-managed requires a customer managed KMS key"));

    [Fact]
    public Task LeftOutOrBelow_AreReported() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("DynamoDB", """
        var key = new Attribute { Name = "id", Type = AttributeType.STRING };
        new Table(this, "Customers", {|SRM2004:new TableProps|} { PartitionKey = key });
        new TableV2(this, "Orders", {|SRM2004:new TablePropsV2|} { PartitionKey = key });
        new Table(this, "Invoices", new TableProps { PartitionKey = key, Encryption = {|SRM2004:TableEncryption.DEFAULT|} });
        new TableV2(this, "Carts", new TablePropsV2 { PartitionKey = key, Encryption = strict ? TableEncryptionV2.AwsManagedKey() : {|SRM2004:TableEncryptionV2.DynamoOwnedKey()|} });
        """, "bool strict"),
        RequireAwsManaged);

    [Fact]
    public Task StrongEnoughUnknownOrNoPolicy_AreNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("DynamoDB, KMS", """
        var key = new Attribute { Name = "id", Type = AttributeType.STRING };
        new Table(this, "Customers", new TableProps { PartitionKey = key, Encryption = TableEncryption.CUSTOMER_MANAGED });
        new Table(this, "Keyed", new TableProps { PartitionKey = key, EncryptionKey = tableKey });
        new Table(this, "Chosen", new TableProps { PartitionKey = key, Encryption = chosen });
        new TableV2(this, "Orders", new TablePropsV2 { PartitionKey = key, Encryption = TableEncryptionV2.CustomerManagedKey(tableKey) });
        new TableV2(this, "Given", new TablePropsV2 { PartitionKey = key, Encryption = given });
        """, "IKey tableKey, TableEncryption chosen, TableEncryptionV2 given"),
        RequireCustomer);

    [Fact]
    public Task WithoutAPolicy_NothingIsReported() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("DynamoDB", """
        var key = new Attribute { Name = "id", Type = AttributeType.STRING };
        new Table(this, "Customers", new TableProps { PartitionKey = key, Encryption = TableEncryption.DEFAULT });
        new TableV2(this, "Orders", new TablePropsV2 { PartitionKey = key });
        """));

    [Fact]
    public Task ALaterAssignment_IsReportedWhereItIsWritten() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("DynamoDB", """
        var props = new TableProps { PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING } };
        props.Encryption = {|SRM2004:TableEncryption.DEFAULT|};
        new Table(this, "Customers", props);
        var fixedLater = new TablePropsV2 { PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING }, Encryption = TableEncryptionV2.DynamoOwnedKey() };
        fixedLater.Encryption = TableEncryptionV2.AwsManagedKey();
        new TableV2(this, "Orders", fixedLater);
        """),
        RequireAwsManaged);

    [Fact]
    public Task Fix_WritesTheRequiredKind_WhereTheCdkNeedsNoKey() => VerifyRule.Fix(Sdk.Cdk, CdkStack.Of("DynamoDB", """
        var key = new Attribute { Name = "id", Type = AttributeType.STRING };
        new Table(this, "Customers", new TableProps { PartitionKey = key, Encryption = {|SRM2004:TableEncryption.AWS_MANAGED|} });
        new Table(this, "Invoices", {|SRM2004:new TableProps|} { PartitionKey = key });
        """), CdkStack.Of("DynamoDB", """
        var key = new Attribute { Name = "id", Type = AttributeType.STRING };
        new Table(this, "Customers", new TableProps { PartitionKey = key, Encryption = TableEncryption.CUSTOMER_MANAGED });
        new Table(this, "Invoices", new TableProps { PartitionKey = key, Encryption = TableEncryption.CUSTOMER_MANAGED });
        """),
        RequireCustomer);

    [Fact]
    public Task FixAll_MovesEveryTableToAnAwsManagedKey() => VerifyRule.FixAll(Sdk.Cdk, CdkStack.Of("DynamoDB", """
        var key = new Attribute { Name = "id", Type = AttributeType.STRING };
        new Table(this, "Customers", new TableProps { PartitionKey = key, Encryption = {|SRM2004:TableEncryption.DEFAULT|} });
        new TableV2(this, "Orders", {|SRM2004:new TablePropsV2|} { PartitionKey = key });
        """), CdkStack.Of("DynamoDB", """
        var key = new Attribute { Name = "id", Type = AttributeType.STRING };
        new Table(this, "Customers", new TableProps { PartitionKey = key, Encryption = TableEncryption.AWS_MANAGED });
        new TableV2(this, "Orders", new TablePropsV2 { PartitionKey = key, Encryption = TableEncryptionV2.AwsManagedKey() });
        """),
        RequireAwsManaged);

    [Fact]
    public Task CfnTable_UnderACustomerKeyPolicy_IsReported_WithTheKeyItGets() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", {|#0:new CfnTableProps|} { TableName = "customers" });
        new CfnTable(this, "Orders", new CfnTableProps
        {
            SseSpecification = {|#1:new CfnTable.SSESpecificationProperty|} { SseEnabled = true },
        });
        new CfnTable(this, "Invoices", new CfnTableProps
        {
            SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = true, KmsMasterKeyId = {|#2:"alias/aws/dynamodb"|} },
        });
        new CfnTable(this, "Carts", new CfnTableProps
        {
            SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = {|#3:false|} },
        });
        """),
        RequireCustomer,
        new DiagnosticResult(Descriptors.SRM2004_SseBelowPolicy).WithLocation(0).WithArguments(
            "DynamoDB is an abstracted service",
            "the CDK CfnTable leaves SseSpecification out, which keeps the table on the AWS owned key, and srm.required_dynamodb_key = customer-managed requires a customer managed KMS key"),
        new DiagnosticResult(Descriptors.SRM2004_SseBelowPolicy).WithLocation(1).WithArguments(
            "DynamoDB is an abstracted service",
            "the CDK CfnTable's SSESpecification enables SSE without a KmsMasterKeyId, which puts the table on the AWS managed key (aws/dynamodb), and srm.required_dynamodb_key = customer-managed requires a customer managed KMS key"),
        new DiagnosticResult(Descriptors.SRM2004_SseBelowPolicy).WithLocation(2).WithArguments(
            "DynamoDB is an abstracted service",
            "KmsMasterKeyId = \"alias/aws/dynamodb\": the CDK CfnTable's SSESpecification puts the table on the AWS managed key (aws/dynamodb), and srm.required_dynamodb_key = customer-managed requires a customer managed KMS key"),
        new DiagnosticResult(Descriptors.SRM2004_SseBelowPolicy).WithLocation(3).WithArguments(
            "DynamoDB is an abstracted service",
            "SseEnabled = false: the CDK CfnTable's SSESpecification keeps the table on the AWS owned key, and srm.required_dynamodb_key = customer-managed requires a customer managed KMS key"));

    [Fact]
    public Task CfnTable_WithACustomerKeyOrUnknown_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("DynamoDB, KMS", """
        new CfnTable(this, "Customers", new CfnTableProps
        {
            SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = true, SseType = "KMS", KmsMasterKeyId = tableKey.KeyArn },
        });
        new CfnTable(this, "Orders", new CfnTableProps
        {
            SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = enabled },
        });
        new CfnTable(this, "Invoices", new CfnTableProps { SseSpecification = specification });
        var props = new CfnTableProps { TableName = "carts" };
        props.SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = true, KmsMasterKeyId = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" };
        new CfnTable(this, "Carts", props);
        """, "IKey tableKey, object enabled, object specification"),
        RequireCustomer);

    [Fact]
    public Task CfnTable_EnabledUnderAnAwsManagedPolicy_OrWithoutAPolicy_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", new CfnTableProps
        {
            SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = true },
        });
        new CfnTable(this, "Orders", new CfnTableProps
        {
            SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = true, KmsMasterKeyId = "alias/aws/dynamodb" },
        });
        """),
        RequireAwsManaged);

    [Fact]
    public Task CfnTable_WithoutAPolicy_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", new CfnTableProps { TableName = "customers" });
        new CfnTable(this, "Orders", new CfnTableProps
        {
            SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = false },
        });
        """));

    [Fact]
    public Task CfnTable_UnderAnAwsManagedPolicy_IsFixed_ByEnablingSse() => VerifyRule.Fix(Sdk.Cdk, CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", {|SRM2004:new CfnTableProps|} { TableName = "customers" });
        new CfnTable(this, "Orders", new CfnTableProps
        {
            SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = {|SRM2004:false|} },
        });
        var props = new CfnTableProps { TableName = "invoices" };
        props.SseSpecification = {|SRM2004:null|};
        new CfnTable(this, "Invoices", props);
        """), CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", new CfnTableProps { TableName = "customers", SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = true } });
        new CfnTable(this, "Orders", new CfnTableProps
        {
            SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = true },
        });
        var props = new CfnTableProps { TableName = "invoices" };
        props.SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = true };
        new CfnTable(this, "Invoices", props);
        """),
        RequireAwsManaged);

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnTableSseSpecification_LeftOutOrNull() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", {|SRM2004:new CfnTableProps|} { TableName = "customers" });
        new CfnTable(this, "Orders", new CfnTableProps { SseSpecification = {|SRM2004:null|} });
        """),
        CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", new CfnTableProps { TableName = "customers", SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = true } });
        new CfnTable(this, "Orders", new CfnTableProps { SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = true } });
        """),
        RequireAwsManaged);

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnTableSseEnabled_False() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", new CfnTableProps { SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = {|SRM2004:false|} } });
        var sse = new CfnTable.SSESpecificationProperty { SseEnabled = true };
        sse.SseEnabled = {|SRM2004:false|};
        new CfnTable(this, "Orders", new CfnTableProps { SseSpecification = sse });
        """),
        CdkStack.Of("DynamoDB", """
        new CfnTable(this, "Customers", new CfnTableProps { SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = true } });
        var sse = new CfnTable.SSESpecificationProperty { SseEnabled = true };
        sse.SseEnabled = true;
        new CfnTable(this, "Orders", new CfnTableProps { SseSpecification = sse });
        """),
        RequireAwsManaged);
}
