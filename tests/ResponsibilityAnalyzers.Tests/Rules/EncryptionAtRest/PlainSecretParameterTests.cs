using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.PlainSecretParameterAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.PlainSecretParameterFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>Systems Manager is tested on SDK v4 only (AWSSDK.SimpleSystemsManagement 4.0.105): no v3 package is served to the tests.</summary>
public class PlainSecretParameterTests
{
    [Fact]
    public Task PasswordAsString_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.SimpleSystemsManagement;
        using Amazon.SimpleSystemsManagement.Model;

        class Settings
        {
            object Save(string value) => new PutParameterRequest { Name = "/orders/db/password", Value = value, Type = {|#0:ParameterType.String|} };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2105_SecretInPlainParameter).WithLocation(0).WithArguments(
            "Systems Manager is an abstracted service",
            "the parameter /orders/db/password is named like a password, but Type String stores it unencrypted and shows it in plain text to anyone allowed to read the parameter; use ParameterType.SecureString, which encrypts it with KMS"));

    [Theory]
    [InlineData("/app/StripeApiKey")]
    [InlineData("/app/github_token")]
    [InlineData("/app/jwt-signing-secret")]
    [InlineData("/app/tls/private-key")]
    [InlineData("/app/ConnectionStrings/Orders/ConnectionString")]
    [InlineData("DbPassword")]
    [InlineData("/app/smtp/credentials")]
    public Task SecretNames_AreReported(string name) => VerifyRule.Diagnostics(Sdk.V4, $$"""
        using Amazon.SimpleSystemsManagement;
        using Amazon.SimpleSystemsManagement.Model;

        class Settings
        {
            object Save(string value) => new PutParameterRequest { Name = "{{name}}", Value = value, Type = {|SRM2105:ParameterType.StringList|} };
        }
        """);

    [Fact]
    public Task SecretValues_AndOtherSpellings_AreReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.SimpleSystemsManagement;
        using Amazon.SimpleSystemsManagement.Model;

        class Settings
        {
            void All(string host, bool plain)
            {
                var a = new PutParameterRequest { Name = "/app/orders-db", Value = $"Server={host};User Id=app;Password=Sup3rS3cret;", Type = {|SRM2105:"String"|} };
                var b = new PutParameterRequest { Name = "/ci/deploy", Value = "AKIA2E0A8F3B244C9986" };
                b.Type = plain ? {|SRM2105:ParameterType.String|} : ParameterType.SecureString;
                var c = new PutParameterRequest { Name = "/app/api_key", Type = {|#0:ParameterType.FindValue("String")|} };
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2105_SecretInPlainParameter).WithLocation(0).WithArguments(
            "Systems Manager is an abstracted service",
            "the parameter /app/api_key is named like an api key, but Type String stores it unencrypted and shows it in plain text to anyone allowed to read the parameter; use ParameterType.SecureString, which encrypts it with KMS"));

    [Fact]
    public Task SecureOrHarmlessParameters_AreNotReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.SimpleSystemsManagement;
        using Amazon.SimpleSystemsManagement.Model;

        class Settings
        {
            void All(string name, ParameterType type)
            {
                var a = new PutParameterRequest { Name = "/app/db/password", Type = ParameterType.SecureString };
                var b = new PutParameterRequest { Name = "/app/db/password", Type = type };
                var c = new PutParameterRequest { Name = "/app/feature-flags", Value = "dark-mode,beta", Type = ParameterType.StringList };
                var d = new PutParameterRequest { Name = name, Type = ParameterType.String };
                var e = new PutParameterRequest { Name = "/app/auth/token-url", Value = "https://login.example.com/token", Type = ParameterType.String };
                var f = new PutParameterRequest { Name = "/app/db/password-secret-arn", Type = ParameterType.String };
                var g = new PutParameterRequest { Name = "/app/db/host", Value = "password=${VAULT}", Type = ParameterType.String };
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.SimpleSystemsManagement.Model
        {
            public class PutParameterRequest { public string Name { get; set; } public string Type { get; set; } }
        }

        class Settings
        {
            object Save() => new Amazon.SimpleSystemsManagement.Model.PutParameterRequest { Name = "/db/password", Type = "String" };
        }
        """);

    [Fact]
    public Task Fix_UsesSecureString() => VerifyRule.Fix(Sdk.V4, """
        using Amazon.SimpleSystemsManagement;
        using Amazon.SimpleSystemsManagement.Model;

        class Settings
        {
            object Save(string value) => new PutParameterRequest
            {
                Name = "/orders/db/password",
                Value = value,
                Type = {|SRM2105:ParameterType.String|}, // read by the legacy job
            };
        }
        """, """
        using Amazon.SimpleSystemsManagement;
        using Amazon.SimpleSystemsManagement.Model;

        class Settings
        {
            object Save(string value) => new PutParameterRequest
            {
                Name = "/orders/db/password",
                Value = value,
                Type = ParameterType.SecureString, // read by the legacy job
            };
        }
        """);

    [Fact]
    public Task FixAll_SecuresEverySecret() => VerifyRule.FixAll(Sdk.V4, """
        class Settings
        {
            object[] All() => new object[]
            {
                new Amazon.SimpleSystemsManagement.Model.PutParameterRequest { Name = "/a/token", Type = {|SRM2105:Amazon.SimpleSystemsManagement.ParameterType.String|} },
                new Amazon.SimpleSystemsManagement.Model.PutParameterRequest { Name = "/b/secret", Type = {|SRM2105:"StringList"|} },
            };
        }
        """, """
        class Settings
        {
            object[] All() => new object[]
            {
                new Amazon.SimpleSystemsManagement.Model.PutParameterRequest { Name = "/a/token", Type = Amazon.SimpleSystemsManagement.ParameterType.SecureString },
                new Amazon.SimpleSystemsManagement.Model.PutParameterRequest { Name = "/b/secret", Type = Amazon.SimpleSystemsManagement.ParameterType.SecureString },
            };
        }
        """);
}
