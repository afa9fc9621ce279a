using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Platform.HardCodedImageAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Platform;

/// <summary>EC2 is served for v4 only (the v3 set holds AWSSDK.S3 alone), so these tests run on v4.</summary>
public class HardCodedImageTests
{
    [Fact]
    public Task LiteralAmiOnRunInstances_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Threading.Tasks;
        using Amazon.EC2;
        using Amazon.EC2.Model;

        class Workers
        {
            Task<RunInstancesResponse> Launch(IAmazonEC2 ec2, string subnetId) => ec2.RunInstancesAsync(new RunInstancesRequest
            {
                ImageId = {|#0:"ami-0abcdef1234567890"|},
                InstanceType = InstanceType.T3Medium,
                MinCount = 1,
                MaxCount = 1,
                SubnetId = subnetId,
            });
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM7001_HardCodedImage).WithLocation(0).WithArguments(
            "EC2 is an infrastructure service",
            "RunInstances boots the fixed image ami-0abcdef1234567890, so every instance starts with the operating system as it was when that image was built and lacks every patch published since; resolve the image at launch from a Systems Manager public parameter (\"resolve:ssm:/aws/service/…\") or list your own patched images in srm.approved_images"));

    [Fact]
    public Task ConstantsConstructorArgumentsAndLaunchTemplates_AreReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Threading.Tasks;
        using Amazon.EC2;
        using Amazon.EC2.Model;

        class Fleet
        {
            private const string WorkerImage = "ami-0c1c30571d2dae5c9";

            async Task Provision(IAmazonEC2 ec2, bool arm)
            {
                await ec2.RunInstancesAsync(new RunInstancesRequest({|SRM7001:"ami-0123456789abcdef0"|}, 1, 1) { InstanceType = InstanceType.T3Small });
                await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = {|SRM7001:WorkerImage|}, MinCount = 1, MaxCount = 1 });

                await ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
                {
                    LaunchTemplateName = "workers",
                    LaunchTemplateData = new RequestLaunchTemplateData
                    {
                        ImageId = arm ? {|SRM7001:"ami-0fedcba9876543210"|} : "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
                        InstanceType = InstanceType.T3Small,
                    },
                });

                var data = new RequestLaunchTemplateData();
                data.ImageId = {|SRM7001:"ami-0aaaabbbbccccdddd"|};
                await ec2.CreateLaunchTemplateVersionAsync(new CreateLaunchTemplateVersionRequest { LaunchTemplateName = "workers", LaunchTemplateData = data });
            }
        }
        """);

    [Fact]
    public Task AnIdWrittenInAnEarlierStatement_IsReportedWhereTheRequestTakesIt_WithTheIdBeside() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.EC2.Model;

        class Fleet
        {
            object Worker(string subnetId)
            {
                var image = {|#1:"ami-0c1c30571d2dae5c9"|};
                var request = new RunInstancesRequest { MinCount = 1, MaxCount = 1, SubnetId = subnetId };
                request.ImageId = {|#0:image|};
                return request;
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM7001_HardCodedImage).WithLocation(0).WithLocation(1).WithArguments(
            "EC2 is an infrastructure service",
            "RunInstances boots the fixed image ami-0c1c30571d2dae5c9, so every instance starts with the operating system as it was when that image was built and lacks every patch published since; resolve the image at launch from a Systems Manager public parameter (\"resolve:ssm:/aws/service/…\") or list your own patched images in srm.approved_images"));

    [Fact]
    public Task ImagesResolvedAtLaunch_ReadAtRunTime_OrApproved_AreNotReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Threading.Tasks;
        using Amazon.EC2;
        using Amazon.EC2.Model;
        using Amazon.SimpleSystemsManagement;
        using Amazon.SimpleSystemsManagement.Model;

        class Fleet
        {
            private const string LatestAmazonLinux = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

            async Task Provision(IAmazonEC2 ec2, IAmazonSimpleSystemsManagement ssm, string imageFromPipeline)
            {
                await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = LatestAmazonLinux, MinCount = 1, MaxCount = 1 });

                var latest = await ssm.GetParameterAsync(new GetParameterRequest { Name = "/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base" });
                await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = latest.Parameter.Value, MinCount = 1, MaxCount = 1 });

                await ec2.RunInstancesAsync(new RunInstancesRequest(imageFromPipeline, 1, 1));

                // A golden image the platform team bakes and patches every week (srm.approved_images).
                await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-0ab1c2d3e4f5a6b7c", MinCount = 1, MaxCount = 1 });
            }
        }
        """,
        editorConfig: "srm.approved_images = ami-0ab1c2d3*, ami-0999999999999999");

    [Fact]
    public Task AnApprovedList_DoesNotSilenceOtherImages() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.EC2.Model;

        class Fleet
        {
            object Worker() => new RunInstancesRequest { ImageId = {|SRM7001:"ami-0c1c30571d2dae5c9"|}, MinCount = 1, MaxCount = 1 };
        }
        """,
        editorConfig: "srm.approved_images = ami-0ab1c2d3*");

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.EC2.Model
        {
            public class RunInstancesRequest { public string ImageId { get; set; } }
        }

        class Fleet
        {
            object Worker() => new Amazon.EC2.Model.RunInstancesRequest { ImageId = "ami-0c1c30571d2dae5c9" };
        }
        """);
}
