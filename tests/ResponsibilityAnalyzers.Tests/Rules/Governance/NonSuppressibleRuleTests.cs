using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Governance.NonSuppressibleRuleAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Governance;

/// <summary>SRM0002: rules listed in srm.non_suppressible_rules stay reported; every in-source suppression of them is an error.</summary>
public class NonSuppressibleRuleTests
{
    private const string Policy = "srm.non_suppressible_rules = SRM5003, SRM5004\n";

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PragmaWithAReason_ForAListedRule_IsReported_WithTheFullMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class LegacyBucket
        {
        #pragma warning disable {|#0:SRM5004|} // old pages link the files directly
            DeletePublicAccessBlockRequest Open(string bucket) => new DeletePublicAccessBlockRequest { BucketName = bucket };
        #pragma warning restore SRM5004
        }
        """,
        Policy,
        new DiagnosticResult(Descriptors.SRM0002_NonSuppressibleRuleSuppressed).WithLocation(0)
            .WithArguments("#pragma warning disable", "SRM5004")
            .WithMessage("This #pragma warning disable suppresses SRM5004, which srm.non_suppressible_rules keeps reported; fix the finding instead of suppressing it"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task AttributesForAListedRule_AreReported_JustifiedOrNot(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Diagnostics.CodeAnalysis;
        using Amazon.S3.Model;

        [assembly: {|SRM0002:SuppressMessage("AccessControl", "SRM5003")|}]

        class LegacyBucket
        {
            [{|#0:SuppressMessage("AccessControl", "SRM5004:S3 Block Public Access removed or weakened", Justification = "legacy pages")|}]
            DeletePublicAccessBlockRequest Open(string bucket) => new DeletePublicAccessBlockRequest { BucketName = bucket };

            [{|SRM0002:UnconditionalSuppressMessage("AccessControl", "SRM5004", Justification = "legacy pages")|}]
            DeletePublicAccessBlockRequest OpenAgain(string bucket) => new DeletePublicAccessBlockRequest { BucketName = bucket };
        }
        """,
        Policy,
        new DiagnosticResult(Descriptors.SRM0002_NonSuppressibleRuleSuppressed).WithLocation(0).WithArguments("SuppressMessage attribute", "SRM5004"));

    [Fact]
    public Task AttributeByItsFullNameOrAnAlias_IsReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using Waive = System.Diagnostics.CodeAnalysis.SuppressMessageAttribute;
        using Amazon.S3.Model;

        class LegacyBucket
        {
            [{|SRM0002:System.Diagnostics.CodeAnalysis.SuppressMessageAttribute("AccessControl", "SRM5004", Justification = "legacy pages")|}]
            DeletePublicAccessBlockRequest Open(string bucket) => new DeletePublicAccessBlockRequest { BucketName = bucket };

            [{|SRM0002:Waive(checkId: "SRM5004", category: "AccessControl", Justification = "legacy pages")|}]
            DeletePublicAccessBlockRequest OpenAgain(string bucket) => new DeletePublicAccessBlockRequest { BucketName = bucket };
        }
        """,
        Policy);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task SuppressionsOfUnlistedRules_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Diagnostics.CodeAnalysis;
        using Amazon.S3;

        class Factory
        {
        #pragma warning disable SRM3001 // LocalStack
        #pragma warning disable CS0168, SRM5001
            [SuppressMessage("AccessControl", "SRM5002")]
            AmazonS3Config Config() => new AmazonS3Config();
        #pragma warning restore SRM3001
        #pragma warning disable srm5004
        }
        """,
        Policy);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task WithoutTheOption_NothingIsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Diagnostics.CodeAnalysis;
        using Amazon.S3;

        class Factory
        {
        #pragma warning disable SRM5004, SRM0002
        #pragma warning disable
            [SuppressMessage("AccessControl", "SRM5004")]
            AmazonS3Config Config() => new AmazonS3Config();
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PragmaDisablingEveryWarning_IsReported_WithTheListedRules(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Factory
        {
        #pragma warning {|#0:disable|} // quiet, please
            AmazonS3Config Config() => new AmazonS3Config();
        #pragma warning restore
        }
        """,
        Policy,
        new DiagnosticResult(Descriptors.SRM0002_NonSuppressibleRuleSuppressed).WithLocation(0)
            .WithArguments("#pragma warning disable", "every warning, SRM0002, SRM5003, SRM5004 included"));

    /// <summary>While the list is set SRM0002 guards it: a pragma that waives SRM0002 is reported, and does not hide its own report.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PragmaWaivingSrm0002Itself_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class LegacyBucket
        {
        #pragma warning disable {|SRM0002:SRM0002|} // nobody reads these
            DeletePublicAccessBlockRequest Open(string bucket) => new DeletePublicAccessBlockRequest { BucketName = bucket };
        }
        """,
        Policy);

    [Fact]
    public Task OneListedRule_ListWithSpacesAndOneEntry_IsRead() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.S3.Model;

        class LegacyBucket
        {
        #pragma warning disable SRM5003, {|SRM0002:SRM5004|} // old pages link the files directly
            DeletePublicAccessBlockRequest Open(string bucket) => new DeletePublicAccessBlockRequest { BucketName = bucket };
        }
        """,
        "srm.non_suppressible_rules =   SRM5004  \n");

    [Fact]
    public Task InvalidList_IsIgnored_AndLeftToSrm0000() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.S3.Model;

        class LegacyBucket
        {
        #pragma warning disable SRM5004 // old pages link the files directly
            DeletePublicAccessBlockRequest Open(string bucket) => new DeletePublicAccessBlockRequest { BucketName = bucket };
        }
        """,
        "srm.non_suppressible_rules = SRM5004, SRM9999\n");

    [Fact]
    public Task InACdkAppWithoutTheSdk_APragmaForAListedRule_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK.AWS.S3;
        using Constructs;

        class Site
        {
        #pragma warning disable {|SRM0002:SRM5004|} // the site is public on purpose
            Bucket Assets(Construct scope) => new Bucket(scope, "Assets", new BucketProps { BlockPublicAccess = BlockPublicAccess.BLOCK_ACLS });
        #pragma warning restore SRM5004
        }
        """,
        Policy);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        class Plain
        {
        #pragma warning disable SRM5004 // no AWS here
            void M() { }
        }
        """,
        Policy);
}
