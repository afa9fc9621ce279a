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
                UserData = {|#0:Convert.ToBase64String(Encoding.UTF8.GetBytes("#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"))|},
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
                c.UserData = {|SRM6101:Convert.ToBase64String(Encoding.UTF8.GetBytes($"#!/bin/bash\naws configure set region {region}\naws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nexport AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE\n"))|};
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
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.EC2.Model
        {
            public class RunInstancesRequest { public string UserData { get; set; } }
        }

        class Fleet
        {
            object Web() => new Amazon.EC2.Model.RunInstancesRequest { UserData = "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE" };
        }
        """);
}
