using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.DataDestroyedWithStackAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace ResponsibilityAnalyzers.Tests.Rules.Backups;

/// <summary>SRM4007 (CDK only): RemovalPolicy.DESTROY on a Bucket that also empties itself (AutoDeleteObjects), a Table, TableV2 or RDS database.</summary>
public class DataDestroyedWithStackTests
{
    [Fact]
    public Task Finding_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, Attribute key) : base(scope, "App")
            {
                new Bucket(this, "Scratch", new BucketProps { AutoDeleteObjects = true, RemovalPolicy = {|#0:RemovalPolicy.DESTROY|} });
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4007_DataDestroyedWithStack).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "RemovalPolicy.DESTROY with AutoDeleteObjects = true makes deleting the stack, or an update that replaces the CDK Bucket, delete its objects"));

    [Fact]
    public Task UnsafeOrMissing_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, Attribute key) : base(scope, "App")
            {
                new Bucket(this, "Scratch", new BucketProps { RemovalPolicy = {|SRM4007:RemovalPolicy.DESTROY|}, AutoDeleteObjects = true });
                new Table(this, "Orders", new TableProps { PartitionKey = key, RemovalPolicy = {|SRM4007:RemovalPolicy.DESTROY|} });
            }
        }
        """);

    [Fact]
    public Task SafeOrUnknown_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, Attribute key) : base(scope, "App")
            {
                new Bucket(this, "Documents", new BucketProps { RemovalPolicy = RemovalPolicy.DESTROY });
                new Bucket(this, "Reports", new BucketProps { RemovalPolicy = RemovalPolicy.RETAIN });
                new Table(this, "Orders", new TableProps { PartitionKey = key, RemovalPolicy = RemovalPolicy.SNAPSHOT });
                new TableV2(this, "Sessions", new TablePropsV2 { PartitionKey = key });
            }
        }
        """);
}
