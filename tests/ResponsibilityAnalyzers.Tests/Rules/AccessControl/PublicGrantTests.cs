using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Rules.AccessControl;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.PublicGrantAnalyzer, ResponsibilityAnalyzers.CodeFixes.AccessControl.PublicGrantFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

public class PublicGrantTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ReadGrantToAllUsersOnPutObject_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(string key) => new PutObjectRequest
            {
                BucketName = "documents",
                Key = key,
                Grants = new List<S3Grant>
                {
                    {|#1:new S3Grant { Grantee = new S3Grantee { URI = {|#0:"http://acs.amazonaws.com/groups/global/AllUsers"|} }, Permission = S3Permission.READ }|},
                },
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5002_PublicGrant).WithLocation(0).WithLocation(1).WithArguments(
            "S3 is an abstracted service",
            "a grant to the AllUsers group gives anyone on the internet READ permission"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task AddGrantToAuthenticatedUsers_IsReported_WithEveryPermissionItIsGiven(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            const string AwsAccounts = "HTTPS://acs.amazonaws.com/groups/global/authenticatedusers";

            PutACLRequest Share()
            {
                var everyAccount = new S3Grantee { URI = {|#0:AwsAccounts|} };
                var acl = new S3AccessControlList();
                {|#1:acl.AddGrant(everyAccount, S3Permission.WRITE);|}
                {|#2:acl.AddGrant(everyAccount, "READ_ACP");|}
                return new PutACLRequest { BucketName = "documents", AccessControlList = acl };
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5002_PublicGrant).WithLocation(0).WithLocation(1).WithLocation(2).WithArguments(
            "S3 is an abstracted service",
            "a grant to the AuthenticatedUsers group gives every AWS account, not just yours, WRITE and READ_ACP permissions"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task GrantWithUnknownPermission_IsReported_WithoutNamingIt(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            S3Grant Grant(S3Permission permission) => new S3Grant
            {
                Grantee = new S3Grantee { URI = {|#0:"http://acs.amazonaws.com/groups/global/AllUsers"|} },
                Permission = permission,
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5002_PublicGrant).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "a grant to the AllUsers group gives anyone on the internet the granted permission"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task PublicGrantsOnEveryRequestAndAcl_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

            void All(bool share)
            {
                var bucket = new PutBucketRequest
                {
                    BucketName = "b",
                    Grants = { new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:"https://acs.amazonaws.com/groups/global/AuthenticatedUsers"|} }, Permission = S3Permission.FULL_CONTROL } },
                };
                var copy = new CopyObjectRequest { DestinationBucket = "b" };
                copy.Grants = new List<S3Grant> { new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AllUsers|} } } };

                var multipart = new InitiateMultipartUploadRequest { BucketName = "b", Grants = new List<S3Grant>() };
                multipart.Grants.Add(new S3Grant { Grantee = new S3Grantee { URI = share ? {|SRM5002:AllUsers|} : null }, Permission = S3Permission.READ });

                var grantee = new S3Grantee();
                grantee.URI = {|SRM5002:"http://ACS.amazonaws.com/groups/global/AllUsers"|};
                var grant = new S3Grant { Permission = S3Permission.READ };
                grant.Grantee = grantee;
                var put = new PutObjectRequest { BucketName = "b", Key = "k", Grants = new List<S3Grant> { grant } };

                var acl = new S3AccessControlList
                {
                    Grants = new List<S3Grant> { new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AllUsers|} }, Permission = S3Permission.READ } },
                };
                var putAcl = new PutACLRequest { BucketName = "b", AccessControlList = acl };
            }
        }
        """);

    [Fact]
    public Task PublicGrantsOnV4OnlyRequests_AreReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Amazon.S3.Transfer;

        class Store
        {
            const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

            void All()
            {
                var upload = new TransferUtilityUploadRequest
                {
                    BucketName = "b",
                    Grants = new List<S3Grant> { new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AllUsers|} }, Permission = S3Permission.READ } },
                };
                var objectAcl = new PutObjectAclRequest { BucketName = "b", Key = "k", AccessControlPolicy = new S3AccessControlList() };
                objectAcl.AccessControlPolicy.AddGrant(new S3Grantee { URI = {|SRM5002:AllUsers|} }, S3Permission.READ);
                var bucketAcl = new PutBucketAclRequest
                {
                    BucketName = "b",
                    AccessControlPolicy = new S3AccessControlList { Grants = { new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AllUsers|} } } } },
                };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task OtherAndUnknownGrantees_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            string configured = "http://acs.amazonaws.com/groups/global/AllUsers";

            void Grants(string uri, S3AccessControlList existing)
            {
                var logs = new S3Grantee { URI = "http://acs.amazonaws.com/groups/s3/LogDelivery" };
                var user = new S3Grantee { CanonicalUser = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be" };
                var look = new S3Grantee { URI = "ftp://acs.amazonaws.com/groups/global/AllUsers" };
                var fromCaller = new S3Grantee { URI = uri };
                var fromField = new S3Grantee { URI = configured };
                var request = new PutObjectRequest { Grants = new List<S3Grant> { new S3Grant { Grantee = logs }, new S3Grant { Grantee = fromCaller } } };

                foreach (var grant in existing.Grants)
                {
                    if (grant.Grantee.URI == "http://acs.amazonaws.com/groups/global/AllUsers")
                    {
                        existing.RemoveGrant(grant.Grantee);
                    }
                }
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task GranteeThatOnlyRemovesGrants_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Lock(S3AccessControlList acl)
            {
                var everyone = new S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AllUsers" };
                acl.RemoveGrant(everyone);
                acl.RemoveGrant(new S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" }, S3Permission.READ);
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
            const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

            void Publish()
            {
                var page = new PutObjectRequest
                {
                    BucketName = "www.example.com",
                    Grants = new List<S3Grant> { new S3Grant { Grantee = new S3Grantee { URI = AllUsers }, Permission = S3Permission.READ } },
                };

                var acl = new S3AccessControlList();
                acl.AddGrant(new S3Grantee { URI = AllUsers }, S3Permission.READ);
                var css = new PutACLRequest { BucketName = Assets, AccessControlList = acl };

                var other = new PutObjectRequest { BucketName = "invoices", Grants = new List<S3Grant>() };
                other.Grants.Add(new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AllUsers|} }, Permission = S3Permission.READ });
            }
        }
        """,
        "srm.public_buckets = www.example.com, public-assets-*\n");

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3.Model
        {
            public class S3Grantee { public string URI { get; set; } }
            public class S3Grant { public S3Grantee Grantee { get; set; } }
        }

        class Store
        {
            object Grant() => new Amazon.S3.Model.S3Grant { Grantee = new Amazon.S3.Model.S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AllUsers" } };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_RemovesTheCollectionElement_AndKeepsTheOthers(Sdk sdk) => VerifyRule.Fix(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(string key, S3Grantee owner) => new PutObjectRequest
            {
                BucketName = "documents",
                Key = key,
                Grants = new List<S3Grant>
                {
                    new S3Grant { Grantee = owner, Permission = S3Permission.FULL_CONTROL }, // the owner
                    // everyone may read
                    new S3Grant
                    {
                        Grantee = new S3Grantee { URI = {|SRM5002:"http://acs.amazonaws.com/groups/global/AllUsers"|} },
                        Permission = S3Permission.READ,
                    }, // public
                    new S3Grant { Grantee = owner, Permission = S3Permission.READ_ACP },
                },
            };
        }
        """, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            PutObjectRequest Upload(string key, S3Grantee owner) => new PutObjectRequest
            {
                BucketName = "documents",
                Key = key,
                Grants = new List<S3Grant>
                {
                    new S3Grant { Grantee = owner, Permission = S3Permission.FULL_CONTROL }, // the owner
                    new S3Grant { Grantee = owner, Permission = S3Permission.READ_ACP },
                },
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_RemovesTheLastElementOfASingleLineList(Sdk sdk) => VerifyRule.Fix(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Upload(S3Grant owner)
            {
                var everyone = new S3Grantee();
                everyone.URI = {|SRM5002:"http://acs.amazonaws.com/groups/global/AllUsers"|};
                var request = new PutObjectRequest { BucketName = "documents", Grants = new List<S3Grant> { owner, new S3Grant { Grantee = everyone } } };
                var only = new PutBucketRequest { BucketName = "b", Grants = new List<S3Grant> { new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:"http://acs.amazonaws.com/groups/global/AllUsers"|} } } } };
            }
        }
        """, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Upload(S3Grant owner)
            {
                var everyone = new S3Grantee();
                everyone.URI = "http://acs.amazonaws.com/groups/global/AllUsers";
                var request = new PutObjectRequest { BucketName = "documents", Grants = new List<S3Grant> { owner } };
                var only = new PutBucketRequest { BucketName = "b", Grants = new List<S3Grant> { } };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_RemovesAddAndAddGrantStatements(Sdk sdk) => VerifyRule.Fix(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Share(PutObjectRequest request, S3AccessControlList acl)
            {
                request.Grants = new List<S3Grant>();

                // Everyone may read.
                request.Grants.Add(new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:"http://acs.amazonaws.com/groups/global/AllUsers"|} }, Permission = S3Permission.READ });
                var accounts = new S3Grantee { URI = {|SRM5002:"http://acs.amazonaws.com/groups/global/AuthenticatedUsers"|} };
                acl.AddGrant(accounts, S3Permission.READ);
                acl.AddGrant(accounts, S3Permission.WRITE); // and write
                request.Key = "k";
            }
        }
        """, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Share(PutObjectRequest request, S3AccessControlList acl)
            {
                request.Grants = new List<S3Grant>();

                var accounts = new S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" };
                request.Key = "k";
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task NoFix_WhenTheGrantIsNotPlainlyRemovable(Sdk sdk) => VerifyRule.Fix(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

            void Share(S3AccessControlList acl, bool share, List<S3Grant> grants, S3Grantee shared)
            {
                shared.URI = {|SRM5002:AllUsers|};
                grants.Add(new S3Grant { Grantee = shared });
                if (share)
                    acl.AddGrant(new S3Grantee { URI = {|SRM5002:AllUsers|} }, S3Permission.READ);
                var conditional = new S3Grant { Grantee = new S3Grantee { URI = share ? {|SRM5002:AllUsers|} : null } };
                grants.Add(conditional);
                var passed = new S3Grantee { URI = {|SRM5002:AllUsers|} };
                acl.AddGrant(passed, S3Permission.READ);
                Keep(passed);
                var returned = new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AllUsers|} } };
                grants.Add(returned);
                Keep(returned);
            }

            static void Keep(object value) { }
        }
        """, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

            void Share(S3AccessControlList acl, bool share, List<S3Grant> grants, S3Grantee shared)
            {
                shared.URI = {|SRM5002:AllUsers|};
                grants.Add(new S3Grant { Grantee = shared });
                if (share)
                    acl.AddGrant(new S3Grantee { URI = {|SRM5002:AllUsers|} }, S3Permission.READ);
                var conditional = new S3Grant { Grantee = new S3Grantee { URI = share ? {|SRM5002:AllUsers|} : null } };
                grants.Add(conditional);
                var passed = new S3Grantee { URI = {|SRM5002:AllUsers|} };
                acl.AddGrant(passed, S3Permission.READ);
                Keep(passed);
                var returned = new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AllUsers|} } };
                grants.Add(returned);
                Keep(returned);
            }

            static void Keep(object value) { }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_RemovesEveryPublicGrant(Sdk sdk) => VerifyRule.FixAll(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";
            const string AwsAccounts = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

            void Share(S3Grant owner, S3AccessControlList acl)
            {
                var request = new PutObjectRequest
                {
                    BucketName = "b",
                    Grants = new List<S3Grant>
                    {
                        new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AllUsers|} }, Permission = S3Permission.READ },
                        owner,
                        new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AwsAccounts|} }, Permission = S3Permission.READ },
                        new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AllUsers|} }, Permission = S3Permission.WRITE },
                    },
                };
                acl.AddGrant(new S3Grantee { URI = {|SRM5002:AllUsers|} }, S3Permission.READ);
            }
        }
        """, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";
            const string AwsAccounts = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

            void Share(S3Grant owner, S3AccessControlList acl)
            {
                var request = new PutObjectRequest
                {
                    BucketName = "b",
                    Grants = new List<S3Grant>
                    {
                        owner,
                    },
                };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_RemovesNeighbouringElementsOfOneLineInOnePass(Sdk sdk) => VerifyRule.FixAll(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

            void All()
            {
                var both = new PutObjectRequest { Grants = new List<S3Grant> { new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AllUsers|} } }, new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AllUsers|} } } } };
                var grant = new S3Grant { Grantee = new S3Grantee { URI = {|SRM5002:AllUsers|} } };
                var twice = new PutObjectRequest { Grants = new List<S3Grant> { grant, grant } };
            }
        }
        """, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

            void All()
            {
                var both = new PutObjectRequest { Grants = new List<S3Grant> { } };
                var grant = new S3Grant { Grantee = new S3Grantee { URI = AllUsers } };
                var twice = new PutObjectRequest { Grants = new List<S3Grant> { } };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public async Task HalfTypedCode_DoesNotThrow(Sdk sdk) => Assert.Empty(await HalfTypedCode.AnalyzerExceptions<PublicGrantAnalyzer>(sdk, """
        using System.Collections.Generic;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Store
        {
            void Share(S3AccessControlList acl, Unknown other)
            {
                var a = new S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AllUsers" };
                acl.AddGrant(a, );
                acl.AddGrant(a);
                var b = new S3Grant { Grantee = new S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AllUsers" }, Permission = };
                other.Grants.Add(b);
                other.URI = "http://acs.amazonaws.com/groups/global/AllUsers";
                new S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AllUsers" }.Missing(
                var c = new PutObjectRequest { Grants = new List<S3Grant> { new S3Grant { Grantee = new S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AllUsers" } },
                new S3Grantee { URI = 
            }
        }
        """));
}
