using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.InstanceMetadataV1Analyzer, ResponsibilityAnalyzers.CodeFixes.AccessControl.InstanceMetadataV1Fixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

/// <summary>EC2 is tested on SDK v4 only (AWSSDK.EC2 4.0.132.2): no v3 EC2 package is served to the tests.</summary>
public class InstanceMetadataV1Tests
{
    [Fact]
    public Task LaunchWithoutMetadataOptions_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.EC2.Model;

        class Fleet
        {
            object Web() => {|#0:new RunInstancesRequest|} { ImageId = "ami-0123456789abcdef0", MinCount = 1, MaxCount = 1 };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5101_InstanceMetadataV1).WithLocation(0).WithArguments(
            "EC2 is an infrastructure service",
            "RunInstances does not set MetadataOptions.HttpTokens = required, so the instance metadata service also answers IMDSv1 requests, which need no session token: a server-side request forgery in any application on the instance can read the credentials of the instance's role"));

    [Fact]
    public Task OptionalNullAndMissingTokens_AreReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.EC2;
        using Amazon.EC2.Model;

        class Fleet
        {
            void All(bool legacy)
            {
                var a = new RunInstancesRequest { MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = {|SRM5101:HttpTokensState.Optional|} } };
                var b = new RunInstancesRequest { MetadataOptions = {|SRM5101:new InstanceMetadataOptionsRequest|} { HttpPutResponseHopLimit = 2 } };
                var c = new RunInstancesRequest { MetadataOptions = {|SRM5101:null|} };
                var d = new InstanceMetadataOptionsRequest { HttpTokens = legacy ? {|SRM5101:"optional"|} : HttpTokensState.Required };
                var e = new ModifyInstanceMetadataOptionsRequest { InstanceId = "i-0123", HttpTokens = {|SRM5101:HttpTokensState.FindValue("optional")|} };
                var f = new InstanceMetadataOptionsRequest { HttpTokens = {|SRM5101:null|} };
            }
        }
        """);

    [Fact]
    public Task RequiredUnknownTemplateOrSetElsewhere_IsNotReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.EC2;
        using Amazon.EC2.Model;

        class Fleet
        {
            void All(HttpTokensState configured, InstanceMetadataOptionsRequest shared)
            {
                var a = new RunInstancesRequest { MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } };
                var b = new RunInstancesRequest { MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = configured } };
                var c = new RunInstancesRequest { LaunchTemplate = new LaunchTemplateSpecification { LaunchTemplateName = "web" } };
                var d = new RunInstancesRequest { MetadataOptions = shared };
                var e = new RunInstancesRequest { ImageId = "ami-0123456789abcdef0" };
                e.MetadataOptions = new InstanceMetadataOptionsRequest();
                e.MetadataOptions.HttpTokens = HttpTokensState.Required;
                var f = new ModifyInstanceMetadataOptionsRequest { InstanceId = "i-0123", HttpTokens = null, HttpEndpoint = InstanceMetadataEndpointState.Enabled };
                var g = new RunInstancesRequest();
                Harden(g);
            }

            static void Harden(RunInstancesRequest launch) => launch.MetadataOptions = new() { HttpTokens = HttpTokensState.Required };
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.EC2.Model
        {
            public class RunInstancesRequest { public string ImageId { get; set; } }
        }

        class Fleet
        {
            object Web() => new Amazon.EC2.Model.RunInstancesRequest { ImageId = "ami-0123456789abcdef0" };
        }
        """);

    [Fact]
    public Task Fix_RequiresTokens() => VerifyRule.Fix(Sdk.V4, """
        using Amazon.EC2;
        using Amazon.EC2.Model;

        class Fleet
        {
            object Web() => {|SRM5101:new RunInstancesRequest|}
            {
                ImageId = "ami-0123456789abcdef0",
                MinCount = 1,
                MaxCount = 1,
            };

            object Worker() => new RunInstancesRequest
            {
                MetadataOptions = {|SRM5101:new InstanceMetadataOptionsRequest|} { HttpPutResponseHopLimit = 2 },
            };

            object Legacy() => new InstanceMetadataOptionsRequest { HttpTokens = {|SRM5101:HttpTokensState.Optional|} };
        }
        """, """
        using Amazon.EC2;
        using Amazon.EC2.Model;

        class Fleet
        {
            object Web() => new RunInstancesRequest
            {
                ImageId = "ami-0123456789abcdef0",
                MinCount = 1,
                MaxCount = 1,
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required },
            };

            object Worker() => new RunInstancesRequest
            {
                MetadataOptions = new InstanceMetadataOptionsRequest { HttpPutResponseHopLimit = 2, HttpTokens = HttpTokensState.Required },
            };

            object Legacy() => new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required };
        }
        """);

    [Fact]
    public Task Fix_WithoutUsings_QualifiesAsLittleAsTheFileAllows() => VerifyRule.Fix(Sdk.V4, """
        class Fleet
        {
            object Web()
            {
                var launch = {|SRM5101:new Amazon.EC2.Model.RunInstancesRequest()|};
                launch.ImageId = "ami-0123456789abcdef0";
                return launch;
            }
        }
        """, """
        class Fleet
        {
            object Web()
            {
                var launch = new Amazon.EC2.Model.RunInstancesRequest { MetadataOptions = new Amazon.EC2.Model.InstanceMetadataOptionsRequest { HttpTokens = Amazon.EC2.HttpTokensState.Required } };
                launch.ImageId = "ami-0123456789abcdef0";
                return launch;
            }
        }
        """);

    [Fact]
    public Task FixAll_RequiresTokensEverywhere() => VerifyRule.FixAll(Sdk.V4, """
        using Amazon.EC2;
        using Amazon.EC2.Model;

        class Fleet
        {
            object[] All() => new object[]
            {
                {|SRM5101:new RunInstancesRequest()|},
                new ModifyInstanceMetadataOptionsRequest { InstanceId = "i-0123", HttpTokens = {|SRM5101:HttpTokensState.Optional|} },
            };
        }
        """, """
        using Amazon.EC2;
        using Amazon.EC2.Model;

        class Fleet
        {
            object[] All() => new object[]
            {
                new RunInstancesRequest { MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } },
                new ModifyInstanceMetadataOptionsRequest { InstanceId = "i-0123", HttpTokens = HttpTokensState.Required },
            };
        }
        """);
}
