using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.VersioningSuspendedAnalyzer, ResponsibilityAnalyzers.CodeFixes.Backups.VersioningSuspendedFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Backups;

public class VersioningSuspendedTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task SuspendedVersioning_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            PutBucketVersioningRequest Suspend(string bucket) => new PutBucketVersioningRequest
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = {|#0:VersionStatus.Suspended|} },
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4005_VersioningSuspended).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "versioning is suspended: S3 stops keeping old versions, so an overwrite or a delete loses the object for good"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryWayOfWritingSuspendedOrOff_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            void Configure(bool archive)
            {
                var a = new S3BucketVersioningConfig { Status = {|SRM4005:VersionStatus.Off|} };
                var b = new S3BucketVersioningConfig { Status = archive ? {|SRM4005:VersionStatus.Suspended|} : VersionStatus.Enabled };
                var c = new S3BucketVersioningConfig();
                c.Status = {|SRM4005:VersionStatus.FindValue("Suspended")|};
                var d = new S3BucketVersioningConfig { Status = {|SRM4005:"Suspended"|} };
            }
        }
        """);

    /// <summary>The IDE keeps only findings inside the operation it analyzes: a value written earlier is reported where the config takes it, and points at where it is written.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task SuspendedWrittenInAnEarlierStatement_IsReportedWhereTheConfigTakesIt(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            object Configure()
            {
                var status = {|#1:new VersionStatus("Suspended")|};
                return new S3BucketVersioningConfig { Status = {|#0:status|} };
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4005_VersioningSuspended).WithLocation(0).WithLocation(1).WithArguments(
            "S3 is an abstracted service",
            "versioning is suspended: S3 stops keeping old versions, so an overwrite or a delete loses the object for good"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EnabledAndUnknownStatuses_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            VersionStatus configured = VersionStatus.Enabled;

            void Configure(VersionStatus fromCaller, string wire)
            {
                var a = new S3BucketVersioningConfig { Status = VersionStatus.Enabled };
                var b = new S3BucketVersioningConfig { Status = fromCaller };
                var c = new S3BucketVersioningConfig { Status = VersionStatus.FindValue(wire) };
                var d = new S3BucketVersioningConfig { Status = configured };
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3
        {
            public class VersionStatus { public static readonly VersionStatus Suspended = new VersionStatus(); }
            public class S3BucketVersioningConfig { public VersionStatus Status { get; set; } }
        }

        class Buckets
        {
            object Suspend() => new Amazon.S3.S3BucketVersioningConfig { Status = Amazon.S3.VersionStatus.Suspended };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_UsesEnabled(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            PutBucketVersioningRequest Suspend(string bucket) => new PutBucketVersioningRequest
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = {|SRM4005:VersionStatus.Suspended|} /* archive */ },
            };
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            PutBucketVersioningRequest Suspend(string bucket) => new PutBucketVersioningRequest
            {
                BucketName = bucket,
                VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled /* archive */ },
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_EnablesEverySuspendedConfig(Sdk sdk) => VerifyRule.FixAll(sdk, """
        class Buckets
        {
            void Configure(bool archive)
            {
                var a = new Amazon.S3.Model.S3BucketVersioningConfig { Status = {|SRM4005:Amazon.S3.VersionStatus.Off|} };
                var b = new Amazon.S3.Model.S3BucketVersioningConfig { Status = archive ? {|SRM4005:Amazon.S3.VersionStatus.Suspended|} : null };
            }
        }
        """, """
        class Buckets
        {
            void Configure(bool archive)
            {
                var a = new Amazon.S3.Model.S3BucketVersioningConfig { Status = Amazon.S3.VersionStatus.Enabled };
                var b = new Amazon.S3.Model.S3BucketVersioningConfig { Status = archive ? Amazon.S3.VersionStatus.Enabled : null };
            }
        }
        """);
}
