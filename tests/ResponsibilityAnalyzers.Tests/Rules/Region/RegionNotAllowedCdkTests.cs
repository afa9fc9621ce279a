using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Region.RegionNotAllowedAnalyzer, ResponsibilityAnalyzers.CodeFixes.Region.RegionNotAllowedFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Region;

/// <summary>SRM1001, CDK form: a Stack's Env with a Region outside srm.allowed_regions.</summary>
public class RegionNotAllowedCdkTests
{
    private const string EuOnly = "srm.allowed_regions = eu-central-1, eu-west-1\n";

    [Fact]
    public Task StackInARegionOutsideTheList_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;

        class Program
        {
            static void Main()
            {
                var app = new App();
                new Stack(app, "Documents", new StackProps { Env = new Environment { Account = "123456789012", Region = {|#0:"us-east-1"|} } });
            }
        }
        """,
        EuOnly,
        new DiagnosticResult(Descriptors.SRM1001_RegionNotAllowed).WithLocation(0).WithArguments(
            "For every AWS service",
            "Environment.Region is us-east-1, a Region srm.allowed_regions (eu-central-1, eu-west-1) does not list; data placed there is outside the Regions you chose for it"));

    [Fact]
    public Task AllowedUnknownOrNoList_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;

        class Program
        {
            static void Main(string[] args)
            {
                var app = new App();
                new Stack(app, "Documents", new StackProps { Env = new Environment { Region = "eu-central-1" } });
                new Stack(app, "Reports", new StackProps { Env = new Environment { Region = args[0] } });
            }
        }
        """,
        EuOnly);

    [Fact]
    public Task Fix_OffersEachAllowedRegion() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;

        class Program
        {
            static void Main()
            {
                new Stack(new App(), "Documents", new StackProps { Env = new Environment { Region = {|SRM1001:"us-east-1"|} } });
            }
        }
        """, """
        using Amazon.CDK;

        class Program
        {
            static void Main()
            {
                new Stack(new App(), "Documents", new StackProps { Env = new Environment { Region = "eu-west-1" } });
            }
        }
        """,
        EuOnly,
        "SRM1001.eu-west-1");

    [Fact]
    public Task FixAll_MovesEveryStack() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;

        class Program
        {
            static void Main()
            {
                var app = new App();
                new Stack(app, "Documents", new StackProps { Env = new Environment { Region = {|SRM1001:"us-east-1"|} } });
                new Stack(app, "Reports", new StackProps { Env = new Environment { Region = {|SRM1001:"us-west-2"|} } });
            }
        }
        """, """
        using Amazon.CDK;

        class Program
        {
            static void Main()
            {
                var app = new App();
                new Stack(app, "Documents", new StackProps { Env = new Environment { Region = "eu-central-1" } });
                new Stack(app, "Reports", new StackProps { Env = new Environment { Region = "eu-central-1" } });
            }
        }
        """,
        EuOnly);
}
