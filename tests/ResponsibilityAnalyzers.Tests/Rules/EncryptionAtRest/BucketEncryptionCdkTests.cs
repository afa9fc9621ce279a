using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.BucketEncryptionAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.BucketEncryptionFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>SRM2003, CDK form: a Bucket whose default encryption (BucketProps.Encryption) is below srm.required_s3_sse.</summary>
public class BucketEncryptionCdkTests
{
    private const string RequireKms = "srm.required_s3_sse = sse-kms\n";

    [Fact]
    public Task S3ManagedUnderAKmsPolicy_IsReported_WithTheRequirement() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", new BucketProps { Encryption = {|#0:BucketEncryption.S3_MANAGED|} });
            }
        }
        """,
        RequireKms,
        new DiagnosticResult(Descriptors.SRM2003_BucketEncryptionWeakened).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "the CDK Bucket's default encryption is SSE-S3 (BucketEncryption.S3_MANAGED), below the SSE-KMS that srm.required_s3_sse = sse-kms requires"));

    [Fact]
    public Task LeftOutUnencryptedOrNoProps_AreReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope, bool strict) : base(scope, "Storage")
            {
                new Bucket(this, "Reports", {|SRM2003:new BucketProps|} { Versioned = true });
                {|SRM2003:new Bucket(this, "Exports")|};
        #pragma warning disable CS0618 // UNENCRYPTED is deprecated: S3 encrypts it with SSE-S3
                new Bucket(this, "Logs", new BucketProps { Encryption = {|SRM2003:BucketEncryption.UNENCRYPTED|} });
        #pragma warning restore CS0618
                new Bucket(this, "Drafts", new BucketProps { Encryption = strict ? BucketEncryption.KMS : {|SRM2003:BucketEncryption.S3_MANAGED|} });
            }
        }
        """,
        RequireKms);

    [Fact]
    public Task KmsKindsAKeyOrNoPolicy_AreNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope, IKey key, BucketEncryption chosen) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", new BucketProps { Encryption = BucketEncryption.KMS_MANAGED });
                new Bucket(this, "Reports", new BucketProps { Encryption = BucketEncryption.KMS, EncryptionKey = key });
                new Bucket(this, "Keyed", new BucketProps { EncryptionKey = key });
                new Bucket(this, "Double", new BucketProps { Encryption = BucketEncryption.DSSE_MANAGED });
                new Bucket(this, "Chosen", new BucketProps { Encryption = chosen });
            }
        }
        """,
        RequireKms);

    [Fact]
    public Task WithoutAPolicy_NothingIsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", new BucketProps { Encryption = BucketEncryption.S3_MANAGED });
                new Bucket(this, "Exports");
            }
        }
        """);

    [Fact]
    public Task UnderADssePolicy_KmsIsBelow_AndAKeyedBucketToo() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope, IKey key) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", new BucketProps { Encryption = {|SRM2003:BucketEncryption.KMS|}, EncryptionKey = key });
                new Bucket(this, "Keyed", {|SRM2003:new BucketProps|} { EncryptionKey = key });
                new Bucket(this, "Double", new BucketProps { Encryption = BucketEncryption.DSSE, EncryptionKey = key });
            }
        }
        """,
        "srm.required_s3_sse = dsse-kms\n");

    [Fact]
    public Task ALaterAssignment_IsReportedWhereItIsWritten_AndALaterFixWins() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                var reports = new BucketProps { Encryption = BucketEncryption.KMS_MANAGED };
                reports.Encryption = {|SRM2003:BucketEncryption.S3_MANAGED|};
                new Bucket(this, "Reports", reports);
                var documents = new BucketProps { Encryption = BucketEncryption.S3_MANAGED };
                documents.Encryption = BucketEncryption.KMS_MANAGED;
                new Bucket(this, "Documents", documents);
                var exports = new BucketProps();
                exports.Encryption = BucketEncryption.KMS_MANAGED;
                new Bucket(this, "Exports", exports);
            }
        }
        """,
        RequireKms);

    [Fact]
    public Task Fix_WritesTheAwsManagedKindOfTheRequiredStrength() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", new BucketProps { Encryption = {|SRM2003:BucketEncryption.S3_MANAGED|} });
                new Bucket(this, "Reports", {|SRM2003:new BucketProps|} { Versioned = true });
                var props = new BucketProps();
                props.Encryption = {|SRM2003:BucketEncryption.S3_MANAGED|};
                new Bucket(this, "Exports", props);
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
                new Bucket(this, "Documents", new BucketProps { Encryption = BucketEncryption.KMS_MANAGED });
                new Bucket(this, "Reports", new BucketProps { Versioned = true, Encryption = BucketEncryption.KMS_MANAGED });
                var props = new BucketProps();
                props.Encryption = BucketEncryption.KMS_MANAGED;
                new Bucket(this, "Exports", props);
            }
        }
        """,
        RequireKms);

    [Fact]
    public Task FixAll_RaisesEveryBucket() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class StorageStack : Stack
        {
            StorageStack(Construct scope) : base(scope, "Storage")
            {
                new Bucket(this, "Documents", new BucketProps { Encryption = {|SRM2003:BucketEncryption.KMS_MANAGED|} });
                {|SRM2003:new Bucket(this, "Exports")|};
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
                new Bucket(this, "Documents", new BucketProps { Encryption = BucketEncryption.DSSE_MANAGED });
                new Bucket(this, "Exports", new BucketProps { Encryption = BucketEncryption.DSSE_MANAGED });
            }
        }
        """,
        "srm.required_s3_sse = dsse-kms\n");
}
