using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Rules.AccessControl;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.PublicBucketPolicyAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

public class PublicBucketPolicyTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PublicReadStatement_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """"
        using Amazon.S3.Model;

        class Store
        {
            PutBucketPolicyRequest Open() => new PutBucketPolicyRequest
            {
                BucketName = "documents",
                Policy = {|#0:"""
                    {
                      "Version": "2012-10-17",
                      "Statement": [{
                        "Sid": "PublicRead",
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": "arn:aws:s3:::documents/*"
                      }]
                    }
                    """|},
            };
        }
        """",
        expected: new DiagnosticResult(Descriptors.SRM5003_PublicBucketPolicy).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "statement \"PublicRead\" of the bucket policy allows s3:GetObject to anyone on the internet (Principal \"*\") with no Condition"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task StatementWithoutSid_IsReported_WithItsActions(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;

        class Store
        {
            Task Open(IAmazonS3 s3) => s3.PutBucketPolicyAsync("documents", {|#0:"{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::111122223333:root\", \"*\"]}, \"Action\": [\"s3:GetObject\", \"s3:PutObject\"], \"Condition\": {}}}"|});
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5003_PublicBucketPolicy).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "a statement of the bucket policy allows s3:GetObject, s3:PutObject to anyone on the internet (Principal {\"AWS\": [\"arn:aws:iam::111122223333:root\", \"*\"]}) with no Condition"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryWayOfWritingThePolicy_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """"
        using System.Threading;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            const string Open = """{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}]}""";
            const string Head = "{\"Version\": \"2012-10-17\", \"Statement\": ";

            async Task All(IAmazonS3 s3, AmazonS3Client client, string bucket, string sourceVpce, CancellationToken ct)
            {
                var constant = new PutBucketPolicyRequest { BucketName = "b", Policy = {|SRM5003:Open|} };
                var concatenated = new PutBucketPolicyRequest { Policy = {|SRM5003:Head + "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": \"s3:*\"}}"|} };
                var escaped = new PutBucketPolicyRequest { Policy = {|SRM5003:$"{{\"Statement\": [{{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::{bucket}/*\"}}]}}"|} };
                var joined = new PutBucketPolicyRequest { Policy = {|SRM5003:"{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::" + bucket + "/*\"}}"|} };
                await s3.PutBucketPolicyAsync(bucket, {|SRM5003:Open|});
                await client.PutBucketPolicyAsync(bucket, {|SRM5003:Open|}, "md5", ct);
                await s3.PutBucketPolicyAsync(policy: {|SRM5003:Open|}, bucketName: bucket);
            }
        }
        """");

    /// <summary>The IDE keeps only findings inside the operation it analyzes: a policy written earlier is reported where the request or call takes it, and points at where it is written.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PolicyWrittenInAnEarlierStatement_IsReportedWhereItIsSent(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            async Task Open(IAmazonS3 s3, string bucket)
            {
                var policy = {|#1:"{\"Statement\": {\"Sid\": \"\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"*\"]}, \"NotAction\": \"s3:DeleteObject\"}}"|};
                var later = new PutBucketPolicyRequest { BucketName = bucket };
                later.Policy = {|#0:policy|};
                await s3.PutBucketPolicyAsync(bucket, {|#2:policy|});
            }
        }
        """,
        editorConfig: null,
        new DiagnosticResult(Descriptors.SRM5003_PublicBucketPolicy).WithLocation(0).WithLocation(1).WithArguments(
            "S3 is an abstracted service",
            "a statement of the bucket policy allows every action except s3:DeleteObject to anyone on the internet (Principal {\"AWS\": [\"*\"]}) with no Condition"),
        new DiagnosticResult(Descriptors.SRM5003_PublicBucketPolicy).WithLocation(2).WithLocation(1).WithArguments(
            "S3 is an abstracted service",
            "a statement of the bucket policy allows every action except s3:DeleteObject to anyone on the internet (Principal {\"AWS\": [\"*\"]}) with no Condition"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EachPublicStatement_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """"
        using Amazon.S3.Model;

        class Store
        {
            PutBucketPolicyRequest Open() => new PutBucketPolicyRequest
            {
                Policy = {|#0:"""
                    {"Statement": [
                      {"Sid": "Read", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"},
                      {"Sid": "Scoped", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}},
                      {"Sid": "Write", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["s3:PutObject"]},
                      {
                        "Sid": "List",
                        "Effect": "Allow",
                        "Principal": {
                          "AWS": [ "*" ]
                        },
                        "Action": "s3:ListBucket"
                      }
                    ]}
                    """|},
            };
        }
        """",
        null,
        new DiagnosticResult(Descriptors.SRM5003_PublicBucketPolicy).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "statement \"Read\" of the bucket policy allows s3:GetObject to anyone on the internet (Principal \"*\") with no Condition"),
        new DiagnosticResult(Descriptors.SRM5003_PublicBucketPolicy).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "statement \"Write\" of the bucket policy allows s3:PutObject to anyone on the internet (Principal {\"AWS\": \"*\"}) with no Condition"),
        new DiagnosticResult(Descriptors.SRM5003_PublicBucketPolicy).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "statement \"List\" of the bucket policy allows s3:ListBucket to anyone on the internet (Principal {\"AWS\": [\"*\"]}) with no Condition"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ScopedDeniedAndUnknownPolicies_AreNotReported(Sdk sdk) => WithoutMarkup(sdk, """"
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            string configured = """{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}]}""";

            async Task All(IAmazonS3 s3, string fromCaller, string principal, string effect, string condition)
            {
                var deny = new PutBucketPolicyRequest { Policy = """{"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}""" };
                var denyAll = new PutBucketPolicyRequest { Policy = """{"Statement": {"Effect": "Deny", "Principal": "*", "NotAction": "s3:GetObject"}}""" };
                var vpce = new PutBucketPolicyRequest { Policy = """{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}}]}""" };
                var account = new PutBucketPolicyRequest { Policy = """{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject"}]}""" };
                var service = new PutBucketPolicyRequest { Policy = """{"Statement": [{"Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": "s3:PutObject"}]}""" };
                var starLike = new PutBucketPolicyRequest { Policy = """{"Statement": [{"Effect": "Allow", "Principal": "**", "Action": "s3:GetObject"}, {"Effect": "allow", "Principal": "*", "Action": "s3:GetObject"}]}""" };
                var invalid = new PutBucketPolicyRequest { Policy = """{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",}]}""" };
                var trailing = new PutBucketPolicyRequest { Policy = """{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}]} x""" };
                var notJson = new PutBucketPolicyRequest { Policy = "Allow everyone" };
                var unknown = new PutBucketPolicyRequest { Policy = fromCaller };
                var field = new PutBucketPolicyRequest { Policy = configured };
                var wholePrincipal = new PutBucketPolicyRequest { Policy = $$"""{"Statement": [{"Effect": "Allow", "Principal": {{principal}}, "Action": "s3:GetObject"}]}""" };
                var principalText = new PutBucketPolicyRequest { Policy = $$"""{"Statement": [{"Effect": "Allow", "Principal": "{{principal}}", "Action": "s3:GetObject"}]}""" };
                var effectText = new PutBucketPolicyRequest { Policy = $$"""{"Statement": [{"Effect": "{{effect}}", "Principal": "*", "Action": "s3:GetObject"}]}""" };
                var conditionValue = new PutBucketPolicyRequest { Policy = $$"""{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Condition": {{condition}}}]}""" };
                var concatenatedPrincipal = new PutBucketPolicyRequest { Policy = "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": " + principal + ", \"Action\": \"s3:GetObject\"}]}" };
                await s3.PutBucketPolicyAsync("b", fromCaller);
                var other = new PutObjectRequest { ContentBody = """{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}]}""" };
            }
        }
        """");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task BucketAllowedToBePublic_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """"
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Site
        {
            const string Assets = "public-assets-eu";
            const string Open = """{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}]}""";

            async Task Publish(IAmazonS3 s3)
            {
                var page = new PutBucketPolicyRequest { BucketName = "www.example.com", Policy = Open };
                var later = new PutBucketPolicyRequest();
                later.BucketName = Assets;
                later.Policy = Open;
                await s3.PutBucketPolicyAsync(Assets, Open);
                await s3.PutBucketPolicyAsync("invoices", {|SRM5003:Open|});
            }
        }
        """",
        "srm.public_buckets = www.example.com, public-assets-*\n");

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """"
        namespace Amazon.S3.Model
        {
            public class PutBucketPolicyRequest { public string Policy { get; set; } }
        }

        class Store
        {
            object Open() => new Amazon.S3.Model.PutBucketPolicyRequest { Policy = """{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}]}""" };
        }
        """");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task RawInterpolatedPolicy_IsRead_WithItsHolesAsText(Sdk sdk) => WithoutMarkup(sdk, """"
        using Amazon.S3.Model;

        class Store
        {
            PutBucketPolicyRequest Open(string bucket) => new PutBucketPolicyRequest
            {
                BucketName = bucket,
                Policy = $$"""
                    {"Statement": [{"Sid": "{{bucket}}-read", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::{{bucket}}/*"}]}
                    """,
            };
        }
        """",
        new DiagnosticResult(Descriptors.SRM5003_PublicBucketPolicy).WithSpan(8, 18, 10, 16).WithArguments(
            "S3 is an abstracted service",
            "statement \"{...}-read\" of the bucket policy allows s3:GetObject to anyone on the internet (Principal \"*\") with no Condition"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public async Task HalfTypedCode_DoesNotThrow(Sdk sdk) => Assert.Empty(await HalfTypedCode.AnalyzerExceptions<PublicBucketPolicyAnalyzer>(sdk, """"
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Open(IAmazonS3 s3, string bucket)
            {
                var a = new PutBucketPolicyRequest { Policy = """{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": """ };
                var b = new PutBucketPolicyRequest { Policy = $"{{\"Statement\": {bucket" };
                var c = new PutBucketPolicyRequest { Policy = };
                s3.PutBucketPolicyAsync(bucket, );
                s3.PutBucketPolicyAsync("""{"Statement": {"Effect": "Allow", "Principal": "*"}}""");
                s3.PutBucketPolicyAsync(bucket, """{"Statement": {"Effect": "Allow", "Principal": {"AWS": ["*", ]}}}""", 
            }
        }
        """"));

    /// <summary>For sources with raw interpolated strings: markup would take their <c>$$</c> for a position, so expected diagnostics are given by span.</summary>
    private static Task WithoutMarkup(Sdk sdk, string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<PublicBucketPolicyAnalyzer, EmptyCodeFixProvider, DefaultVerifier> { ReferenceAssemblies = AwsSdk.For(sdk) };
        test.TestState.Sources.Add(source);
        test.TestState.MarkupHandling = MarkupMode.None;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
