using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Credentials.RdsMasterPasswordAnalyzer, ResponsibilityAnalyzers.CodeFixes.Credentials.RdsMasterPasswordFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Credentials;

/// <summary>SRM6102, CDK form: Credentials.FromPassword with SecretValue.UnsafePlainText of a string the compiler knows.</summary>
public class RdsMasterPasswordCdkTests
{
    [Fact]
    public Task LiteralPassword_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.RDS;
        using Constructs;

        class DatabaseStack : Stack
        {
            DatabaseStack(Construct scope, IVpc vpc) : base(scope, "Database")
            {
                new DatabaseInstance(this, "Orders", new DatabaseInstanceProps
                {
                    Engine = DatabaseInstanceEngine.POSTGRES,
                    Vpc = vpc,
                    Credentials = {|#0:Credentials.FromPassword({|#1:"admin"|}, SecretValue.UnsafePlainText("Sup3rS3cret!"))|},
                });
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM6102_RdsMasterPasswordInSource).WithLocation(0).WithLocation(1).WithArguments(
            "RDS is a container service",
            "the CDK database's master password is written in the code (SecretValue.UnsafePlainText): it is in the source, its history, the synthesized template and the CloudFormation console; let the CDK generate it in Secrets Manager"));

    [Fact]
    public Task ConstantOrDeprecatedPlainText_IsReported_SecretsAreNot() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.RDS;

        class Logins
        {
            const string Password = "Sup3rS3cret!";

            object Constant() => {|SRM6102:Credentials.FromPassword("admin", SecretValue.UnsafePlainText(Password))|};
            object Deprecated() => {|SRM6102:Credentials.FromPassword("admin", SecretValue.PlainText("hunter2hunter2"))|};
            object Generated() => Credentials.FromGeneratedSecret("admin");
            object FromSecretsManager() => Credentials.FromPassword("admin", SecretValue.SecretsManager("orders/admin"));
            object FromInput(string password) => Credentials.FromPassword("admin", SecretValue.UnsafePlainText(password));
        }
        """);

    [Fact]
    public Task Fix_GeneratesThePassword() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.RDS;

        class Logins
        {
            object Admin() => {|SRM6102:Credentials.FromPassword("admin", SecretValue.UnsafePlainText("Sup3rS3cret!"))|};
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.RDS;

        class Logins
        {
            object Admin() => Credentials.FromGeneratedSecret("admin");
        }
        """);

    [Fact]
    public Task Fix_MovesTheUserName_WithItsComment() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.RDS;

        class Logins
        {
            object Admin() => {|SRM6102:Credentials.FromPassword("admin" /* the DBA's login */, SecretValue.UnsafePlainText("Sup3rS3cret!"))|};
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.RDS;

        class Logins
        {
            object Admin() => Credentials.FromGeneratedSecret("admin" /* the DBA's login */);
        }
        """);

    [Fact]
    public Task FixAll_GeneratesEveryPassword() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.RDS;

        class Logins
        {
            object Admin() => {|SRM6102:Credentials.FromPassword("admin", SecretValue.UnsafePlainText("Sup3rS3cret!"))|};
            object Reporting() => {|SRM6102:Credentials.FromPassword("reporting", SecretValue.UnsafePlainText("An0therOne!"))|};
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.RDS;

        class Logins
        {
            object Admin() => Credentials.FromGeneratedSecret("admin");
            object Reporting() => Credentials.FromGeneratedSecret("reporting");
        }
        """);
}
