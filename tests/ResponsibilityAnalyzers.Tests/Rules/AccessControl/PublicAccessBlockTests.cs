using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.CodeFixes.AccessControl;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.PublicAccessBlockAnalyzer, ResponsibilityAnalyzers.CodeFixes.AccessControl.PublicAccessBlockFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

public class PublicAccessBlockTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task DeletePublicAccessBlockRequest_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            Task Open(IAmazonS3 s3, string bucket) =>
                s3.DeletePublicAccessBlockAsync({|#0:new DeletePublicAccessBlockRequest|} { BucketName = bucket });
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5004_PublicAccessBlockWeakened).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "DeletePublicAccessBlock removes all four Block Public Access settings of the bucket, so ACLs and bucket policies can make its data public"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task DeletePublicAccessBlockRequest_WithoutInitializer_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            DeletePublicAccessBlockRequest Open(string bucket)
            {
                var request = {|SRM5004:new DeletePublicAccessBlockRequest()|};
                request.BucketName = bucket;
                return request;
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FalseFlag_IsReportedOnItsValue_WithTheFlagInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = {|#0:false|},
                    RestrictPublicBuckets = true,
                },
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5004_PublicAccessBlockWeakened).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "BlockPublicPolicy = false lets a bucket policy that grants public access be attached"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryFalseFlag_IsReported_WhereverItIsSet(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            const bool Off = false;

            PutPublicAccessBlockRequest Relax(string bucket, bool site)
            {
                var configuration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = {|SRM5004:false|},
                    IgnorePublicAcls = site ? {|SRM5004:false|} : true,
                    BlockPublicPolicy = true,
                };
                configuration.BlockPublicPolicy = {|SRM5004:Off|};
                configuration.RestrictPublicBuckets = {|SRM5004:!true|};
                var request = new PutPublicAccessBlockRequest { BucketName = bucket };
                request.PublicAccessBlockConfiguration = configuration;
                return request;
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FalseFromALocal_IsReportedOnTheValue(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Relax(string bucket)
            {
                var open = false;
                return new PutPublicAccessBlockRequest
                {
                    BucketName = bucket,
                    PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                    {
                        BlockPublicAcls = {|SRM5004:open|},
                        IgnorePublicAcls = {|SRM5004:open|},
                        BlockPublicPolicy = true,
                        RestrictPublicBuckets = true,
                    },
                };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task MissingFlags_AreReportedOnceOnTheConfiguration_NamingThem(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = {|#0:new PublicAccessBlockConfiguration|}
                {
                    BlockPublicAcls = true,
                    BlockPublicPolicy = true,
                },
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5004_PublicAccessBlockWeakened).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "PutPublicAccessBlock does not set IgnorePublicAcls or RestrictPublicBuckets, and S3 treats a flag missing from the request as false, which turns those protections off"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EmptyConfiguration_IsReportedWithAllFourFlags(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = {|#0:new PublicAccessBlockConfiguration()|},
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5004_PublicAccessBlockWeakened).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "PutPublicAccessBlock does not set BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy or RestrictPublicBuckets, and S3 treats a flag missing from the request as false, which turns those protections off"));

    [Fact]
    public Task NullFlag_OnV4_IsReportedAsNotSent() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket, bool strict) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = {|#0:null|},
                    IgnorePublicAcls = strict ? true : {|SRM5004:null|},
                    BlockPublicPolicy = true,
                    RestrictPublicBuckets = true,
                },
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5004_PublicAccessBlockWeakened).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "BlockPublicAcls = null leaves the flag out of the request, and S3 treats a missing flag as false: that lets requests put public ACLs on the bucket and its objects"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FlagsSetLater_CountAsSet(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket)
            {
                var configuration = new PublicAccessBlockConfiguration { BlockPublicAcls = false };
                configuration.BlockPublicAcls = true;
                configuration.IgnorePublicAcls = true;
                configuration.BlockPublicPolicy = true;
                configuration.RestrictPublicBuckets = true;
                return new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = configuration };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task AllTrueAndUnknownFlags_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            bool strict = true;

            void Harden(string bucket, bool fromCaller)
            {
                var all = new PutPublicAccessBlockRequest
                {
                    BucketName = bucket,
                    PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                    {
                        BlockPublicAcls = true,
                        IgnorePublicAcls = true,
                        BlockPublicPolicy = true,
                        RestrictPublicBuckets = true,
                    },
                };
                var unknown = new PutPublicAccessBlockRequest
                {
                    BucketName = bucket,
                    PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                    {
                        BlockPublicAcls = fromCaller,
                        IgnorePublicAcls = strict,
                        BlockPublicPolicy = !fromCaller,
                        RestrictPublicBuckets = Decide(),
                    },
                };
            }

            static bool Decide() => true;
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ConfigurationFromElsewhere_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            PublicAccessBlockConfiguration shared = new PublicAccessBlockConfiguration();

            void Harden(string bucket, PublicAccessBlockConfiguration fromCaller)
            {
                var a = new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = fromCaller };
                var b = new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = Build() };
                var c = new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = shared };
                var d = new PutPublicAccessBlockRequest { BucketName = bucket };
            }

            static PublicAccessBlockConfiguration Build() => new PublicAccessBlockConfiguration();
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FlagsThatOtherCodeMaySet_AreNotReportedAsMissing(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            async Task Harden(IAmazonS3 s3, string bucket)
            {
                var configuration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true };
                Defaults.Apply(configuration);
                var request = new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = configuration };
                await s3.PutPublicAccessBlockAsync(request);

                var other = new PutPublicAccessBlockRequest
                {
                    BucketName = bucket,
                    PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true },
                };
                other.PublicAccessBlockConfiguration.BlockPublicPolicy = true;
                other.PublicAccessBlockConfiguration.RestrictPublicBuckets = true;
                await s3.PutPublicAccessBlockAsync(other);
            }
        }

        static class Defaults
        {
            public static void Apply(PublicAccessBlockConfiguration configuration)
            {
                configuration.BlockPublicPolicy = true;
                configuration.RestrictPublicBuckets = true;
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ConfigurationOutsideAPutRequest_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Fakes
        {
            GetPublicAccessBlockResponse Open() => new GetPublicAccessBlockResponse
            {
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = false },
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task BucketAllowedToBePublic_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon.S3.Model;

        class Site
        {
            const string Assets = "public-assets-eu";

            void Publish()
            {
                var open = new DeletePublicAccessBlockRequest { BucketName = "www.example.com" };
                var relaxed = new PutPublicAccessBlockRequest
                {
                    BucketName = Assets,
                    PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = false },
                };
                var other = new PutPublicAccessBlockRequest
                {
                    BucketName = "invoices",
                    PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = {|SRM5004:false|}, RestrictPublicBuckets = true },
                };
                var closed = {|SRM5004:new DeletePublicAccessBlockRequest|} { BucketName = "invoices" };
            }
        }
        """,
        "srm.public_buckets = www.example.com, public-assets-*\n");

    [Fact]
    public Task CodeWithErrors_ReportsOnlyWhatIsKnown() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.S3.Model;

        class Buckets
        {
            object Harden(string bucket) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = {|SRM5004:new PublicAccessBlockConfiguration|}
                {
                    BlockPublicAcls = {|CS0103:notYetDeclared|},
                    {|CS0117:BlockEverything|} = true,
                },
            };

            object Unfinished() => new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = Build({|CS1503:1|}) };

            object Delete() => {|SRM5004:new DeletePublicAccessBlockRequest|} { BucketName = {|CS0029:42|} };

            static PublicAccessBlockConfiguration Build(string name) => null;
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.S3.Model
        {
            public class DeletePublicAccessBlockRequest { public string BucketName { get; set; } }
            public class PublicAccessBlockConfiguration { public bool BlockPublicAcls { get; set; } }
            public class PutPublicAccessBlockRequest { public PublicAccessBlockConfiguration PublicAccessBlockConfiguration { get; set; } }
        }

        class Buckets
        {
            object Delete() => new Amazon.S3.Model.DeletePublicAccessBlockRequest { BucketName = "b" };

            object Put() => new Amazon.S3.Model.PutPublicAccessBlockRequest
            {
                PublicAccessBlockConfiguration = new Amazon.S3.Model.PublicAccessBlockConfiguration { BlockPublicAcls = false },
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_TurnsFalseIntoTrue(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = {|SRM5004:false|}, // the site needs a public policy
                    RestrictPublicBuckets = true,
                },
            };
        }
        """, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = true, // the site needs a public policy
                    RestrictPublicBuckets = true,
                },
            };
        }
        """);

    [Fact]
    public Task Fix_TurnsNullIntoTrue_OnV4() => VerifyRule.Fix(Sdk.V4, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = {|SRM5004:null|}, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true },
            };
        }
        """, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true },
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_ReplacesALocalOnlyWhereItIsUsedAsAFlag(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket)
            {
                var open = false;
                var configuration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true };
                configuration.RestrictPublicBuckets = {|SRM5004:open|};
                return new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = configuration };
            }
        }
        """, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket)
            {
                var open = false;
                var configuration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true };
                configuration.RestrictPublicBuckets = true;
                return new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = configuration };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_AddsMissingFlags_OneALine_KeepingTheTrailingComma(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = {|SRM5004:new PublicAccessBlockConfiguration|}
                {
                    BlockPublicAcls = true, // new ACLs
                    BlockPublicPolicy = true,
                },
            };
        }
        """, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true, // new ACLs
                    BlockPublicPolicy = true,
                    IgnorePublicAcls = true,
                    RestrictPublicBuckets = true,
                },
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_AddsMissingFlags_WithoutATrailingComma(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket)
            {
                var configuration = {|SRM5004:new PublicAccessBlockConfiguration|}
                {
                    BlockPublicAcls = true
                };
                return new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = configuration };
            }
        }
        """, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket)
            {
                var configuration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = true,
                    RestrictPublicBuckets = true
                };
                return new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = configuration };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_AddsMissingFlags_OnOneLine_WhenTheInitializerIsOnOneLine(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = {|SRM5004:new PublicAccessBlockConfiguration|} { BlockPublicAcls = true, RestrictPublicBuckets = true },
            };
        }
        """, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket) => new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, RestrictPublicBuckets = true, IgnorePublicAcls = true, BlockPublicPolicy = true },
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_CreatesTheInitializer_WhenThereIsNone(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket)
            {
                var configuration = {|SRM5004:new PublicAccessBlockConfiguration()|}; // filled in below
                return new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = configuration };
            }
        }
        """, """
        using Amazon.S3.Model;

        class Buckets
        {
            PutPublicAccessBlockRequest Harden(string bucket)
            {
                var configuration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = true,
                    RestrictPublicBuckets = true
                }; // filled in below
                return new PutPublicAccessBlockRequest { BucketName = bucket, PublicAccessBlockConfiguration = configuration };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_AddsMissingFlags_ToATargetTypedCreation(Sdk sdk) => VerifyRule.Fix(sdk, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            Task Harden(IAmazonS3 s3, string bucket) => s3.PutPublicAccessBlockAsync(new()
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = {|SRM5004:new()|} { IgnorePublicAcls = true },
            });
        }
        """, """
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Buckets
        {
            Task Harden(IAmazonS3 s3, string bucket) => s3.PutPublicAccessBlockAsync(new()
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new() { IgnorePublicAcls = true, BlockPublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true },
            });
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task DeleteRequest_HasNoFix(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            object Open() => {|SRM5004:new DeletePublicAccessBlockRequest|} { BucketName = "b" };
        }
        """, """
        using Amazon.S3.Model;

        class Buckets
        {
            object Open() => {|SRM5004:new DeletePublicAccessBlockRequest|} { BucketName = "b" };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_BlocksAllPublicAccess(Sdk sdk) => VerifyRule.FixAll(sdk, """
        using Amazon.S3.Model;

        class Buckets
        {
            void Harden(string bucket, bool site)
            {
                var a = new PutPublicAccessBlockRequest
                {
                    BucketName = bucket,
                    PublicAccessBlockConfiguration = {|SRM5004:new PublicAccessBlockConfiguration|}
                    {
                        BlockPublicAcls = {|SRM5004:false|},
                        IgnorePublicAcls = site ? {|SRM5004:false|} : true,
                    },
                };
                var b = new PutPublicAccessBlockRequest
                {
                    BucketName = bucket,
                    PublicAccessBlockConfiguration = {|SRM5004:new PublicAccessBlockConfiguration()|},
                };
            }
        }
        """, """
        using Amazon.S3.Model;

        class Buckets
        {
            void Harden(string bucket, bool site)
            {
                var a = new PutPublicAccessBlockRequest
                {
                    BucketName = bucket,
                    PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                    {
                        BlockPublicAcls = true,
                        IgnorePublicAcls = true,
                        BlockPublicPolicy = true,
                        RestrictPublicBuckets = true,
                    },
                };
                var b = new PutPublicAccessBlockRequest
                {
                    BucketName = bucket,
                    PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                    {
                        BlockPublicAcls = true,
                        IgnorePublicAcls = true,
                        BlockPublicPolicy = true,
                        RestrictPublicBuckets = true
                    },
                };
            }
        }
        """);
}
