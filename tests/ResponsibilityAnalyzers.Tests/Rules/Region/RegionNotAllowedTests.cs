using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.CodeFixes.Region;
using ResponsibilityAnalyzers.Rules.Region;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Region.RegionNotAllowedAnalyzer, ResponsibilityAnalyzers.CodeFixes.Region.RegionNotAllowedFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Region;

public class RegionNotAllowedTests
{
    private const string EuOnly = "srm.allowed_regions = eu-central-1, eu-west-1\n";

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task RegionEndpointFieldOutsideTheList_IsReported_WithTheModelInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon;
        using Amazon.S3;

        class Archive
        {
            IAmazonS3 Client() => new AmazonS3Client({|#0:RegionEndpoint.USEast1|});
        }
        """,
        EuOnly,
        new DiagnosticResult(Descriptors.SRM1001_RegionNotAllowed).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "RegionEndpoint.USEast1 is us-east-1, a Region srm.allowed_regions (eu-central-1, eu-west-1) does not list; data placed there is outside the Regions you chose for it"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryRegionSourceInCode_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Amazon.S3.Transfer;

        class Setup
        {
            const string Backup = "us-west-2";

            void Configure(bool useReplica)
            {
                var byField = new AmazonS3Config { RegionEndpoint = {|SRM1001:RegionEndpoint.APSoutheast1|} };
                var byName = new AmazonS3Config { RegionEndpoint = {|SRM1001:RegionEndpoint.GetBySystemName("sa-east-1")|} };
                var byConstant = new AmazonS3Config { RegionEndpoint = {|SRM1001:RegionEndpoint.GetBySystemName(Backup)|} };
                var signing = new AmazonS3Config { AuthenticationRegion = {|SRM1001:"us-west-1"|} };
                var url = new AmazonS3Config { ServiceURL = {|SRM1001:"https://s3.us-east-2.amazonaws.com"|} };
                var legacyUrl = new AmazonS3Config();
                legacyUrl.ServiceURL = {|SRM1001:"https://s3-ap-south-1.amazonaws.com"|};
                var chosen = RegionEndpoint.GetBySystemName(useReplica ? {|SRM1001:"ca-central-1"|} : "eu-west-1");
                var replica = new AmazonS3Client(chosen);
                var transfer = new TransferUtility({|SRM1001:RegionEndpoint.USEast2|});
                var bucket = new PutBucketRequest { BucketName = "b", BucketRegion = {|SRM1001:S3Region.USWest1|} };
                var named = new PutBucketRequest { BucketName = "b", BucketRegionName = {|SRM1001:"ap-northeast-1"|} };
                var implicitRegion = new PutBucketRequest { BucketName = "b", BucketRegion = {|SRM1001:"me-south-1"|} };
            }
        }
        """,
        EuOnly);

    [Fact]
    public Task DynamoDBReplicasOutsideTheList_AreReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using Amazon.DynamoDBv2.Model;

