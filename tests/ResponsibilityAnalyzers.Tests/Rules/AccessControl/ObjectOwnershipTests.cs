using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.ObjectOwnershipAnalyzer, ResponsibilityAnalyzers.CodeFixes.AccessControl.ObjectOwnershipFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

public class ObjectOwnershipTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ObjectWriterOnPutBucket_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            PutBucketRequest Create(string name) => new PutBucketRequest
            {
                BucketName = name,
                ObjectOwnership = {|#0:ObjectOwnership.ObjectWriter|},
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5005_AclsReenabled).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "ObjectOwnership ObjectWriter turns ACLs back on: the account that uploads an object owns it and can share it by ACL, outside the bucket policy"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task BucketOwnerPreferredOnAnOwnershipRule_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            PutBucketOwnershipControlsRequest Controls(string name) => new PutBucketOwnershipControlsRequest
            {
                BucketName = name,
                OwnershipControls = new OwnershipControls
                {
                    Rules = new List<OwnershipControlsRule>
                    {
                        new OwnershipControlsRule { ObjectOwnership = {|#0:ObjectOwnership.BucketOwnerPreferred|} },
                    },
                },
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5005_AclsReenabled).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "ObjectOwnership BucketOwnerPreferred turns ACLs back on, so objects can be shared by ACL outside the bucket policy"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryWayOfNamingTheValue_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            const string Legacy = "ObjectWriter";

            void All(bool legacy)
            {
                var a = new OwnershipControlsRule { ObjectOwnership = {|SRM5005:ObjectOwnership.FindValue("ObjectWriter")|} };
                var b = new OwnershipControlsRule { ObjectOwnership = {|SRM5005:new ObjectOwnership("BucketOwnerPreferred")|} };
                var c = new OwnershipControlsRule { ObjectOwnership = {|SRM5005:"BucketOwnerPreferred"|} };
                var d = new OwnershipControlsRule { ObjectOwnership = {|SRM5005:Legacy|} };
                var e = new PutBucketRequest { BucketName = "b" };
                e.ObjectOwnership = legacy ? {|SRM5005:ObjectOwnership.ObjectWriter|} : ObjectOwnership.BucketOwnerEnforced;
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ValueFromALocal_IsReportedWhereItIsAssigned(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            void Create()
            {
                var ownership = ObjectOwnership.ObjectWriter;
                var rule = new OwnershipControlsRule { ObjectOwnership = {|SRM5005:ownership|} };
                var bucket = new PutBucketRequest { BucketName = "b", ObjectOwnership = {|SRM5005:ownership|} };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EnforcedAndUnknownOwnership_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            ObjectOwnership configured = ObjectOwnership.ObjectWriter;

            void Create(ObjectOwnership fromCaller, string wire)
            {
                var a = new PutBucketRequest { BucketName = "b", ObjectOwnership = ObjectOwnership.BucketOwnerEnforced };
                var b = new OwnershipControlsRule { ObjectOwnership = fromCaller };
                var c = new OwnershipControlsRule { ObjectOwnership = ObjectOwnership.FindValue(wire) };
                var d = new OwnershipControlsRule { ObjectOwnership = configured };
                var e = new OwnershipControlsRule { ObjectOwnership = "BucketOwnerEnforced" };
                var f = new PutBucketRequest { BucketName = "b" };
                var same = f.ObjectOwnership == ObjectOwnership.ObjectWriter;
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task BucketAllowedToBePublic_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Site
        {
            const string Assets = "public-assets-eu";

            void Publish()
            {
                var site = new PutBucketRequest { BucketName = "www.example.com", ObjectOwnership = ObjectOwnership.ObjectWriter };
                var controls = new PutBucketOwnershipControlsRequest
                {
                    BucketName = Assets,
                    OwnershipControls = new OwnershipControls
                    {
                        Rules = new List<OwnershipControlsRule> { new OwnershipControlsRule { ObjectOwnership = ObjectOwnership.BucketOwnerPreferred } },
                    },
                };
                var later = new PutBucketRequest { BucketName = "www.example.com" };
                later.ObjectOwnership = ObjectOwnership.BucketOwnerPreferred;
                var assigned = new PutBucketOwnershipControlsRequest { BucketName = "www.example.com" };
                assigned.OwnershipControls = new OwnershipControls
                {
                    Rules = new List<OwnershipControlsRule> { new OwnershipControlsRule { ObjectOwnership = "ObjectWriter" } },
                };
                var separate = new OwnershipControlsRule { ObjectOwnership = {|SRM5005:ObjectOwnership.ObjectWriter|} };
                var traced = new PutBucketOwnershipControlsRequest
                {
                    BucketName = "www.example.com",
                    OwnershipControls = new OwnershipControls { Rules = new List<OwnershipControlsRule> { separate } },
                };
                var other = new PutBucketRequest { BucketName = "invoices", ObjectOwnership = {|SRM5005:ObjectOwnership.ObjectWriter|} };
            }
        }
        """,
        "srm.public_buckets = www.example.com, public-assets-*\n");

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3
        {
            public class ObjectOwnership { public static readonly ObjectOwnership ObjectWriter = new ObjectOwnership(); }
            public class PutBucketRequest { public ObjectOwnership ObjectOwnership { get; set; } }
        }

        class Buckets
        {
            object Create() => new Amazon.S3.PutBucketRequest { ObjectOwnership = Amazon.S3.ObjectOwnership.ObjectWriter };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_UsesBucketOwnerEnforced(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            PutBucketRequest Create(string name) => new PutBucketRequest
            {
                BucketName = name,
                ObjectOwnership = {|SRM5005:ObjectOwnership.ObjectWriter|}, // uploads from partners
            };
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            PutBucketRequest Create(string name) => new PutBucketRequest
            {
                BucketName = name,
                ObjectOwnership = ObjectOwnership.BucketOwnerEnforced, // uploads from partners
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_ReplacesALocalOnlyWhereItIsAssigned(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            OwnershipControlsRule Rule()
            {
                var ownership = ObjectOwnership.ObjectWriter;
                return new OwnershipControlsRule { ObjectOwnership = {|SRM5005:ownership|} };
            }
        }
        """, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            OwnershipControlsRule Rule()
            {
                var ownership = ObjectOwnership.ObjectWriter;
                return new OwnershipControlsRule { ObjectOwnership = ObjectOwnership.BucketOwnerEnforced };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_EnforcesBucketOwnershipEverywhere(Sdk sdk) => VerifyRule.FixAll(sdk, """
        class Buckets
        {
            void Create(bool legacy)
            {
                var a = new Amazon.S3.Model.PutBucketRequest { ObjectOwnership = {|SRM5005:Amazon.S3.ObjectOwnership.ObjectWriter|} };
                var b = new Amazon.S3.Model.OwnershipControlsRule { ObjectOwnership = legacy ? {|SRM5005:Amazon.S3.ObjectOwnership.BucketOwnerPreferred|} : null };
            }
        }
        """, """
        class Buckets
        {
            void Create(bool legacy)
            {
                var a = new Amazon.S3.Model.PutBucketRequest { ObjectOwnership = Amazon.S3.ObjectOwnership.BucketOwnerEnforced };
                var b = new Amazon.S3.Model.OwnershipControlsRule { ObjectOwnership = legacy ? Amazon.S3.ObjectOwnership.BucketOwnerEnforced : null };
            }
        }
        """);
}
