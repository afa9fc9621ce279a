using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Credentials.LongTermAccessKeysAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Credentials;

public class LongTermAccessKeysTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task KeysFromEnvironmentVariables_AreReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.Runtime;

        class Keys
        {
            AWSCredentials Credentials() =>
                {|#0:new BasicAWSCredentials(Environment.GetEnvironmentVariable("APP_ACCESS_KEY"), Environment.GetEnvironmentVariable("APP_SECRET_KEY"))|};
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM6002_LongTermAccessKeys).WithLocation(0).WithArguments(
            "For every AWS service",
            "new BasicAWSCredentials(…) signs with an access key pair read from an environment variable, the long-term keys of an IAM user, which do not expire; run under a role, an instance profile or IAM Identity Center and let the SDK's default credential chain fetch temporary credentials"));

    [Fact]
    public Task KeysFromConfiguration_AreReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Configuration;
        using Amazon;
        using Amazon.Runtime;
        using Amazon.S3;
        using Microsoft.Extensions.Configuration;

        class Keys
        {
            void All(IConfiguration configuration, IConfigurationSection aws)
            {
                var indexer = {|SRM6002:new BasicAWSCredentials(configuration["AWS:AccessKey"], configuration["AWS:SecretKey"])|};
                var section = {|SRM6002:new BasicAWSCredentials(aws["AccessKey"], configuration.GetSection("AWS:SecretKey").Value)|};
                var bound = {|SRM6002:new BasicAWSCredentials(aws["AccessKey"], configuration.GetValue<string>("AWS:SecretKey"))|};
                var secret = configuration["AWS:SecretKey"] ?? throw new ConfigurationErrorsException("no key");
                var client = {|SRM6002:new AmazonS3Client(aws["AccessKey"], secret, RegionEndpoint.EUWest1)|};
                var legacy = {|SRM6002:new BasicAWSCredentials(ConfigurationManager.AppSettings["AccessKey"], ConfigurationManager.AppSettings["SecretKey"])|};
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task TemporaryKeysAndOtherSources_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon;
        using Amazon.Runtime;
        using Amazon.S3;

        class Keys
        {
            void All(string accessKey, string secretKey)
            {
                var session = new SessionAWSCredentials(Environment.GetEnvironmentVariable("KEY"), Environment.GetEnvironmentVariable("SECRET"), Environment.GetEnvironmentVariable("TOKEN"));
                var withToken = new AmazonS3Client(Environment.GetEnvironmentVariable("KEY"), Environment.GetEnvironmentVariable("SECRET"), Environment.GetEnvironmentVariable("TOKEN"), RegionEndpoint.EUWest1);
                var fromCaller = new BasicAWSCredentials(accessKey, secretKey);
                var written = new BasicAWSCredentials("AKIA2E0A8F3B244C9986", "made-up-secret-for-tests");
                var home = Environment.GetEnvironmentVariable("HOME");
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.Runtime
        {
            public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
        }

        class Keys
        {
            object Credentials() => new Amazon.Runtime.BasicAWSCredentials(System.Environment.GetEnvironmentVariable("A"), System.Environment.GetEnvironmentVariable("B"));
        }
        """);
}