        class Tables
        {
            void Replicate()
            {
                var update = new UpdateTableRequest
                {
                    TableName = "orders",
                    ReplicaUpdates = new List<ReplicationGroupUpdate>
                    {
                        new ReplicationGroupUpdate { Create = new CreateReplicationGroupMemberAction { RegionName = {|SRM1001:"us-east-1"|} } },
                        new ReplicationGroupUpdate { Create = new CreateReplicationGroupMemberAction { RegionName = "eu-west-1" } },
                        new ReplicationGroupUpdate { Delete = new DeleteReplicationGroupMemberAction { RegionName = "us-west-2" } },
                    },
                };
                var legacy = new CreateGlobalTableRequest
                {
                    GlobalTableName = "orders",
                    ReplicationGroup = new List<Replica> { new Replica { RegionName = "eu-central-1" }, new Replica { RegionName = {|SRM1001:"ap-southeast-2"|} } },
                };
                var legacyUpdate = new UpdateGlobalTableRequest
                {
                    GlobalTableName = "orders",
                    ReplicaUpdates = new List<ReplicaUpdate> { new ReplicaUpdate { Create = new CreateReplicaAction { RegionName = {|SRM1001:"us-west-1"|} } } },
                };
            }
        }
        """,
        EuOnly);

    [Fact]
    public Task AwsOptionsRegionAndDefaultClientConfig_AreReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon;
        using Amazon.Extensions.NETCore.Setup;

        class Startup
        {
            AWSOptions Options()
            {
                var options = new AWSOptions { Region = {|#0:RegionEndpoint.USEast1|} };
                options.DefaultClientConfig.ServiceURL = {|SRM1001:"https://sqs.us-west-2.amazonaws.com"|};
                options.DefaultClientConfig.AuthenticationRegion = "eu-west-1";
                return options;
            }
        }
        """,
        EuOnly,
        new DiagnosticResult(Descriptors.SRM1001_RegionNotAllowed).WithLocation(0).WithArguments(
            "For every AWS service",
            "RegionEndpoint.USEast1 is us-east-1, a Region srm.allowed_regions (eu-central-1, eu-west-1) does not list; data placed there is outside the Regions you chose for it"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task AllowedRegionsComparisonsAndUnknownValues_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Setup
        {
            void Configure(string fromSettings, RegionEndpoint fromCaller, AmazonS3Config existing)
            {
                var frankfurt = new AmazonS3Client(RegionEndpoint.EUCentral1);
                var ireland = new AmazonS3Config { RegionEndpoint = RegionEndpoint.GetBySystemName("eu-west-1"), AuthenticationRegion = "eu-central-1" };
                var configured = new AmazonS3Config { RegionEndpoint = RegionEndpoint.GetBySystemName(fromSettings), AuthenticationRegion = fromSettings };
                var local = new AmazonS3Config { ServiceURL = "http://localhost:4566" };
                var custom = new AmazonS3Config { ServiceURL = "https://minio.internal:9000" };
                var path = new AmazonS3Config { ServiceURL = "https://s3.eu-west-1.amazonaws.com" };
                var bucket = new PutBucketRequest { BucketName = "b", BucketRegion = S3Region.EUCentral1, BucketRegionName = "eu-west-1" };
                var notARegion = new AmazonS3Config { AuthenticationRegion = "Frankfurt" };
                if (existing.RegionEndpoint == RegionEndpoint.USEast1 || fromCaller != RegionEndpoint.USWest2 || RegionEndpoint.APEast1.Equals(fromCaller))
                {
                    System.Console.WriteLine(nameof(RegionEndpoint.USEast1));
                }
            }
        }
        """,
        EuOnly);

    /// <summary>MinIO and R2 ask for a signing Region, but a client of a store that is not AWS places no data in an AWS Region.</summary>
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task RegionOfAClientThatIsNotAws_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using Amazon;
        using Amazon.S3;

        class Stores
        {
            void Configure(string account)
            {
                var minio = new AmazonS3Config { ServiceURL = "https://minio.internal:9000", AuthenticationRegion = "us-east-1", ForcePathStyle = true };
                var wasabi = new AmazonS3Config { RegionEndpoint = RegionEndpoint.USEast1, ServiceURL = "https://s3.wasabisys.com" };
                var r2 = new AmazonS3Config { AuthenticationRegion = "us-east-1" };
                r2.ServiceURL = $"https://{account}.r2.cloudflarestorage.com";
                var aws = new AmazonS3Config { ServiceURL = "https://s3.eu-central-1.amazonaws.com", AuthenticationRegion = {|SRM1001:"us-east-1"|} };
                var plain = new AmazonS3Client({|SRM1001:RegionEndpoint.USEast1|});
            }
        }
        """,
        EuOnly);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task RegionsShownComparedOrListed_AreNotReported_ButRegionsThatChooseAClientAre(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System.Collections.Generic;
        using System.Linq;
        using Amazon;
        using Amazon.S3;

        public class RegionPicker
        {
            // Labels for a drop-down: nothing is placed anywhere until the user picks one.
            private static readonly Dictionary<RegionEndpoint, string> Labels = new Dictionary<RegionEndpoint, string>
            {
                [RegionEndpoint.USEast1] = "US East (N. Virginia)",
                [RegionEndpoint.EUCentral1] = "Europe (Frankfurt)",
            };

            private static readonly Dictionary<RegionEndpoint, string> Cities = new Dictionary<RegionEndpoint, string> { { RegionEndpoint.USWest2, "Oregon" } };

            public static readonly RegionEndpoint[] Offered = { RegionEndpoint.USEast1, RegionEndpoint.APSoutheast2 };

            public IEnumerable<string> Menu() => new List<RegionEndpoint> { RegionEndpoint.USEast1, RegionEndpoint.EUWest1 }.Select(region => region.DisplayName);

            public string Describe(RegionEndpoint region)
            {
                if (region == RegionEndpoint.USEast1 || RegionEndpoint.USWest2.Equals(region))
                {
                    return "default";
                }

                System.Console.WriteLine(RegionEndpoint.USWest1);
                var name = RegionEndpoint.USWest1.DisplayName;
                var text = $"{RegionEndpoint.SAEast1.SystemName} {RegionEndpoint.GetBySystemName("ap-east-1").DisplayName}";
                var unused = RegionEndpoint.APNortheast1;
                return Labels.TryGetValue(region, out var label) ? label : name + text;
            }

            // Each of these decides where a client goes.
            public IAmazonS3 Client(RegionEndpoint picked) => new AmazonS3Client(picked ?? {|SRM1001:RegionEndpoint.USEast1|});

            public IEnumerable<IAmazonS3> Everywhere()
            {
                foreach (var region in new[] { RegionEndpoint.EUWest1, {|SRM1001:RegionEndpoint.USWest2|} })
                {
                    yield return new AmazonS3Client(region);
                }
            }

            public IAmazonS3 Home()
            {
                var home = {|SRM1001:RegionEndpoint.APSouth1|};
                System.Console.WriteLine($"Using {home.DisplayName}");
                return new AmazonS3Client(home);
            }

            private static readonly RegionEndpoint Archive = {|SRM1001:RegionEndpoint.CACentral1|};

            public RegionEndpoint Fallback => {|SRM1001:RegionEndpoint.USEast2|};

            public IAmazonS3 ByIndex()
            {
                var regions = new[] { {|SRM1001:RegionEndpoint.MESouth1|} };
                return new AmazonS3Client(regions[0]);
            }

            public IAmazonS3 Built() => Create({|SRM1001:RegionEndpoint.AFSouth1|});

            private static IAmazonS3 Create(RegionEndpoint region) => new AmazonS3Client(region);

            public void Global() => AWSConfigs.RegionEndpoint = {|SRM1001:RegionEndpoint.APNortheast2|};
        }
        """,
        EuOnly);

    [Theory]
    [InlineData(Sdk.V3, null)]
    [InlineData(Sdk.V4, null)]
    [InlineData(Sdk.V3, "srm.allowed_regions = Frankfurt\n")]
    [InlineData(Sdk.V4, "srm.allowed_regions = eu-central-1,\n")]
    public Task WithoutAValidAllowList_NothingIsReported(Sdk sdk, string? editorConfig) => VerifyRule.Diagnostics(sdk, """
        using Amazon;
        using Amazon.S3;

        class Archive
        {
            IAmazonS3 Client() => new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.USEast1, AuthenticationRegion = "us-east-1" });
        }
        """,
        editorConfig);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon
        {
            public class RegionEndpoint
            {
                public static readonly RegionEndpoint USEast1 = new RegionEndpoint();
                public static RegionEndpoint GetBySystemName(string name) => USEast1;
            }
        }

        class Archive
        {
            object Region() => Amazon.RegionEndpoint.GetBySystemName("us-east-1") ?? Amazon.RegionEndpoint.USEast1;
        }
        """,
        EuOnly);

    [Theory]
    [InlineData(Sdk.V3, "SRM1001.eu-central-1", "RegionEndpoint.EUCentral1")]
    [InlineData(Sdk.V4, "SRM1001.eu-west-1", "RegionEndpoint.EUWest1")]
    public Task Fix_OffersEachAllowedRegion_ForARegionEndpoint(Sdk sdk, string key, string field) => VerifyRule.Fix(sdk, """
        using Amazon;
        using Amazon.S3;

        class Archive
        {
            IAmazonS3 Client() => new AmazonS3Client({|SRM1001:RegionEndpoint.USEast1|}); // the archive bucket
        }
        """, $$"""
        using Amazon;
        using Amazon.S3;

        class Archive
        {
            IAmazonS3 Client() => new AmazonS3Client({{field}}); // the archive bucket
        }
        """,
        EuOnly,
        key);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_ReplacesStringsUrlsAndBucketRegionsInPlace(Sdk sdk) => VerifyRule.Fix(sdk, """
        using Amazon;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Setup
        {
            void Configure()
            {
                var byName = new AmazonS3Config { RegionEndpoint = {|SRM1001:RegionEndpoint.GetBySystemName("sa-east-1")|} };
                var signing = new AmazonS3Config { AuthenticationRegion = {|SRM1001:"us-west-1"|} };
                var url = new AmazonS3Config { ServiceURL = {|SRM1001:"https://bucket.s3.us-east-2.amazonaws.com/path"|} };
                var bucket = new PutBucketRequest { BucketName = "b", BucketRegion = {|SRM1001:S3Region.USWest1|} };
            }
        }
        """, """
        using Amazon;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Setup
        {
            void Configure()
            {
                var byName = new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1 };
                var signing = new AmazonS3Config { AuthenticationRegion = "eu-west-1" };
                var url = new AmazonS3Config { ServiceURL = "https://bucket.s3.eu-west-1.amazonaws.com/path" };
                var bucket = new PutBucketRequest { BucketName = "b", BucketRegion = S3Region.EUWest1 };
            }
        }
        """,
        EuOnly,
        "SRM1001.eu-west-1");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_MovesEveryRegionToTheFirstAllowedOne(Sdk sdk) => VerifyRule.FixAll(sdk, """
        class Setup
        {
            void Configure()
            {
                var a = new Amazon.S3.AmazonS3Client({|SRM1001:Amazon.RegionEndpoint.USWest2|});
                var b = new Amazon.S3.AmazonS3Config { AuthenticationRegion = {|SRM1001:"ap-east-1"|} };
            }
        }
        """, """
        class Setup
        {
            void Configure()
            {
                var a = new Amazon.S3.AmazonS3Client(Amazon.RegionEndpoint.EUCentral1);
                var b = new Amazon.S3.AmazonS3Config { AuthenticationRegion = "eu-central-1" };
            }
        }
        """,
        EuOnly);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ConstantDefinedElsewhere_IsReportedWithoutAFix(Sdk sdk)
    {
        const string Source = """
            class Setup
            {
                const string Elsewhere = "us-east-1";

                object Configure() => new Amazon.S3.AmazonS3Config { AuthenticationRegion = {|SRM1001:Elsewhere|} };
            }
            """;
        return VerifyRule.Fix(sdk, Source, Source, EuOnly);
    }

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task AppSettingsRegionOutsideTheList_IsReportedInTheJsonFile(Sdk sdk)
    {
        var test = AppSettingsTest(sdk);
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """
            {
              // Where the service runs
              "Logging": { "LogLevel": { "Default": "Information" } },
              "AWS": {
                "Profile": "default",
                "Region": "us-east-1",
              },
            }
            """));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Production.json", """{ "aws": { "region": "eu-central-1" } }"""));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Staging.json", """{ "AWS:Region": "ap-southeast-1", "Other": { "Region": "us-west-2" } }"""));
        test.TestState.AdditionalFiles.Add(("/app/regions.json", """{ "AWS": { "Region": "us-west-2" } }"""));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Broken.json", """{ "AWS": { "Region": "us-west-2" """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.SRM1001_RegionNotAllowed)
            .WithSpan("/app/appsettings.json", 6, 15, 6, 26)
            .WithArguments(
                "For every AWS service",
                "AWS:Region in appsettings.json is us-east-1, a Region srm.allowed_regions (eu-central-1, eu-west-1) does not list; data placed there is outside the Regions you chose for it"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.SRM1001_RegionNotAllowed).WithSpan("/app/appsettings.Staging.json", 1, 17, 1, 33)
            .WithArguments("For every AWS service", "AWS:Region in appsettings.Staging.json is ap-southeast-1, a Region srm.allowed_regions (eu-central-1, eu-west-1) does not list; data placed there is outside the Regions you chose for it"));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task AppSettings_WithoutAnAllowList_IsNotRead()
    {
        var test = AppSettingsTest(Sdk.V4, globalConfig: null);
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """{ "AWS": { "Region": "us-east-1" } }"""));
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>A project with appsettings files as AdditionalFiles; the option comes from a .globalconfig, which applies to every file.</summary>
    private static CSharpCodeFixTest<RegionNotAllowedAnalyzer, RegionNotAllowedFixer, DefaultVerifier> AppSettingsTest(Sdk sdk, string? globalConfig = "is_global = true\n" + EuOnly)
    {
        var test = new CSharpCodeFixTest<RegionNotAllowedAnalyzer, RegionNotAllowedFixer, DefaultVerifier> { ReferenceAssemblies = AwsSdk.For(sdk) };
        test.TestState.Sources.Add(("/app/Program.cs", "class Program { }"));
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", globalConfig));
        }

        return test;
    }
}
