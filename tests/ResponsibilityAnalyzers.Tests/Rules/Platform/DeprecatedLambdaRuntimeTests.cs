using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Platform.DeprecatedLambdaRuntimeAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Platform;

/// <summary>AWSSDK.Lambda is not served: the stand-in StandIns/AwsSdkLambda.cs provides its API (on AWSSDK.Core 3.7 for the V3 runs).</summary>
public class DeprecatedLambdaRuntimeTests
{
    private static readonly string[] Lambda = { AwsSdkLambda.Source };

    [Fact]
    public Task DeprecatedRuntimeOnCreate_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, Lambda, """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Functions
        {
            Task<CreateFunctionResponse> Deploy(IAmazonLambda lambda, MemoryStream package, string roleArn) => lambda.CreateFunctionAsync(new CreateFunctionRequest
            {
                FunctionName = "thumbnailer",
                Runtime = {|#0:Runtime.Dotnet6|},
                Handler = "Thumbnailer::Thumbnailer.Function::Handle",
                Role = roleArn,
                Code = new FunctionCode { ZipFile = package },
                MemorySize = 512,
            });
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM7004_DeprecatedLambdaRuntime).WithLocation(0).WithArguments(
            "Lambda is an abstracted service",
            "the runtime dotnet6 is deprecated since 2024-12-20: Lambda no longer patches it, and creating or updating functions on it gets blocked; move the function to a supported runtime such as dotnet10"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryWayOfNamingADeprecatedRuntime_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Lambda, """
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Functions
        {
            private const string LegacyPython = "python3.8";

            void All(bool arm)
            {
                var a = new CreateFunctionRequest { FunctionName = "resize", Runtime = {|SRM7004:Runtime.Nodejs16X|} };
                var b = new CreateFunctionRequest { FunctionName = "report", Runtime = {|SRM7004:"go1.x"|} };
                var c = new UpdateFunctionConfigurationRequest { FunctionName = "etl", Runtime = {|SRM7004:LegacyPython|} };
                var d = new UpdateFunctionConfigurationRequest { FunctionName = "billing" };
                d.Runtime = arm ? Runtime.Java21 : {|SRM7004:Runtime.FindValue("java8")|};
                var e = new CreateFunctionRequest { FunctionName = "scanner", Runtime = {|SRM7004:new Runtime("python3.9")|} };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task SupportedOrUnknownRuntimes_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Lambda, """
        using Amazon.Lambda;
        using Amazon.Lambda.Model;

        class Functions
        {
            void All(Runtime configured)
            {
                var a = new CreateFunctionRequest { FunctionName = "resize", Runtime = Runtime.Nodejs22X };
                var b = new CreateFunctionRequest { FunctionName = "report", Runtime = Runtime.ProvidedAl2023 };
                var c = new UpdateFunctionConfigurationRequest { FunctionName = "etl", Runtime = "python3.13" };
                var d = new UpdateFunctionConfigurationRequest { FunctionName = "billing", Runtime = configured };
                var e = new CreateFunctionRequest { FunctionName = "web", Runtime = "dotnet10" };
                var f = new CreateFunctionRequest { FunctionName = "image", PackageType = PackageType.Image };
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.Lambda.Model
        {
            public class CreateFunctionRequest { public string Runtime { get; set; } }
        }

        class Functions
        {
            object Old() => new Amazon.Lambda.Model.CreateFunctionRequest { Runtime = "python3.8" };
        }
        """);
}
