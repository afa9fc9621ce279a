using ResponsibilityAnalyzers.Core;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Core;

/// <summary>srm.sensitive_names: word parts of camelCase, PascalCase, snake_case and kebab-case names; plurals; the technical compounds the default leaves out.</summary>
public class SensitiveNamesTests
{
    [Theory]
    [InlineData("Email")]
    [InlineData("customerEmail")]
    [InlineData("customer_email")]
    [InlineData("e-mail")]
    [InlineData("EMAIL_ADDRESS")]
    [InlineData("emailaddress")]
    [InlineData("PhoneNumbers")]
    [InlineData("DateOfBirth")]
    [InlineData("SSN")]
    [InlineData("SSNLast4")]
    [InlineData("CardNumber")]
    [InlineData("PasswordHash")]
    [InlineData("refresh_token")]
    [InlineData("AccessTokens")]
    [InlineData("BillingAddresses")]
    [InlineData("TaxId")]
    [InlineData("Diagnosis")]
    [InlineData(":email")]
    public void SensitiveNames_Match(string name) =>
        Assert.True(SensitiveNames.Default.Matches(name.TrimStart(':')), name);

    [Theory]
    [InlineData("Id")]
    [InlineData("BucketName")]
    [InlineData("IpAddress")]
    [InlineData("ClientIPAddress")]
    [InlineData("EndpointAddress")]
    [InlineData("RemoteIpv4Address")]
    [InlineData("TokenCount")]
    [InlineData("max_tokens")]
    [InlineData("NextToken")]
    [InlineData("cancellationToken")]
    [InlineData("SecretArn")]
    [InlineData("TaxRate")]
    [InlineData("Cardinality")]
    [InlineData("Secretary")]
    [InlineData("Title")]
    public void OtherNames_DoNotMatch(string name) =>
        Assert.False(SensitiveNames.Default.Matches(name), name);

    [Fact]
    public void TheOption_ExtendsOrReplacesTheDefault_AndItsExclusionsCanBeUndone()
    {
        var (ok, names) = SensitiveNames.Parse("default, nhs_number, ip_address, !card");
        Assert.True(ok);
        Assert.True(names.Matches("NhsNumber"));
        Assert.True(names.Matches("Email"));
        Assert.True(names.Matches("RemoteIpAddress"));
        Assert.False(names.Matches("CardNumber"));

        var (replacedOk, replaced) = SensitiveNames.Parse("patient_id");
        Assert.True(replacedOk);
        Assert.True(replaced.Matches("PatientId"));
        Assert.False(replaced.Matches("Email"));

        Assert.False(SensitiveNames.Parse("e mail").Ok);
        Assert.False(SensitiveNames.Parse("email, ").Ok);
    }
}
