using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Credentials.CredentialsLoggedAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Credentials;

public class CredentialsLoggedTests
{
    [Fact]
    public Task SecretKeyToILogger_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.Runtime;
        using Microsoft.Extensions.Logging;

        class Diagnostics
        {
            void Dump(ILogger logger, ImmutableCredentials credentials) =>
                logger.LogInformation("Signing as {AccessKey} with {SecretKey}", credentials.AccessKey, {|#0:credentials.SecretKey|});
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM6003_CredentialsLogged).WithLocation(0).WithArguments(
            "For every AWS service",
            "ImmutableCredentials.SecretKey is written to LoggerExtensions.LogInformation; whoever reads the logs, or the systems they are shipped to, can sign requests with it until it is rotated"));

    [Fact]
    public Task CredentialsToEveryLogger_AreReported_OnV4() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Threading.Tasks;
        using Amazon.Runtime;
        using Microsoft.Extensions.Logging;

        class Diagnostics
        {
            async Task Dump(ILogger logger, AWSCredentials provider)
            {
                var credentials = await provider.GetCredentialsAsync();
                logger.LogDebug($"Token: {{|SRM6003:credentials.Token|}}");
                logger.LogWarning("Credentials {@Credentials}", {|SRM6003:credentials|});
                logger.LogError("Resolved {Credentials}", {|SRM6003:provider.GetCredentials()|});
                logger.LogTrace("Resolved {Credentials}", {|SRM6003:await provider.GetCredentialsAsync()|});
                logger.LogInformation("Key " + credentials.AccessKey);
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task CredentialsToConsoleDebugTraceAndExceptions_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using System.Diagnostics;
        using Amazon.Runtime;

        class Diagnostics
        {
            void Dump(AWSCredentials provider)
            {
                var credentials = provider.GetCredentials();
                Console.WriteLine($"secret={{|SRM6003:credentials.SecretKey|}}");
                Console.Error.WriteLine("token=" + {|SRM6003:credentials.Token|});
                Console.Out.Write(string.Format("{0}", {|SRM6003:credentials.SecretKey|}));
                Debug.WriteLine({|SRM6003:credentials.SecretKey|});
                Trace.TraceInformation("{0}", {|SRM6003:credentials.Token|});
                if (credentials.UseToken)
                {
                    throw new InvalidOperationException($"Cannot use {credentials.AccessKey}/{{|SRM6003:credentials.SecretKey|}}");
                }
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task AccessKeyIdsAndSecretsThatGoElsewhere_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.Runtime;

        class Diagnostics
        {
            void Dump(ImmutableCredentials credentials, AWSCredentials provider)
            {
                Console.WriteLine($"Signing as {credentials.AccessKey}");
                Console.WriteLine(provider);
                Console.WriteLine(credentials.SecretKey.Length);
                Sign(credentials.SecretKey);
                var copy = new ImmutableCredentials(credentials.AccessKey, credentials.SecretKey, credentials.Token);
            }

            static void Sign(string key) { }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.Runtime
        {
            public class ImmutableCredentials { public string SecretKey => ""; }
        }

        class Diagnostics
        {
            void Dump(Amazon.Runtime.ImmutableCredentials credentials) => System.Console.WriteLine(credentials.SecretKey);
        }
        """);
}
