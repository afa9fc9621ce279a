using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Credentials.UserDataSecretAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Credentials;

/// <summary>EC2 is tested on SDK v4 only (AWSSDK.EC2 4.0.132.2): no v3 EC2 package is served to the tests. No fix: the secret has to move out of the script.</summary>
public class UserDataSecretTests
{
    [Fact]
    public Task AccessKeyInUserData_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using System;
        using System.Text;
        using Amazon.EC2.Model;

        class Fleet
        {
            object Web() => new RunInstancesRequest
            {
                ImageId = "ami-0123456789abcdef0",
                UserData = {|#0:Convert.ToBase64String(Encoding.UTF8.GetBytes("#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986\n"))|},
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM6101_SecretInUserData).WithLocation(0).WithArguments(
            "EC2 is an infrastructure service",
            "the user data holds an AWS access key id (AKIA…): anyone allowed to describe the instance's attributes, and every process on the instance through the metadata service, can read it; have the script fetch the secret from Secrets Manager or Parameter Store with the instance's role"));

    [Fact]
    public Task PasswordsAndKeys_InEveryForm_AreReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System;
        using System.Text;
        using Amazon.EC2.Model;

        class Fleet
        {
            const string Script = "#!/bin/bash\necho 'DB_PASSWORD=Sup3rS3cret' >> /etc/app.env\n";

            void All(string region, bool debug)
            {
                var a = new RunInstancesRequest { UserData = {|SRM6101:Convert.ToBase64String(Encoding.ASCII.GetBytes(Script))|} };
                var b = new RunInstancesRequest { UserData = {|SRM6101:"IyEvYmluL2Jhc2gKZXhwb3J0IFBBU1NXT1JEPWh1bnRlcjIK"|} };
                var c = new RunInstancesRequest();
                c.UserData = {|SRM6101:Convert.ToBase64String(Encoding.UTF8.GetBytes($"#!/bin/bash\naws configure set region {region}\naws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nexport AWS_ACCESS_KEY_ID=ASIA2E0A8F3B244C9986\n"))|};
                var script = "#!/bin/bash\n" + "mysql --password=hunter2 -e 'select 1'\n";
                var d = new RunInstancesRequest { UserData = debug ? {|SRM6101:Convert.ToBase64String(Encoding.UTF8.GetBytes(script))|} : null };
            }
        }
        """);

    [Fact]
    public Task ScriptsWithoutSecrets_AreNotReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System;
        using System.Text;
        using Amazon.EC2.Model;

        class Fleet
        {
            void All(string fromFile, string password)
            {
                var a = new RunInstancesRequest { UserData = Convert.ToBase64String(Encoding.UTF8.GetBytes("#!/bin/bash\nPASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)\n")) };
                var b = new RunInstancesRequest { UserData = Convert.ToBase64String(Encoding.UTF8.GetBytes(fromFile)) };
                var c = new RunInstancesRequest { UserData = Convert.ToBase64String(Encoding.UTF8.GetBytes($"#!/bin/bash\nexport PASSWORD={password}\n")) };
                var d = new RunInstancesRequest { UserData = Convert.ToBase64String(Encoding.UTF8.GetBytes("#!/bin/bash\necho password=${DB_PASSWORD}\nyum install -y nginx\n")) };
                var e = new RunInstancesRequest { UserData = "IyEvYmluL2Jhc2gKeXVtIGluc3RhbGwgLXkgbmdpbngK" };
            }
        }
        """);

    [Fact]
    public Task WindowsUserDataThatFetchesItsSecretsInPowerShell_IsNotReported() => VerifyRule.Diagnostics(Sdk.V4, """"
        using System;
        using System.Text;
        using Amazon.EC2.Model;

        class WindowsFleet
        {
            const string Bootstrap = """
                <powershell>
                $env:DB_PASSWORD = (Get-SECSecretValue -SecretId prod/app/db).SecretString
                $apiPassword = (Get-SSMParameterValue -Name /app/api/password -WithDecryption $true).Parameters[0].Value
                $AdminPassword = aws secretsmanager get-secret-value --secret-id prod/admin --query SecretString --output text
                $ServicePassword = $(aws ssm get-parameter --name /app/svc --with-decryption --query Parameter.Value --output text)
                $secure = ConvertTo-SecureString $AdminPassword -AsPlainText -Force
                New-LocalUser -Name "svc-app" -Password $secure
                Start-Service -Name AppPool
                </powershell>
                <persist>true</persist>
                """;

            object Web(string imageId) => new RunInstancesRequest
            {
                ImageId = imageId,
                UserData = Convert.ToBase64String(Encoding.UTF8.GetBytes(Bootstrap)),
            };

            object Ps1(string imageId) => new RunInstancesRequest
            {
                ImageId = imageId,
                UserData = Convert.ToBase64String(Encoding.UTF8.GetBytes("#ps1_sysnative\n$password = (Get-SECSecretValue -SecretId db).SecretString\n")),
            };
        }
        """");

    [Fact]
    public Task PasswordsWrittenOutInPowerShell_AreReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System;
        using System.Text;
        using Amazon.EC2.Model;

        class WindowsFleet
        {
            void All(string imageId)
            {
                var quoted = new RunInstancesRequest { ImageId = imageId, UserData = {|#0:Convert.ToBase64String(Encoding.UTF8.GetBytes("<powershell>\n$password = \"P@ssw0rd!2024\"\nnet user app $password /add\n</powershell>"))|} };
                var parameter = new RunInstancesRequest { ImageId = imageId, UserData = {|#1:Convert.ToBase64String(Encoding.UTF8.GetBytes("<powershell>\nNew-ADUser -Name svc -AccountPassword $p\nSet-LocalUser -Name Administrator -Password 'Winter2024!'\n</powershell>"))|} };
                var secure = new RunInstancesRequest { ImageId = imageId, UserData = {|#2:Convert.ToBase64String(Encoding.UTF8.GetBytes("<powershell>\n$p = ConvertTo-SecureString \"Winter2024!\" -AsPlainText -Force\n</powershell>"))|} };
                var environment = new RunInstancesRequest { ImageId = imageId, UserData = {|#3:Convert.ToBase64String(Encoding.UTF8.GetBytes("<powershell>\n$env:DB_PASSWORD = 'Sup3rS3cret'\n</powershell>"))|} };
            }
        }
        """,
        expected:
        [
            Finding(0, "a written-out password= value"),
            Finding(1, "a written-out -Password value"),
            Finding(2, "a password written out for ConvertTo-SecureString -AsPlainText"),
            Finding(3, "a written-out password= value"),
        ]);

    private static DiagnosticResult Finding(int location, string secret) =>
        new DiagnosticResult(Descriptors.SRM6101_SecretInUserData).WithLocation(location).WithArguments(
            "EC2 is an infrastructure service",
            $"the user data holds {secret}: anyone allowed to describe the instance's attributes, and every process on the instance through the metadata service, can read it; have the script fetch the secret from Secrets Manager or Parameter Store with the instance's role");

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.EC2.Model
        {
            public class RunInstancesRequest { public string UserData { get; set; } }
        }

        class Fleet
        {
            object Web() => new Amazon.EC2.Model.RunInstancesRequest { UserData = "export AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986" };
        }
        """);
}
