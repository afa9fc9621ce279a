using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.CodeFixes.AccessControl;
using ResponsibilityAnalyzers.Rules.AccessControl;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.PublicCannedAclAnalyzer, ResponsibilityAnalyzers.CodeFixes.AccessControl.PublicCannedAclFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

public class PublicCannedAclTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PublicReadOnPutObject_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(string key) => new PutObjectRequest
            {
                BucketName = "documents",
                Key = key,
                CannedACL = {|#0:S3CannedACL.PublicRead|},
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5001_PublicCannedAcl).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "PublicRead makes it readable by anyone on the internet"));

    /// <summary>A request sent through a client of a store that is not AWS (directly, through TransferUtility, or through a local) is not reported; one that may go to AWS is.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PublicAclSentToAStoreThatIsNotAws_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Amazon.S3.Transfer;

        class CephGateway
        {
            private const string Endpoint = "https://rgw.ceph.internal:7480";
            private readonly AmazonS3Client _s3 = new AmazonS3Client("key", "secret", new AmazonS3Config { ServiceURL = Endpoint, ForcePathStyle = true });
            private readonly IAmazonS3 _aws = new AmazonS3Client();

            public async Task PublishAsync(string key, Stream body)
            {
                var request = new PutObjectRequest { BucketName = "public", Key = key, InputStream = body, CannedACL = S3CannedACL.PublicRead };
                await _s3.PutObjectAsync(request);
                await new TransferUtility(_s3).UploadAsync(new TransferUtilityUploadRequest { BucketName = "public", Key = key, InputStream = body, CannedACL = S3CannedACL.PublicRead });
                await _aws.PutObjectAsync(new PutObjectRequest { BucketName = "public", Key = key, InputStream = body, CannedACL = {|SRM5001:S3CannedACL.PublicRead|} });
            }

            public async Task MirrorAsync(string key)
            {
                // Sent to both: one of them is AWS.
                var request = new PutObjectRequest { BucketName = "public", Key = key, CannedACL = {|SRM5001:S3CannedACL.PublicRead|} };
                await _s3.PutObjectAsync(request);
                await _aws.PutObjectAsync(request);
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryPublicAclOnEveryRequest_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;
        using Amazon.S3.Transfer;

        class Store
        {
            void All(IAmazonS3 s3, bool share)
            {
                var put = new PutObjectRequest { BucketName = "b", CannedACL = {|SRM5001:S3CannedACL.PublicReadWrite|} };
                var bucket = new PutBucketRequest { BucketName = "b" };
                bucket.CannedACL = {|SRM5001:S3CannedACL.AuthenticatedRead|};
                var copy = new CopyObjectRequest { DestinationBucket = "b", CannedACL = share ? {|SRM5001:S3CannedACL.PublicRead|} : S3CannedACL.Private };
                var multipart = new InitiateMultipartUploadRequest { CannedACL = {|SRM5001:S3CannedACL.FindValue("public-read")|} };
                var upload = new TransferUtilityUploadRequest { CannedACL = {|SRM5001:"public-read"|} };
                var acl = new PutACLRequest { BucketName = "b", CannedACL = {|SRM5001:new S3CannedACL("public-read-write")|} };
            }
        }
        """);

    [Fact]
    public Task PutObjectAclAndPutBucketAcl_AreReported_OnV4() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Share(IAmazonS3 s3)
            {
                var objectAcl = new PutObjectAclRequest { BucketName = "b", Key = "k", ACL = {|SRM5001:S3CannedACL.PublicRead|} };
                var bucketAcl = new PutBucketAclRequest { BucketName = "b", ACL = {|SRM5001:S3CannedACL.PublicRead|} };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task AclThroughALocal_IsReportedWhereTheRequestGetsIt(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload()
            {
                var acl = S3CannedACL.PublicRead;
                var request = new PutObjectRequest { BucketName = "b" };
                request.CannedACL = {|SRM5001:acl|};
                return request;
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PrivateAndUnknownAcls_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            S3CannedACL configured = S3CannedACL.BucketOwnerFullControl;

            void Upload(S3CannedACL fromCaller, string wire)
            {
                var a = new PutObjectRequest { CannedACL = S3CannedACL.Private };
                var b = new PutObjectRequest { CannedACL = S3CannedACL.BucketOwnerFullControl };
                var c = new PutObjectRequest { CannedACL = fromCaller };
                var d = new PutObjectRequest { CannedACL = S3CannedACL.FindValue(wire) };
                var e = new PutObjectRequest { CannedACL = configured };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task BucketAllowedToBePublic_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Site
        {
            const string Assets = "public-assets-eu";

            void Publish()
            {
                var page = new PutObjectRequest { BucketName = "www.example.com", CannedACL = S3CannedACL.PublicRead };
                var css = new PutObjectRequest { BucketName = Assets, CannedACL = S3CannedACL.PublicRead };
                var copy = new CopyObjectRequest { DestinationBucket = Assets, CannedACL = S3CannedACL.PublicRead };
                var other = new PutObjectRequest { BucketName = "invoices", CannedACL = {|SRM5001:S3CannedACL.PublicRead|} };
            }
        }
        """,
        "srm.public_buckets = www.example.com, public-assets-*\n");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task UnreadablePublicBucketsOption_FallsBackToNoAllowList(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Site
        {
            object Publish() => new PutObjectRequest { BucketName = "www.example.com", CannedACL = {|SRM5001:S3CannedACL.PublicRead|} };
        }
        """,
        "srm.public_buckets = www.example.com/*\n");

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3
        {
            public class S3CannedACL { public static readonly S3CannedACL PublicRead = new S3CannedACL(); }
            public class PutObjectRequest { public S3CannedACL CannedACL { get; set; } }
        }

        class Store
        {
            object Upload() => new Amazon.S3.PutObjectRequest { CannedACL = Amazon.S3.S3CannedACL.PublicRead };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_UsesPrivate(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(string key) => new PutObjectRequest
            {
                BucketName = "documents",
                Key = key,
                CannedACL = {|SRM5001:S3CannedACL.PublicRead|}, // shared with partners
            };
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(string key) => new PutObjectRequest
            {
                BucketName = "documents",
                Key = key,
                CannedACL = S3CannedACL.Private, // shared with partners
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_FixesEveryPublicAcl(Sdk sdk) => VerifyRule.FixAll(sdk, """
        class Store
        {
            void Upload(bool share)
            {
                var a = new Amazon.S3.Model.PutObjectRequest { CannedACL = {|SRM5001:Amazon.S3.S3CannedACL.PublicRead|} };
                var b = new Amazon.S3.Model.PutBucketRequest { CannedACL = share ? {|SRM5001:Amazon.S3.S3CannedACL.PublicReadWrite|} : null };
            }
        }
        """, """
        class Store
        {
            void Upload(bool share)
            {
                var a = new Amazon.S3.Model.PutObjectRequest { CannedACL = Amazon.S3.S3CannedACL.Private };
                var b = new Amazon.S3.Model.PutBucketRequest { CannedACL = share ? Amazon.S3.S3CannedACL.Private : null };
            }
        }
        """);
}
