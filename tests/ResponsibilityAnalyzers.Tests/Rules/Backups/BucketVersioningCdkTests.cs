using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Backups.BucketVersioningAnalyzer, ResponsibilityAnalyzers.CodeFixes.Backups.VersionedBucketPropsFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Backups;

/// <summary>SRM4004, CDK form: an S3 Bucket declared in a CDK app without Versioned = true.</summary>
public class BucketVersioningCdkTests
{
    [Fact]
    public Task BucketWithoutVersioning_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", {|#0:new BucketProps|} { EnforceSSL = true });
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM4004_BucketWithoutVersioning).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "the CDK Bucket is declared without versioning (Versioned = true): an overwrite or a delete loses the object for good"));

    [Fact]
    public Task FalseNoPropsAndPropsInALocal_AreReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope, bool keep) : base(scope, "Storage")
            {
                new Bucket(this, "Reports", new BucketProps { Versioned = {|SRM4004:false|} });
                {|SRM4004:new Bucket(this, "Exports")|};
                var props = {|SRM4004:new BucketProps|} { BucketName = "archive" };
                new Bucket(this, "Archive", props);
                new Bucket(this, "Drafts", new BucketProps { Versioned = keep ? true : {|SRM4004:false|} });
            }
        }
        """);

    [Fact]
    public Task VersionedUnknownOrSetLater_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope, bool keep, BucketProps given) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", new BucketProps { Versioned = true });
                new Bucket(this, "Reports", new BucketProps { Versioned = keep });
                var props = new BucketProps { BucketName = "archive" };
                props.Versioned = true;
                new Bucket(this, "Archive", props);
                new Bucket(this, "Given", given);
            }
        }
        """);

    [Fact]
    public Task FalseGivenInALaterStatement_IsReportedWhereItIsWritten_AndFixedThere() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope, bool cheap, BucketProps given) : base(scope, "Storage")
            {
                var props = new BucketProps { Versioned = true };
                props.Versioned = {|SRM4004:false|};
                new Bucket(this, "Archive", props);
                var reports = new BucketProps { Versioned = true };
                if (cheap)
                {
                    reports.Versioned = {|SRM4004:false|};
                }

                new Bucket(this, "Reports", reports);
                given.Versioned = {|SRM4004:false|};
                new Bucket(this, "Given", given);
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope, bool cheap, BucketProps given) : base(scope, "Storage")
            {
                var props = new BucketProps { Versioned = true };
                props.Versioned = true;
                new Bucket(this, "Archive", props);
                var reports = new BucketProps { Versioned = true };
                if (cheap)
                {
                    reports.Versioned = true;
                }

                new Bucket(this, "Reports", reports);
                given.Versioned = true;
                new Bucket(this, "Given", given);
            }
        }
        """);

    [Fact]
    public Task TrueGivenInALaterStatement_WinsOverFalseInTheInitializer() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                var props = new BucketProps { Versioned = false };
                props.Versioned = true;
                new Bucket(this, "Archive", props);
                var reports = new BucketProps { Versioned = true };
                reports.Versioned = false;
                reports.Versioned = true;
                new Bucket(this, "Reports", reports);
            }
        }
        """);

    [Fact]
    public Task WithoutTheCdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.CDK.AWS.S3
        {
            class BucketProps { public bool? Versioned { get; set; } }
        }

        class C
        {
            object M() => new Amazon.CDK.AWS.S3.BucketProps();
        }
        """);

    [Fact]
    public Task Fix_SetsVersioned_InTheProps_OrGivesTheBucketProps() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", {|SRM4004:new BucketProps|}
                {
                    EnforceSSL = true,
                });
                new Bucket(this, "Reports", new BucketProps { Versioned = {|SRM4004:false|} });
                {|SRM4004:new Bucket(this, "Exports")|};
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", new BucketProps
                {
                    EnforceSSL = true,
                    Versioned = true,
                });
                new Bucket(this, "Reports", new BucketProps { Versioned = true });
                new Bucket(this, "Exports", new BucketProps { Versioned = true });
            }
        }
        """);

    [Fact]
    public Task FixAll_VersionsEveryBucket() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", {|SRM4004:new BucketProps|} { EnforceSSL = true });
                {|SRM4004:new Bucket(this, "Exports")|};
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", new BucketProps { EnforceSSL = true, Versioned = true });
                new Bucket(this, "Exports", new BucketProps { Versioned = true });
            }
        }
        """);

    /// <summary>DESTROY with AutoDeleteObjects hands the objects to the stack (SRM4007 says so, at Info): versioning them is moot. DESTROY alone keeps a bucket with objects.</summary>
    [Fact]
    public Task BucketDestroyedWithItsStack_IsLeftToSrm4007() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class PreviewStack : Stack
        {
            PreviewStack(Construct scope) : base(scope, "Preview")
            {
                new Bucket(this, "Scratch", new BucketProps { RemovalPolicy = RemovalPolicy.DESTROY, AutoDeleteObjects = true });
                new Bucket(this, "Kept", {|SRM4004:new BucketProps|} { RemovalPolicy = RemovalPolicy.DESTROY });
                new Bucket(this, "Emptied", {|SRM4004:new BucketProps|} { AutoDeleteObjects = true });
            }
        }
        """);

    [Fact]
    public Task CfnBucket_WithoutVersioningOrSuspended_IsReported_AndEnabledIsNot() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new CfnBucket(this, "Documents", {|SRM4004:new CfnBucketProps|} { BucketName = "documents" });
                new CfnBucket(this, "Reports", new CfnBucketProps { VersioningConfiguration = new CfnBucket.VersioningConfigurationProperty { Status = {|SRM4004:"Suspended"|} } });
                new CfnBucket(this, "Archive", new CfnBucketProps { VersioningConfiguration = new CfnBucket.VersioningConfigurationProperty { Status = "Enabled" } });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new CfnBucket(this, "Documents", new CfnBucketProps { BucketName = "documents", VersioningConfiguration = new CfnBucket.VersioningConfigurationProperty { Status = "Enabled" } });
                new CfnBucket(this, "Reports", new CfnBucketProps { VersioningConfiguration = new CfnBucket.VersioningConfigurationProperty { Status = "Enabled" } });
                new CfnBucket(this, "Archive", new CfnBucketProps { VersioningConfiguration = new CfnBucket.VersioningConfigurationProperty { Status = "Enabled" } });
            }
        }
        """);

    /// <summary>
    /// The CDK forms read only files that can hold CDK code: a file that never writes Amazon.CDK is read too when the
    /// project imports it for every file (global usings, a csproj's &lt;Using Include="Amazon.CDK" /&gt;).
    /// </summary>
    [Fact]
    public Task BucketInAFileThatOnlyAGlobalUsingImports_IsReported() => VerifyRule.Diagnostics(
        Sdk.Cdk,
        ["global using Amazon.CDK;\nglobal using Amazon.CDK.AWS.S3;\nglobal using Constructs;\n"],
        """
        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", {|SRM4004:new BucketProps|} { BucketName = "documents" });
            }
        }
        """);

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnBucketVersioningConfiguration_LeftOutOrNull() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("S3", """
        new CfnBucket(this, "Documents", {|SRM4004:new CfnBucketProps|} { BucketName = "documents" });
        new CfnBucket(this, "Reports", new CfnBucketProps { VersioningConfiguration = {|SRM4004:null|} });
        """),
        CdkStack.Of("S3", """
        new CfnBucket(this, "Documents", new CfnBucketProps { BucketName = "documents", VersioningConfiguration = new CfnBucket.VersioningConfigurationProperty { Status = "Enabled" } });
        new CfnBucket(this, "Reports", new CfnBucketProps { VersioningConfiguration = new CfnBucket.VersioningConfigurationProperty { Status = "Enabled" } });
        """));

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnBucketVersioningStatus_Suspended() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("S3", """
        new CfnBucket(this, "Documents", new CfnBucketProps { VersioningConfiguration = new CfnBucket.VersioningConfigurationProperty { Status = {|SRM4004:"Suspended"|} } });
        var versioning = new CfnBucket.VersioningConfigurationProperty { Status = "Enabled" };
        versioning.Status = {|SRM4004:"Suspended"|};
        new CfnBucket(this, "Reports", new CfnBucketProps { VersioningConfiguration = versioning });
        """),
        CdkStack.Of("S3", """
        new CfnBucket(this, "Documents", new CfnBucketProps { VersioningConfiguration = new CfnBucket.VersioningConfigurationProperty { Status = "Enabled" } });
        var versioning = new CfnBucket.VersioningConfigurationProperty { Status = "Enabled" };
        versioning.Status = "Enabled";
        new CfnBucket(this, "Reports", new CfnBucketProps { VersioningConfiguration = versioning });
        """));
}
