using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Governance.UnjustifiedSuppressionAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Governance;

/// <summary>SRM0001: every in-source suppression of an SRM rule must say why, on the pragma's line or in Justification.</summary>
public class UnjustifiedSuppressionTests
{
    private const string PragmaAdvice = "write why on the same line, after //";
    private const string AttributeAdvice = "set Justification to why the check is waived";

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PragmaWithoutAComment_IsReported_WithTheFullMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Avatars
        {
        #pragma warning disable {|#0:SRM5001|}
            PutObjectRequest Upload(string key) => new PutObjectRequest { BucketName = "avatars", Key = key, CannedACL = S3CannedACL.PublicRead };
        #pragma warning restore SRM5001
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM0001_UnjustifiedSuppression).WithLocation(0)
            .WithArguments("#pragma warning disable", "SRM5001", PragmaAdvice)
            .WithMessage("#pragma warning disable waives SRM5001 without a reason; write why on the same line, after //"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PragmaListMixingCompilerAndSrmIds_ReportsEachSrmId(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Factory
        {
        #pragma warning disable CS0168, {|SRM0001:SRM5001|}, CA1822, {|SRM0001:SRM3001|}
            AmazonS3Config Config() => new AmazonS3Config { ServiceURL = "http://s3.amazonaws.com" };
        #pragma warning restore CS0168, SRM5001, CA1822, SRM3001
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PragmaDisablingEveryWarning_WithoutAComment_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Factory
        {
        #pragma warning {|#0:disable|}
            AmazonS3Config Config() => new AmazonS3Config();
        #pragma warning restore
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM0001_UnjustifiedSuppression).WithLocation(0)
            .WithArguments("#pragma warning disable", "every warning, SRM rules included,", PragmaAdvice));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PragmasWithAReasonOnTheirLine_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Factory
        {
        #pragma warning disable SRM3001 // LocalStack in CI; the host name is a variable (ticket OPS-17)
            AmazonS3Config Config(string url) => new AmazonS3Config { ServiceURL = url };
        #pragma warning restore SRM3001
        #pragma warning disable CS0168, SRM5001 //reason without a space
        #pragma warning restore CS0168, SRM5001
        #pragma warning disable // generated-looking helper, reviewed in PR 812
        #pragma warning restore
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EmptyComment_ReasonOnTheLineAbove_AndBlockComment_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Factory
        {
        #pragma warning disable {|SRM0001:SRM5001|} //
        #pragma warning restore SRM5001
            // The bucket is public by design.
        #pragma warning disable {|SRM0001:SRM5002|}
        #pragma warning restore SRM5002
        #pragma warning disable {|SRM0001:SRM5003|} /* a block comment is not allowed on a pragma line */
        #pragma warning restore SRM5003
            AmazonS3Config Config() => new AmazonS3Config();
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PragmasThatWaiveNoSrmRule_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Factory
        {
        #pragma warning disable CS0168, CA1822
        #pragma warning disable 168
        // The compiler matches pragma ids exactly: this one does not waive SRM5001, so it needs no reason.
        #pragma warning disable srm5001
        #pragma warning restore SRM5001
        #if NEVER_DEFINED
        #pragma warning disable SRM5001
        #endif
            AmazonS3Config Config() => new AmazonS3Config();
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task SuppressMessageWithoutJustification_IsReported_WithTheFullMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Diagnostics.CodeAnalysis;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Avatars
        {
            [{|#0:SuppressMessage("AccessControl", "SRM5001:S3 canned ACL makes data public")|}]
            PutObjectRequest Upload(string key) => new PutObjectRequest { BucketName = "avatars", Key = key, CannedACL = S3CannedACL.PublicRead };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM0001_UnjustifiedSuppression).WithLocation(0)
            .WithArguments("SuppressMessage attribute", "SRM5001", AttributeAdvice)
            .WithMessage("SuppressMessage attribute waives SRM5001 without a reason; set Justification to why the check is waived"));

    [Fact]
    public Task SuppressMessageOnEveryKindOfDeclaration_IsReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System;
        using System.Diagnostics.CodeAnalysis;
        using Amazon.S3;

        [assembly: {|SRM0001:SuppressMessage("AccessControl", "SRM5001")|}]
        [module: {|SRM0001:SuppressMessage("AccessControl", "SRM5002", Scope = "type", Target = "~T:Factory")|}]

        [{|SRM0001:SuppressMessage("AccessControl", "SRM5003")|}]
        class Factory
        {
            [{|SRM0001:SuppressMessage("EncryptionInTransit", "SRM3001")|}]
            private readonly AmazonS3Config _config = new AmazonS3Config();

            [{|SRM0001:SuppressMessage("EncryptionInTransit", "SRM3001")|}]
            public AmazonS3Config Config { [{|SRM0001:SuppressMessage("EncryptionInTransit", "SRM3001")|}] get => _config; }

            [{|SRM0001:SuppressMessage("EncryptionInTransit", "SRM3002")|}]
            public event Action Changed;

            [{|SRM0001:UnconditionalSuppressMessage("EncryptionInTransit", "SRM3003")|}]
            public void Use([{|SRM0001:SuppressMessage("EncryptionInTransit", "SRM3001")|}] AmazonS3Config config)
            {
                [{|SRM0001:SuppressMessage("EncryptionInTransit", "SRM3001")|}]
                AmazonS3Config Local() => new AmazonS3Config();

                Func<AmazonS3Config> lambda = [{|SRM0001:SuppressMessage("EncryptionInTransit", "SRM3001")|}] () => new AmazonS3Config();
                Changed?.Invoke();
            }
        }

        [{|SRM0001:SuppressMessage("AccessControl", "SRM5004")|}]
        struct Settings
        {
        }
        """);

    /// <summary>
    /// Attributes are read syntax first (name, then a literal check id) and bound only when they can be ours: an alias,
    /// a global alias in another file, a fully qualified name and a check id held in a constant must still be seen.
    /// </summary>
    [Fact]
    public Task SuppressMessageUnderAnAliasAQualifiedNameOrAConstantCheckId_IsReported() => VerifyRule.Diagnostics(Sdk.V4, ["global using GlobalWaive = System.Diagnostics.CodeAnalysis.SuppressMessageAttribute;"], """
        using Amazon.S3;
        using Waive = System.Diagnostics.CodeAnalysis.SuppressMessageAttribute;

        static class Ids
        {
            public const string PlainHttp = "SRM3001";
        }

        class Factory
        {
            [{|SRM0001:Waive("EncryptionInTransit", "SRM3001")|}]
            AmazonS3Config A() => new AmazonS3Config();

            [{|SRM0001:System.Diagnostics.CodeAnalysis.SuppressMessageAttribute("EncryptionInTransit", "SRM3001")|}]
            AmazonS3Config B() => new AmazonS3Config();

            [{|SRM0001:global::System.Diagnostics.CodeAnalysis.SuppressMessage("EncryptionInTransit", Ids.PlainHttp)|}]
            AmazonS3Config C() => new AmazonS3Config();

            [{|SRM0001:GlobalWaive(checkId: "SRM3001", category: "EncryptionInTransit")|}]
            AmazonS3Config D() => new AmazonS3Config();

            [System.Diagnostics.CodeAnalysis.SuppressMessage("EncryptionInTransit", "CA5359")]
            AmazonS3Config E() => new AmazonS3Config();
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EmptyBlankOrPlaceholderJustification_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Diagnostics.CodeAnalysis;
        using Amazon.S3;

        class Factory
        {
            [{|SRM0001:SuppressMessage("EncryptionInTransit", "SRM3001", Justification = "")|}]
            AmazonS3Config A() => new AmazonS3Config();

            [{|SRM0001:SuppressMessage("EncryptionInTransit", "SRM3001", Justification = "   ")|}]
            AmazonS3Config B() => new AmazonS3Config();

            // What Visual Studio writes when it adds a suppression for you.
            [{|SRM0001:SuppressMessage("EncryptionInTransit", "SRM3001", Justification = "<Pending>")|}]
            AmazonS3Config C() => new AmazonS3Config();

            [{|SRM0001:SuppressMessage("EncryptionInTransit", "SRM3001", Justification = null)|}]
            AmazonS3Config D() => new AmazonS3Config();
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task RealJustification_AndOtherToolsSuppressions_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Diagnostics.CodeAnalysis;
        using Amazon.S3;

        static class Reasons
        {
            public const string LocalStack = "LocalStack endpoint in the integration tests";
        }

        class Factory
        {
            [SuppressMessage("EncryptionInTransit", "SRM3001", Justification = "Talks to LocalStack only (docker-compose.yml)")]
            AmazonS3Config A() => new AmazonS3Config();

            [SuppressMessage("EncryptionInTransit", "SRM3001:Plain HTTP", Justification = Reasons.LocalStack)]
            AmazonS3Config B() => new AmazonS3Config();

            [SuppressMessage("Performance", "CA1822")]
            AmazonS3Config C() => new AmazonS3Config();

            [SuppressMessage("Style", "IDE0051:Remove unused private members")]
            AmazonS3Config D() => new AmazonS3Config();
        }
        """);

    [Fact]
    public Task InACdkAppWithoutTheSdk_SuppressionsWithoutAReason_AreReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using System.Diagnostics.CodeAnalysis;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class Scratch
        {
        #pragma warning disable {|SRM0001:SRM4004|}
            Bucket Uploads(Construct scope) => new Bucket(scope, "Uploads");
        #pragma warning restore SRM4004

            [{|SRM0001:SuppressMessage("Backups", "SRM4004")|}]
            Bucket Exports(Construct scope) => new Bucket(scope, "Exports");
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        using System.Diagnostics.CodeAnalysis;

        class Plain
        {
        #pragma warning disable SRM5001
            [SuppressMessage("AccessControl", "SRM5001")]
            void M() { }
        #pragma warning restore SRM5001
        }
        """);

    /// <summary>The pragma that waives SRM0001 is reported itself; once in force it hides SRM0001 below it, as any pragma does.</summary>
    [Fact]
    public Task PragmaWaivingSrm0001_IsReported_AndHidesTheLinesBelowIt() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.S3;

        class Factory
        {
        #pragma warning disable {|SRM0001:SRM0001|}
        #pragma warning disable SRM3001
            AmazonS3Config Config() => new AmazonS3Config { ServiceURL = "http://s3.amazonaws.com" };
        }
        """);
}
