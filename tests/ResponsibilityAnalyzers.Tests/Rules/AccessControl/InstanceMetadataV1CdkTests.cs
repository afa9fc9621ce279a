using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.InstanceMetadataV1Analyzer, ResponsibilityAnalyzers.CodeFixes.AccessControl.InstanceMetadataV1Fixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

/// <summary>SRM5101, CDK form: an EC2 Instance or LaunchTemplate declared without RequireImdsv2 = true.</summary>
public class InstanceMetadataV1CdkTests
{
    [Fact]
    public Task UnsafeOrMissing_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc, IMachineImage image) : base(scope, "App")
            {
                new Instance_(this, "Web", {|SRM5101:new InstanceProps|} { Vpc = vpc, MachineImage = image, InstanceType = new InstanceType("t3.micro") });
                new LaunchTemplate(this, "Workers", new LaunchTemplateProps { MachineImage = image, RequireImdsv2 = {|SRM5101:false|} });
                {|SRM5101:new LaunchTemplate(this, "Batch")|};
            }
        }
        """);

    [Fact]
    public Task SafeOrUnknown_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc, IMachineImage image) : base(scope, "App")
            {
                new Instance_(this, "Web", new InstanceProps { Vpc = vpc, MachineImage = image, InstanceType = new InstanceType("t3.micro"), RequireImdsv2 = true });
                new LaunchTemplate(this, "Workers", new LaunchTemplateProps { MachineImage = image, HttpTokens = LaunchTemplateHttpTokens.REQUIRED });
            }
        }
        """);

    [Fact]
    public Task Fix_WritesTheSafeValue() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc, IMachineImage image) : base(scope, "App")
            {
                new Instance_(this, "Web", {|SRM5101:new InstanceProps|} { Vpc = vpc, MachineImage = image, InstanceType = new InstanceType("t3.micro") });
                {|SRM5101:new LaunchTemplate(this, "Batch")|};
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc, IMachineImage image) : base(scope, "App")
            {
                new Instance_(this, "Web", new InstanceProps { Vpc = vpc, MachineImage = image, InstanceType = new InstanceType("t3.micro"), RequireImdsv2 = true });
                new LaunchTemplate(this, "Batch", new LaunchTemplateProps { RequireImdsv2 = true });
            }
        }
        """);

    [Fact]
    public Task FixAll_FixesEveryFinding() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc, IMachineImage image) : base(scope, "App")
            {
                new Instance_(this, "Web", {|SRM5101:new InstanceProps|} { Vpc = vpc, MachineImage = image, InstanceType = new InstanceType("t3.micro") });
                new LaunchTemplate(this, "Workers", new LaunchTemplateProps { MachineImage = image, RequireImdsv2 = {|SRM5101:false|} });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, IVpc vpc, IMachineImage image) : base(scope, "App")
            {
                new Instance_(this, "Web", new InstanceProps { Vpc = vpc, MachineImage = image, InstanceType = new InstanceType("t3.micro"), RequireImdsv2 = true });
                new LaunchTemplate(this, "Workers", new LaunchTemplateProps { MachineImage = image, RequireImdsv2 = true });
            }
        }
        """);
}
