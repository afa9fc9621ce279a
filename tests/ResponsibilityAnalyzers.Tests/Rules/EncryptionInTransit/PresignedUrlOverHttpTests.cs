using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionInTransit.PresignedUrlOverHttpAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionInTransit.PresignedUrlOverHttpFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionInTransit;

public class PresignedUrlOverHttpTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task HttpProtocol_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Links
        {
            string Share(IAmazonS3 s3, string key) => s3.GetPreSignedURL(new GetPreSignedUrlRequest
            {
                BucketName = "documents",
                Key = key,
                Expires = DateTime.UtcNow.AddHours(1),
                Protocol = {|#0:Protocol.HTTP|},
            });
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM3002_PresignedUrlOverHttp).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "Protocol.HTTP makes the presigned URL an http:// URL, so the object and the URL's signature cross the network unencrypted; use Protocol.HTTPS"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryWayOfWritingHttp_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Links
        {
            const Protocol Plain = Protocol.HTTP;

            void Share(bool legacy)
            {
                var a = new GetPreSignedUrlRequest();
                a.Protocol = {|SRM3002:Protocol.HTTP|};
                var b = new GetPreSignedUrlRequest { Protocol = legacy ? {|SRM3002:Protocol.HTTP|} : Protocol.HTTPS };
                var c = new GetPreSignedUrlRequest { Protocol = {|SRM3002:(Protocol)1|} };
                var d = new GetPreSignedUrlRequest { Protocol = {|SRM3002:Plain|} };
            }
        }
        """);

    /// <summary>The IDE keeps only findings inside the operation it analyzes: a value written earlier is reported where the request takes it, and points at where it is written.</summary>
    [Fact]
    public Task HttpWrittenInAnEarlierStatement_IsReportedWhereTheRequestTakesIt() => VerifyRule.Fix(Sdk.V4, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Links
        {
            object Share()
            {
                var protocol = {|#1:Protocol.HTTP|};
                return new GetPreSignedUrlRequest { Protocol = {|#0:protocol|} };
            }
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Links
        {
            object Share()
            {
                var protocol = Protocol.HTTP;
                return new GetPreSignedUrlRequest { Protocol = Protocol.HTTPS };
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM3002_PresignedUrlOverHttp).WithLocation(0).WithLocation(1).WithArguments(
            "S3 is an abstracted service",
            "Protocol.HTTP makes the presigned URL an http:// URL, so the object and the URL's signature cross the network unencrypted; use Protocol.HTTPS"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task HttpsAndUnknownProtocols_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Links
        {
            void Share(Protocol fromCaller, string configured)
            {
                var a = new GetPreSignedUrlRequest { Protocol = Protocol.HTTPS };
                var b = new GetPreSignedUrlRequest { Protocol = (Protocol)0 };
                var c = new GetPreSignedUrlRequest { Protocol = fromCaller };
                var d = new GetPreSignedUrlRequest { Protocol = (Protocol)Enum.Parse(typeof(Protocol), configured) };
                var e = new GetPreSignedUrlRequest();
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3
        {
            public enum Protocol { HTTPS, HTTP }
            public class GetPreSignedUrlRequest { public Protocol Protocol { get; set; } }
        }

        class Links
        {
            object Share() => new Amazon.S3.GetPreSignedUrlRequest { Protocol = Amazon.S3.Protocol.HTTP };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_UsesHttps(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Links
        {
            GetPreSignedUrlRequest Share(string key) => new GetPreSignedUrlRequest
            {
                BucketName = "documents",
                Key = key,
                Protocol = {|SRM3002:Protocol.HTTP|}, // old CDN
            };
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Links
        {
            GetPreSignedUrlRequest Share(string key) => new GetPreSignedUrlRequest
            {
                BucketName = "documents",
                Key = key,
                Protocol = Protocol.HTTPS, // old CDN
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_FixesEveryHttpProtocol_AndAConditionalWhoseArmsBecomeEqualCollapses(Sdk sdk) => VerifyRule.FixAll(sdk, """
        class Links
        {
            void Share(bool legacy)
            {
                var a = new Amazon.S3.Model.GetPreSignedUrlRequest { Protocol = {|SRM3002:Amazon.S3.Protocol.HTTP|} };
                var b = new Amazon.S3.Model.GetPreSignedUrlRequest { Protocol = legacy ? {|SRM3002:(Amazon.S3.Protocol)1|} : Amazon.S3.Protocol.HTTPS };
            }
        }
        """, """
        class Links
        {
            void Share(bool legacy)
            {
                var a = new Amazon.S3.Model.GetPreSignedUrlRequest { Protocol = Amazon.S3.Protocol.HTTPS };
                var b = new Amazon.S3.Model.GetPreSignedUrlRequest { Protocol = Amazon.S3.Protocol.HTTPS };
            }
        }
        """);
}
