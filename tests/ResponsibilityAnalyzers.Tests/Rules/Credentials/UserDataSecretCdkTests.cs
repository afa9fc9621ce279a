using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Credentials.UserDataSecretAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Credentials;

/// <summary>SRM6101, CDK form: UserData.AddCommands / AddOnExitCommands / Custom with a secret written out. No fix, as for the SDK form.</summary>
public class UserDataSecretCdkTests
{
    [Fact]
    public Task PasswordInACommand_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK.AWS.EC2;

        class Boot
        {
            UserData Script()
            {
                var script = UserData.ForLinux();
                script.AddCommands("yum install -y postgresql15", {|#0:"export PGPASSWORD=Sup3rS3cret!"|});
                return script;
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM6101_SecretInUserData).WithLocation(0).WithArguments(
            "EC2 is an infrastructure service",
            "the CDK instance's user data holds a written-out password= value: it is in the synthesized template, and anyone allowed to describe the instance's attributes, and every process on the instance through the metadata service, can read it; have the script fetch the secret from Secrets Manager or Parameter Store with the instance's role"));

    [Fact]
    public Task KeysAndPasswords_AreReported_FetchedSecretsAreNot() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK.AWS.EC2;

        class Boot
        {
            void Script(UserData script, string region)
            {
                script.AddCommands({|SRM6101:"aws configure set aws_access_key_id AKIAZ7Q3NPLW5KTRV2XM"|});
                UserData.Custom({|SRM6101:"#!/bin/bash\nexport DB_PASSWORD=hunter2hunter2\n"|});
                script.AddCommands("export DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)");
                script.AddCommands($"aws configure set region {region}");
                script.AddOnExitCommands("shutdown -h now");
            }
        }
        """);
}
