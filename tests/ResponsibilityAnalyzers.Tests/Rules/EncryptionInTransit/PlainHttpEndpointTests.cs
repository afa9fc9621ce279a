using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionInTransit.PlainHttpEndpointAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionInTransit.PlainHttpEndpointFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionInTransit;

public class PlainHttpEndpointTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task UseHttpOnS3Config_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Clients
        {
            AmazonS3Client Create() => new AmazonS3Client(new AmazonS3Config
            {
                RegionEndpoint = Amazon.RegionEndpoint.EUWest1,
                UseHttp = {|#0:true|},
            });
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM3001_PlainHttpEndpoint).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "UseHttp = true sends every request and its data over plain HTTP, readable and alterable on the network; leave UseHttp false so the client uses HTTPS"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PlainHttpServiceUrl_IsReported_WithTheUrlInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Clients
        {
            AmazonS3Config Create()
            {
                var config = new AmazonS3Config();
                config.ServiceURL = {|#0:"http://s3.eu-west-1.amazonaws.com"|};
                return config;
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM3001_PlainHttpEndpoint).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "ServiceURL http://s3.eu-west-1.amazonaws.com sends every request and its data over plain HTTP, readable and alterable on the network; use https://, or list s3.eu-west-1.amazonaws.com in srm.non_aws_endpoints if it is not an AWS endpoint"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task AnyClientConfig_IsReported_ForEveryAwsService(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.Runtime;

        class Clients
        {
            void Configure(ClientConfig config) => config.UseHttp = {|#0:true|};
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM3001_PlainHttpEndpoint).WithLocation(0).WithArguments(
            "For every AWS service",
            "UseHttp = true sends every request and its data over plain HTTP, readable and alterable on the network; leave UseHttp false so the client uses HTTPS"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryWayOfWritingPlainHttp_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class MyS3Config : AmazonS3Config { }

        class Clients
        {
            const string Endpoint = "http://s3.amazonaws.com";
            const bool Insecure = true;

            void Create(bool legacy, string bucket)
            {
                var a = new AmazonS3Config { ServiceURL = {|SRM3001:"HTTP://S3.AMAZONAWS.COM"|} };
                var b = new AmazonS3Config { ServiceURL = {|SRM3001:Endpoint|} };
                var c = new AmazonS3Config { ServiceURL = {|SRM3001:"http://" + "s3.us-east-1.amazonaws.com"|} };
                var d = new AmazonS3Config { ServiceURL = legacy ? {|SRM3001:"http://s3.amazonaws.com:80/"|} : "https://s3.amazonaws.com" };
                var e = new AmazonS3Config { UseHttp = {|SRM3001:Insecure|} };
                var f = new MyS3Config { UseHttp = legacy ? {|SRM3001:true|} : false };
                var h = new AmazonS3Config { ServiceURL = {|SRM3001:"http://s3.dualstack.eu-west-1.amazonaws.com"|} };
            }
        }
        """);

    /// <summary>The IDE keeps only findings inside the operation it analyzes: a value written earlier is reported where the config takes it, and points at where it is written.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task TrueWrittenInAnEarlierStatement_IsReportedWhereTheConfigTakesIt(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Clients
        {
            object Create()
            {
                var useHttp = {|#1:true|};
                var config = new AmazonS3Config();
                config.UseHttp = {|#0:useHttp|};
                return config;
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM3001_PlainHttpEndpoint).WithLocation(0).WithLocation(1).WithArguments(
            "S3 is an abstracted service",
            "UseHttp = true sends every request and its data over plain HTTP, readable and alterable on the network; leave UseHttp false so the client uses HTTPS"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task HttpsLoopbackAndUnknownEndpoints_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Clients
        {
            void Create(bool useHttp, string configuredUrl)
            {
                var a = new AmazonS3Config { UseHttp = false, ServiceURL = "https://s3.eu-west-1.amazonaws.com" };
                var b = new AmazonS3Config { UseHttp = useHttp, ServiceURL = configuredUrl };
                var c = new AmazonS3Config { ServiceURL = "http://localhost:4566" };
                var d = new AmazonS3Config { ServiceURL = "http://127.0.0.1:9000" };
                var e = new AmazonS3Config { ServiceURL = "http://127.10.0.3" };
                var f = new AmazonS3Config { ServiceURL = "http://[::1]:4566/" };
                var g = new AmazonS3Config { ServiceURL = "http://s3.localhost:4566" };
                var h = new AmazonS3Config { ServiceURL = "http://" + configuredUrl };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task UseHttpTowardsLocalEndpoint_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Clients
        {
            void Create()
            {
                var local = new AmazonS3Config { ServiceURL = "http://localhost:4566", UseHttp = true };
                var later = new AmazonS3Config { UseHttp = true };
                later.ServiceURL = "http://127.0.0.1:9000";
                var remote = new AmazonS3Config { ServiceURL = "https://s3.amazonaws.com", UseHttp = {|SRM3001:true|} };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task HostsOutsideAwsDomains_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Clients
        {
            void Create(string account, int port)
            {
                var a = new AmazonS3Config { ServiceURL = "http://localstack:4566" };
                var b = new AmazonS3Config { ServiceURL = "http://MINIO.internal:9000/" };
                var c = new AmazonS3Config { ServiceURL = "http://10.0.0.12:9000" };
                var d = new AmazonS3Config { ServiceURL = "http://minio.internal:9000", UseHttp = true };
                var e = new AmazonS3Config { ServiceURL = {|SRM3001:"http://s3.amazonaws.com"|} };
                var f = new AmazonS3Config { ServiceURL = "http://minio.internal.example.com" };
                var g = new AmazonS3Config { ServiceURL = $"http://{account}.r2.cloudflarestorage.com" };
                var h = new AmazonS3Config { ServiceURL = "http://s3.localhost.localstack.cloud:" + port };
                var i = new AmazonS3Config { ServiceURL = "http://s3.wasabisys.com", UseHttp = true };
            }
        }
        """);

    /// <summary>srm.non_aws_endpoints widens the built-in notion: a host in an AWS domain that the team knows is not AWS.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task HostsListedAsNonAws_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Clients
        {
            void Create()
            {
                var a = new AmazonS3Config { ServiceURL = "http://s3.mirror.amazonaws.com" };
                var b = new AmazonS3Config { ServiceURL = "http://s3.mirror.amazonaws.com", UseHttp = true };
                var e = new AmazonS3Config { ServiceURL = {|SRM3001:"http://s3.amazonaws.com"|} };
            }
        }
        """,
        "srm.non_aws_endpoints = *.mirror.amazonaws.com\n");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task InvalidNonAwsEndpoints_FallsBackToNone(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Clients
        {
            AmazonS3Config Create() => new AmazonS3Config { ServiceURL = {|SRM3001:"http://s3.mirror.amazonaws.com"|} };
        }
        """,
        "srm.non_aws_endpoints = s3.mirror.amazonaws.com/4566, minio internal\n");

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3
        {
            public class AmazonS3Config { public bool UseHttp { get; set; } public string ServiceURL { get; set; } }
        }

        class Clients
        {
            object Create() => new Amazon.S3.AmazonS3Config { UseHttp = true, ServiceURL = "http://s3.amazonaws.com" };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_TurnsUseHttpOff_AndKeepsTheLine(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;

        class Clients
        {
            AmazonS3Config Create() => new AmazonS3Config
            {
                RegionEndpoint = Amazon.RegionEndpoint.EUWest1,
                UseHttp = {|SRM3001:true|}, // proxy cannot do TLS
            };
        }
        """, """
        using Amazon.S3;

        class Clients
        {
            AmazonS3Config Create() => new AmazonS3Config
            {
                RegionEndpoint = Amazon.RegionEndpoint.EUWest1,
                UseHttp = false, // proxy cannot do TLS
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_SwitchesALiteralServiceUrlToHttps(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;

        class Clients
        {
            void Create(AmazonS3Config config)
            {
                config.ServiceURL = {|SRM3001:"http://s3.eu-west-1.amazonaws.com/"|}; // regional
                var verbatim = new AmazonS3Config { ServiceURL = {|SRM3001:@"HTTP://s3.amazonaws.com"|} };
            }
        }
        """, """
        using Amazon.S3;

        class Clients
        {
            void Create(AmazonS3Config config)
            {
                config.ServiceURL = "https://s3.eu-west-1.amazonaws.com/"; // regional
                var verbatim = new AmazonS3Config { ServiceURL = "https://s3.amazonaws.com" };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task NoFix_ForConstantsConcatenationsAndPorts(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;

        class Clients
        {
            const string Endpoint = "http://s3.amazonaws.com";
            const bool Insecure = true;

            void Create()
            {
                var a = new AmazonS3Config { ServiceURL = {|SRM3001:Endpoint|} };
                var b = new AmazonS3Config { ServiceURL = {|SRM3001:"http://" + "s3.amazonaws.com"|} };
                var c = new AmazonS3Config { ServiceURL = {|SRM3001:"http://s3.amazonaws.com:80"|} };
                var d = new AmazonS3Config { UseHttp = {|SRM3001:Insecure|} };
            }
        }
        """, """
        using Amazon.S3;

        class Clients
        {
            const string Endpoint = "http://s3.amazonaws.com";
            const bool Insecure = true;

            void Create()
            {
                var a = new AmazonS3Config { ServiceURL = {|SRM3001:Endpoint|} };
                var b = new AmazonS3Config { ServiceURL = {|SRM3001:"http://" + "s3.amazonaws.com"|} };
                var c = new AmazonS3Config { ServiceURL = {|SRM3001:"http://s3.amazonaws.com:80"|} };
                var d = new AmazonS3Config { UseHttp = {|SRM3001:Insecure|} };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_FixesEveryPlainHttpEndpoint(Sdk sdk) => VerifyRule.FixAll(sdk, """
        class Clients
        {
            void Create(bool legacy)
            {
                var a = new Amazon.S3.AmazonS3Config { UseHttp = {|SRM3001:true|} };
                var b = new Amazon.S3.AmazonS3Config { ServiceURL = legacy ? {|SRM3001:"http://s3.amazonaws.com"|} : {|SRM3001:"http://s3.eu-west-1.amazonaws.com"|} };
                b.UseHttp = {|SRM3001:true|};
            }
        }
        """, """
        class Clients
        {
            void Create(bool legacy)
            {
                var a = new Amazon.S3.AmazonS3Config { UseHttp = false };
                var b = new Amazon.S3.AmazonS3Config { ServiceURL = legacy ? "https://s3.amazonaws.com" : "https://s3.eu-west-1.amazonaws.com" };
                b.UseHttp = false;
            }
        }
        """);

    /// <summary>
    /// Endpoints as real code writes them: interpolated with a port, a <c>??</c> fallback to LocalStack, a static
    /// readonly field, string.Format. A local host known from the URL's start is not reported; a computed host is unknown.
    /// </summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task LocalEndpointsBuiltAtRunTime_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.S3;

        class Clients
        {
            private static readonly string LocalStack = "http://localhost:4566";

            void All(int port, string host)
            {
                var a = new AmazonS3Config { ServiceURL = $"http://localhost:{port}", UseHttp = true };
                var b = new AmazonS3Config { ServiceURL = Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL") ?? "http://localhost:4566", UseHttp = true };
                var c = new AmazonS3Config { ServiceURL = LocalStack, UseHttp = true };
                var d = new AmazonS3Config { ServiceURL = string.Format("http://127.0.0.1:{0}", port), UseHttp = true };
                var e = new AmazonS3Config { ServiceURL = "http://localhost:" + port };
                var f = new AmazonS3Config { ServiceURL = $"http://{host}:4566" };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task RemoteEndpointsBuiltAtRunTime_AreReported_WhereTheConfigGetsThem(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;

        class Clients
        {
            private static readonly string Legacy = {|#1:"http://s3.amazonaws.com"|};

            void All(string region)
            {
                var a = new AmazonS3Config { ServiceURL = {|#0:$"http://s3.amazonaws.com/{region}"|} };
                var b = new AmazonS3Config { ServiceURL = {|#2:Legacy|} };
            }
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.SRM3001_PlainHttpEndpoint).WithLocation(0).WithArguments(
                "S3 is an abstracted service",
                "ServiceURL http://s3.amazonaws.com/… sends every request and its data over plain HTTP, readable and alterable on the network; use https://, or list s3.amazonaws.com in srm.non_aws_endpoints if it is not an AWS endpoint"),
            new DiagnosticResult(Descriptors.SRM3001_PlainHttpEndpoint).WithLocation(2).WithLocation(1).WithArguments(
                "S3 is an abstracted service",
                "ServiceURL http://s3.amazonaws.com sends every request and its data over plain HTTP, readable and alterable on the network; use https://, or list s3.amazonaws.com in srm.non_aws_endpoints if it is not an AWS endpoint"),
        ]);
}
