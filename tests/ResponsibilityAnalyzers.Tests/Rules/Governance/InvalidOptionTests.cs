using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Rules.Governance;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Governance.InvalidOptionAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Governance;

/// <summary>Every option fed garbage: SRM0000 names the key, the value and the accepted form.</summary>
public class InvalidOptionTests
{
    private const string Source = "class C { }";

    [Theory]
    [InlineData("srm.public_buckets", ",", Sdk.V4)]
    [InlineData("srm.public_buckets", "assets/*", Sdk.V3)]
    [InlineData("srm.public_buckets", "a b", Sdk.V4)]
    [InlineData("srm.public_buckets", "[a-z]+", Sdk.V3)]
    [InlineData("srm.non_aws_endpoints", "http://localhost:4566", Sdk.V4)]
    [InlineData("srm.non_aws_endpoints", "minio,,localstack", Sdk.V3)]
    [InlineData("srm.presigned_url_max_expiry", "30 days", Sdk.V4)]
    [InlineData("srm.presigned_url_max_expiry", "true", Sdk.V3)]
    [InlineData("srm.presigned_url_max_expiry", "8.00:00:00", Sdk.V4)]
    [InlineData("srm.presigned_url_max_expiry", "-1:00:00", Sdk.V3)]
    [InlineData("srm.presigned_url_max_expiry", "00:00:00", Sdk.V4)]
    [InlineData("srm.backups_managed_elsewhere", "yes", Sdk.V3)]
    [InlineData("srm.backups_managed_elsewhere", "1", Sdk.V4)]
    [InlineData("srm.backups_managed_elsewhere", "true, false", Sdk.V3)]
    [InlineData("srm.backups_managed_elsewhere", "AWS Backup", Sdk.V4)]
    public Task GarbageValue_IsReported_WithKeyValueAndAcceptedForm(string key, string value, Sdk sdk) =>
        VerifyRule.Diagnostics(sdk, Source, $"{key} = {value}\n",
            new DiagnosticResult(Descriptors.SRM0000_InvalidOption).WithArguments(key, value, AcceptedForm(key)));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ValidValues_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Source, """
        srm.public_buckets = www.example.com, public-assets-*
        srm.non_aws_endpoints = localstack, minio.internal, *.test
        srm.presigned_url_max_expiry = 1.00:00:00
        srm.backups_managed_elsewhere = false
        srm.some_future_option = anything
        """);

    [Fact]
    public Task SameBadValueInManyFiles_IsReportedOnce()
    {
        var test = new CSharpCodeFixTest<InvalidOptionAnalyzer, EmptyCodeFixProvider, DefaultVerifier> { ReferenceAssemblies = AwsSdk.V4 };
        test.TestState.Sources.Add(("/src/A.cs", "class A { }"));
        test.TestState.Sources.Add(("/src/B.cs", "class B { }"));
        test.TestState.Sources.Add(("/src/C.cs", "class C { }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nsrm.presigned_url_max_expiry = forever\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.SRM0000_InvalidOption)
            .WithArguments("srm.presigned_url_max_expiry", "forever", AcceptedForm("srm.presigned_url_max_expiry")));
        return test.RunAsync();
    }

    [Fact]
    public Task WithoutTheAwsSdk_OptionsAreNotChecked() => VerifyRule.Diagnostics(Sdk.None, Source, "srm.presigned_url_max_expiry = forever\n");

    private static string AcceptedForm(string key)
    {
        foreach (var option in ResponsibilityAnalyzers.Core.SrmOptions.All)
        {
            if (option.Key == key)
            {
                return option.AcceptedForm;
            }
        }

        return "";
    }
}
