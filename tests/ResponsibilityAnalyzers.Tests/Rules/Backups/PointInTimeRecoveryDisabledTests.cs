using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.PointInTimeRecoveryDisabledAnalyzer, ResponsibilityAnalyzers.CodeFixes.Backups.PointInTimeRecoveryDisabledFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Backups;

/// <summary>SRM4002, on SDK v4 only: the v3 reference set (Sdk.V3) has no AWSSDK.DynamoDBv2.</summary>
public class PointInTimeRecoveryDisabledTests
{
    [Fact]
    public Task RecoveryTurnedOff_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            UpdateContinuousBackupsRequest Off(string table) => new UpdateContinuousBackupsRequest
            {
                TableName = table,
                PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = {|#0:false|} },
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4002_PointInTimeRecoveryDisabled).WithLocation(0).WithArguments(
            "DynamoDB is an abstracted service",
            "PointInTimeRecoveryEnabled = false turns point-in-time recovery off, and with it every restore point of the table's last 35 days"));

    [Fact]
    public Task FalseThroughALocal_AConditionalOrALaterAssignment_IsReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            void Configure(bool staging)
            {
                var recovery = {|#1:false|};
                var a = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = {|#0:recovery|} };
                var b = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = staging ? {|SRM4002:false|} : true };
                var c = new PointInTimeRecoverySpecification();
                c.PointInTimeRecoveryEnabled = {|SRM4002:false|};
            }
        }
        """,
        // Through a local: reported where the specification takes it (the IDE keeps only findings inside the operation it analyzes), pointing at where it is written.
        expected: new DiagnosticResult(Descriptors.SRM4002_PointInTimeRecoveryDisabled).WithLocation(0).WithLocation(1).WithArguments(
            "DynamoDB is an abstracted service",
            "PointInTimeRecoveryEnabled = false turns point-in-time recovery off, and with it every restore point of the table's last 35 days"));

    [Fact]
    public Task TrueUnknownAndNull_AreNotReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            void Configure(bool fromSettings, bool? maybe)
            {
                var a = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true };
                var b = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = fromSettings };
                var c = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = maybe };
                var d = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = null, RecoveryPeriodInDays = 7 };
                var e = new TableDescription { DeletionProtectionEnabled = false };
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.DynamoDBv2.Model
        {
            public class PointInTimeRecoverySpecification { public bool PointInTimeRecoveryEnabled { get; set; } }
        }

        class Tables
        {
            object Off() => new Amazon.DynamoDBv2.Model.PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = false };
        }
        """);

    [Fact]
    public Task WithS3Only_NothingIsReported() => VerifyRule.Diagnostics(Sdk.V3, """
        class Buckets
        {
            object Request() => new Amazon.S3.Model.PutBucketRequest { BucketName = "documents", UseClientRegion = false };
        }
        """);

    [Fact]
    public Task Fix_UsesTrue() => VerifyRule.Fix(Sdk.V4, """
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            UpdateContinuousBackupsRequest Off(string table) => new UpdateContinuousBackupsRequest
            {
                TableName = table,
                PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification
                {
                    PointInTimeRecoveryEnabled = {|SRM4002:false|}, // staging data
                },
            };
        }
        """, """
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            UpdateContinuousBackupsRequest Off(string table) => new UpdateContinuousBackupsRequest
            {
                TableName = table,
                PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification
                {
                    PointInTimeRecoveryEnabled = true, // staging data
                },
            };
        }
        """);

    [Fact]
    public Task FixAll_TurnsEveryDisabledRecoveryOn() => VerifyRule.FixAll(Sdk.V4, """
        class Tables
        {
            void Configure(bool staging)
            {
                var a = new Amazon.DynamoDBv2.Model.PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = {|SRM4002:false|} };
                var b = new Amazon.DynamoDBv2.Model.PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = staging ? {|SRM4002:false|} : null };
            }
        }
        """, """
        class Tables
        {
            void Configure(bool staging)
            {
                var a = new Amazon.DynamoDBv2.Model.PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true };
                var b = new Amazon.DynamoDBv2.Model.PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = staging ? true : null };
            }
        }
        """);
}
