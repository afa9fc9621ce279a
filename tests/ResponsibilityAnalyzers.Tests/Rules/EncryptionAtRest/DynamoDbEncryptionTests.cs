using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.DynamoDbEncryptionAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>
/// SRM2005, on SDK v4 only: the v3 reference set holds only AWSSDK.S3 3.7.511.8 (a v3 DynamoDB package that works with
/// it is not served). On v3 the rule has nothing to read, which the last test checks.
/// </summary>
public class DynamoDbEncryptionTests
{
    [Fact]
    public Task DisablingSse_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            object Cheaper() => new UpdateTableRequest { TableName = "orders", SSESpecification = new SSESpecification { Enabled = {|#0:false|} } };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2005_DynamoDbEncryptionWeakened).WithLocation(0).WithArguments(
            "DynamoDB is an abstracted service",
            "UpdateTable sets SSESpecification.Enabled = false, which moves the table from its KMS key to the AWS owned key, whose use the account cannot audit in CloudTrail, restrict by key policy or revoke"));

    [Fact]
    public Task EveryWayBackToTheOwnedKey_IsReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            void Update(bool cheap)
            {
                var a = new UpdateTableRequest { TableName = "a", SSESpecification = {|SRM2005:new SSESpecification()|} };
                var sse = new SSESpecification { Enabled = cheap ? {|SRM2005:false|} : true };
                var b = new UpdateTableRequest { TableName = "b" };
                b.SSESpecification = sse;
                var c = new UpdateTableRequest { TableName = "c", SSESpecification = new SSESpecification { Enabled = true, SSEType = {|SRM2005:SSEType.AES256|} } };
            }
        }
        """);

    [Fact]
    public Task KmsKeysAndCreateTable_AreNotReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            void Update(bool enabled)
            {
                var a = new UpdateTableRequest { TableName = "a", SSESpecification = new SSESpecification { Enabled = true, SSEType = SSEType.KMS } };
                var b = new UpdateTableRequest { TableName = "b", SSESpecification = new SSESpecification { Enabled = enabled } };
                var c = new CreateTableRequest { TableName = "c", SSESpecification = new SSESpecification { Enabled = false } };
                var d = new UpdateTableRequest { TableName = "d" };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.None)]
    public Task WithoutDynamoDb_NothingIsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        namespace Amazon.DynamoDBv2.Model
        {
            public class SSESpecification { public bool? Enabled { get; set; } }
            public class UpdateTableRequest { public SSESpecification? SSESpecification { get; set; } }
        }

        class Tables
        {
            object Cheaper() => new Amazon.DynamoDBv2.Model.UpdateTableRequest { SSESpecification = new Amazon.DynamoDBv2.Model.SSESpecification { Enabled = false } };
        }
        """);
}
