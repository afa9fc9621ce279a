using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.AccessControl.InstanceMetadataV1Analyzer, ResponsibilityAnalyzers.CodeFixes.AccessControl.InstanceMetadataV1Fixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.AccessControl;

/// <summary>SRM5101, CDK form: an EC2 Instance, LaunchTemplate or BastionHostLinux declared without RequireImdsv2 = true.</summary>
public class InstanceMetadataV1CdkTests
{
    [Fact]
    public Task UnsafeOrMissing_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("EC2", """
        new Instance_(this, "Web", {|SRM5101:new InstanceProps|} { Vpc = vpc, MachineImage = image, InstanceType = new InstanceType("t3.micro") });
        new LaunchTemplate(this, "Workers", new LaunchTemplateProps { MachineImage = image, RequireImdsv2 = {|SRM5101:false|} });
        {|SRM5101:new LaunchTemplate(this, "Batch")|};
        """, "IVpc vpc, IMachineImage image"));

    [Fact]
    public Task SafeOrUnknown_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("EC2", """
        new Instance_(this, "Web", new InstanceProps { Vpc = vpc, MachineImage = image, InstanceType = new InstanceType("t3.micro"), RequireImdsv2 = true });
        new LaunchTemplate(this, "Workers", new LaunchTemplateProps { MachineImage = image, HttpTokens = LaunchTemplateHttpTokens.REQUIRED });
        """, "IVpc vpc, IMachineImage image"));

    [Fact]
    public Task Fix_WritesTheSafeValue() => VerifyRule.Fix(Sdk.Cdk, CdkStack.Of("EC2", """
        new Instance_(this, "Web", {|SRM5101:new InstanceProps|} { Vpc = vpc, MachineImage = image, InstanceType = new InstanceType("t3.micro") });
        {|SRM5101:new LaunchTemplate(this, "Batch")|};
        """, "IVpc vpc, IMachineImage image"), CdkStack.Of("EC2", """
        new Instance_(this, "Web", new InstanceProps { Vpc = vpc, MachineImage = image, InstanceType = new InstanceType("t3.micro"), RequireImdsv2 = true });
        new LaunchTemplate(this, "Batch", new LaunchTemplateProps { RequireImdsv2 = true });
        """, "IVpc vpc, IMachineImage image"));

    [Fact]
    public Task FixAll_FixesEveryFinding() => VerifyRule.FixAll(Sdk.Cdk, CdkStack.Of("EC2", """
        new Instance_(this, "Web", {|SRM5101:new InstanceProps|} { Vpc = vpc, MachineImage = image, InstanceType = new InstanceType("t3.micro") });
        new LaunchTemplate(this, "Workers", new LaunchTemplateProps { MachineImage = image, RequireImdsv2 = {|SRM5101:false|} });
        """, "IVpc vpc, IMachineImage image"), CdkStack.Of("EC2", """
        new Instance_(this, "Web", new InstanceProps { Vpc = vpc, MachineImage = image, InstanceType = new InstanceType("t3.micro"), RequireImdsv2 = true });
        new LaunchTemplate(this, "Workers", new LaunchTemplateProps { MachineImage = image, RequireImdsv2 = true });
        """, "IVpc vpc, IMachineImage image"));

    [Fact]
    public Task BastionHost_WithoutImdsv2_IsReported_WithTheCdkDefaultInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("EC2", """
        new BastionHostLinux(this, "Bastion", {|#0:new BastionHostLinuxProps|} { Vpc = vpc });
        new BastionHostLinux(this, "Jump", new BastionHostLinuxProps { Vpc = vpc, RequireImdsv2 = {|SRM5101:false|} });
        var props = new BastionHostLinuxProps { Vpc = vpc, RequireImdsv2 = true };
        props.RequireImdsv2 = {|SRM5101:false|};
        new BastionHostLinux(this, "Later", props);
        """, "IVpc vpc"),
        expected: new DiagnosticResult(Descriptors.SRM5101_InstanceMetadataV1).WithLocation(0).WithArguments(
            "EC2 is an infrastructure service",
            "the CDK BastionHostLinux is declared without RequireImdsv2 = true: the instance metadata service also answers IMDSv1 requests, which need no session token: a server-side request forgery in any application on the instance can read the credentials of the instance's role"));

    [Fact]
    public Task BastionHost_RequiringImdsv2OrUnknown_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, CdkStack.Of("EC2", """
        new BastionHostLinux(this, "Bastion", new BastionHostLinuxProps { Vpc = vpc, RequireImdsv2 = true });
        new BastionHostLinux(this, "Jump", new BastionHostLinuxProps { Vpc = vpc, RequireImdsv2 = strict });
        new BastionHostLinux(this, "Given", given);
        """, "IVpc vpc, bool strict, BastionHostLinuxProps given"));

    [Fact]
    public Task BastionHost_IsFixed_ByRequiringImdsv2() => VerifyRule.Fix(Sdk.Cdk, CdkStack.Of("EC2", """
        new BastionHostLinux(this, "Bastion", {|SRM5101:new BastionHostLinuxProps|} { Vpc = vpc });
        new BastionHostLinux(this, "Jump", new BastionHostLinuxProps { Vpc = vpc, RequireImdsv2 = {|SRM5101:false|} });
        """, "IVpc vpc"), CdkStack.Of("EC2", """
        new BastionHostLinux(this, "Bastion", new BastionHostLinuxProps { Vpc = vpc, RequireImdsv2 = true });
        new BastionHostLinux(this, "Jump", new BastionHostLinuxProps { Vpc = vpc, RequireImdsv2 = true });
        """, "IVpc vpc"));
}
