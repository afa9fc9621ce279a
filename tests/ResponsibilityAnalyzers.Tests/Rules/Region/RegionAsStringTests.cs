using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Region.RegionAsStringAnalyzer, ResponsibilityAnalyzers.CodeFixes.Region.RegionAsStringFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Region;

public class RegionAsStringTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task GetBySystemNameWithALiteral_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon;
        using Amazon.S3;

        class Store
        {
            IAmazonS3 Client() => new AmazonS3Client({|#0:RegionEndpoint.GetBySystemName("eu-central-1")|});
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM1002_RegionAsString).WithLocation(0).WithArguments(
            "For every AWS service",
            "RegionEndpoint.GetBySystemName(\"eu-central-1\") can be RegionEndpoint.EUCentral1, which the compiler checks; a mistyped string still compiles and names another Region, or none"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ConstantsLocalsAndEveryNamingPattern_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon;

        class Regions
        {
            const string Home = "eu-west-1";

            void All()
            {
                var region = "ap-southeast-2";
                var a = {|SRM1002:RegionEndpoint.GetBySystemName(Home)|};
                var b = {|SRM1002:RegionEndpoint.GetBySystemName(region)|};
                var c = {|SRM1002:RegionEndpoint.GetBySystemName("cn-northwest-1")|};
                var d = {|SRM1002:RegionEndpoint.GetBySystemName("us-gov-west-1")|};
                var e = {|SRM1002:RegionEndpoint.GetBySystemName("us-isob-east-1")|};
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task UnknownAndFieldlessRegions_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon;

        class Regions
        {
            void All(string configured, bool backup)
            {
                var a = RegionEndpoint.GetBySystemName(configured);
                var b = RegionEndpoint.GetBySystemName(backup ? "eu-west-1" : "eu-central-1");
                var c = RegionEndpoint.GetBySystemName("xx-nowhere-9");
                var d = RegionEndpoint.GetBySystemName("Frankfurt");
                var e = RegionEndpoint.EUCentral1;
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon
        {
            public class RegionEndpoint
            {
                public static readonly RegionEndpoint EUWest1 = new RegionEndpoint();
                public static RegionEndpoint GetBySystemName(string name) => EUWest1;
            }
        }

        class Store
        {
            object Region() => Amazon.RegionEndpoint.GetBySystemName("eu-west-1");
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_UsesTheField(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon;
        using Amazon.S3;

        class Store
        {
            IAmazonS3 Client() => new AmazonS3Client(
                {|SRM1002:RegionEndpoint.GetBySystemName("eu-central-1")|}); // data stays in Frankfurt
        }
        """, """
        using Amazon;
        using Amazon.S3;

        class Store
        {
            IAmazonS3 Client() => new AmazonS3Client(
                RegionEndpoint.EUCentral1); // data stays in Frankfurt
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_UsesTheFieldEverywhere(Sdk sdk) => VerifyRule.FixAll(sdk, """
        class Store
        {
            void Clients()
            {
                var a = new Amazon.S3.AmazonS3Client({|SRM1002:Amazon.RegionEndpoint.GetBySystemName("eu-central-1")|});
                var b = new Amazon.S3.AmazonS3Config { RegionEndpoint = {|SRM1002:Amazon.RegionEndpoint.GetBySystemName("us-gov-west-1")|} };
            }
        }
        """, """
        class Store
        {
            void Clients()
            {
                var a = new Amazon.S3.AmazonS3Client(Amazon.RegionEndpoint.EUCentral1);
                var b = new Amazon.S3.AmazonS3Config { RegionEndpoint = Amazon.RegionEndpoint.USGovCloudWest1 };
            }
        }
        """);
}
