using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Region.ClientWithoutRegionAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Region;

/// <summary>SRM1003, CDK form: a Stack without an Env (or an Env without a Region), while srm.allowed_regions is set. No fix: which Region is right is the owner's choice.</summary>
public class ClientWithoutRegionCdkTests
{
    private const string EuOnly = "srm.allowed_regions = eu-central-1, eu-west-1\n";

    [Fact]
    public Task StackWithoutEnv_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;

        class Program
        {
            static void Main()
            {
                new Stack(new App(), "Documents", {|#0:new StackProps|} { Description = "documents" });
            }
        }
        """,
        EuOnly,
        new DiagnosticResult(Descriptors.SRM1003_ClientWithoutRegion).WithLocation(0).WithArguments(
            "For every AWS service",
            "the CDK StackProps give the stack no Env: cdk deploy puts it in whichever Region the CLI's profile or AWS_REGION names, which no review of the code can check against srm.allowed_regions"));

    [Fact]
    public Task NoPropsNoEnvAndNoRegion_AreReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Constructs;

        class StorageStack : Stack
        {
            public StorageStack(Construct scope, string id, IStackProps props = null) : base(scope, id, props) { }
        }

        class Program
        {
            static void Main()
            {
                var app = new App();
                {|SRM1003:new Stack(app, "Documents")|};
                {|SRM1003:new StorageStack(app, "Storage")|};
                new Stack(app, "Reports", new StackProps { Env = {|SRM1003:new Environment|} { Account = "123456789012" } });
            }
        }
        """,
        EuOnly);

    [Fact]
    public Task EnvWithRegion_EnvFromElsewhere_OrNoList_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;

        class Program
        {
            static void Main(string[] args)
            {
                var app = new App();
                new Stack(app, "Documents", new StackProps { Env = new Environment { Region = "eu-central-1" } });
                new Stack(app, "Reports", new StackProps { Env = Production() });
            }

            static IEnvironment Production() => new Environment { Region = "eu-west-1" };
        }
        """,
        EuOnly);

    [Fact]
    public Task WithoutAnAllowList_NothingIsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;

        class Program
        {
            static void Main()
            {
                new Stack(new App(), "Documents");
            }
        }
        """);
}
