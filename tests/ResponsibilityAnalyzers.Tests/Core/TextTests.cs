using ResponsibilityAnalyzers.Core;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Core;

/// <summary>The wording helpers messages are built with, and the one list of what is a key and what stands for one.</summary>
public class TextTests
{
    [Theory]
    [InlineData("api key", "an api key")]
    [InlineData("API key", "an API key")]
    [InlineData("AWS access key", "an AWS access key")]
    [InlineData("IAM role", "an IAM role")]
    [InlineData("S3 bucket", "an S3 bucket")]
    [InlineData("EC2 instance", "an EC2 instance")]
    [InlineData("RDS database", "an RDS database")]
    [InlineData("SSE-C key", "an SSE-C key")]
    [InlineData("KMS key", "a KMS key")]
    [InlineData("URL", "a URL")]
    [InlineData("IAmazonS3", "an IAmazonS3")]
    [InlineData("Order", "an Order")]
    [InlineData("Customer", "a Customer")]
    [InlineData("UserProfile", "a UserProfile")]
    [InlineData("password", "a password")]
    [InlineData("hour", "an hour")]
    [InlineData("table", "a table")]
    public void Names_TakeTheArticleTheyAreReadWith(string phrase, string expected) =>
        Assert.Equal(expected, English.WithArticle(phrase));

    [Theory]
    [InlineData("AKIA2E0A8F3B244C9986", true)]
    [InlineData("ASIA2E0A8F3B244C9986", true)]
    [InlineData("AKIAIOSFODNN7EXAMPLE", false)]
    [InlineData("AKIAXXXXXXXXXXXXXXXX", false)]
    [InlineData("AKIA1234567890123456", false)]
    [InlineData("AKIATESTKEY000000001", false)]
    [InlineData("YOUR_ACCESS_KEY", false)]
    [InlineData("akia2e0a8f3b244c9986", false)]
    public void AccessKeyIds_AreTold_FromPlaceholders(string value, bool isKey) =>
        Assert.Equal(isKey, Secrets.IsAccessKeyId(value));

    [Theory]
    [InlineData("q7Rz2Lw9Xv4Nk8Tb1Hm5Jc3Fp6Ds0Gy7Ua2Ve9Wn", true)]
    [InlineData("Jq3vR8nX2wL7tB4mH9cK6pD1sF5gY0zUaE/k+Wd7", true)]
    [InlineData("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", false)]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", false)]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghij", false)]
    [InlineData("YOURSECRETACCESSKEYHEREYOURSECRETACCESSK", false)]
    [InlineData("<SECRET-KEY>", false)]
    [InlineData("YOUR_SECRET_ACCESS_KEY_HERE", false)]
    [InlineData("secret", false)]
    [InlineData("dummy", false)]
    [InlineData("test", false)]
    [InlineData("", false)]
    public void SecretKeys_AreTold_FromPlaceholders(string value, bool isKey) =>
        Assert.Equal(isKey, Secrets.IsSecretAccessKey(value));

    [Theory]
    [InlineData("#!/bin/bash\nPASSWORD=$(aws secretsmanager get-secret-value --secret-id db)", false, null)]
    [InlineData("#!/bin/bash\nPASSWORD=(hunter2)", false, "a written-out password= value")]
    [InlineData("$env:DB_PASSWORD = (Get-SECSecretValue -SecretId db).SecretString", true, null)]
    [InlineData("$DbPassword = Get-SSMParameterValue -Name /db -WithDecryption $true", true, null)]
    [InlineData("$DbPassword = \"hunter2\"", true, "a written-out password= value")]
    [InlineData("Set-LocalUser -Name admin -Password 'hunter2'", true, "a written-out -Password value")]
    [InlineData("Set-LocalUser -Name admin -Password $p", true, null)]
    [InlineData("$s = ConvertTo-SecureString -String \"hunter2\" -AsPlainText -Force", true, "a password written out for ConvertTo-SecureString -AsPlainText")]
    [InlineData("$s = ConvertTo-SecureString $plain -AsPlainText -Force", true, null)]
    [InlineData("Server=db;Password=hunter2;", true, "a written-out password= value")]
    public void Scripts_AreRead_AsTheirShell(string text, bool powerShell, string? expected) =>
        Assert.Equal(expected, Secrets.InText(text, powerShell));
}
