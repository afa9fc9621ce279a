using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.UnencryptedEbsVolumeAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.UnencryptedEbsVolumeFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>SRM2101, CDK form: a Volume, or an instance's block device from BlockDeviceVolume.Ebs(…), without Encrypted = true.</summary>
public class UnencryptedEbsVolumeCdkTests
{
    [Fact]
    public Task BlockDeviceWithoutOptions_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK.AWS.EC2;

        class Disks
        {
            IBlockDevice Root() => new BlockDevice { DeviceName = "/dev/xvda", Volume = {|#0:BlockDeviceVolume.Ebs({|#1:50|})|} };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2101_UnencryptedEbsVolume).WithLocation(0).WithLocation(1).WithArguments(
            "EBS is an infrastructure service",
            "BlockDeviceVolume.Ebs(…) without EbsDeviceOptions gives the CDK instance an unencrypted volume, unless the account encrypts new volumes by default"));

    [Fact]
    public Task UnencryptedVolumesAndDevices_AreReported_EncryptedAreNot() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.KMS;
        using Constructs;

        class DiskStack : Stack
        {
            DiskStack(Construct scope, IKey key) : base(scope, "Disks")
            {
                new Volume(this, "Scratch", {|SRM2101:new VolumeProps|} { AvailabilityZone = "eu-central-1a", Size = Size.Gibibytes(100) });
                new Volume(this, "Data", new VolumeProps { AvailabilityZone = "eu-central-1a", Size = Size.Gibibytes(100), Encrypted = {|SRM2101:false|} });
                var logs = BlockDeviceVolume.Ebs(20, {|SRM2101:new EbsDeviceOptions|} { VolumeType = EbsDeviceVolumeType.GP3 });
                new Volume(this, "Encrypted", new VolumeProps { AvailabilityZone = "eu-central-1a", Size = Size.Gibibytes(100), Encrypted = true });
                new Volume(this, "Keyed", new VolumeProps { AvailabilityZone = "eu-central-1a", Size = Size.Gibibytes(100), EncryptionKey = key });
                var root = BlockDeviceVolume.Ebs(50, new EbsDeviceOptions { Encrypted = true });
                var keyed = BlockDeviceVolume.Ebs(50, new EbsDeviceOptions { KmsKey = key });
            }
        }
        """);

    [Fact]
    public Task Fix_EncryptsTheVolume() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK.AWS.EC2;

        class Disks
        {
            BlockDeviceVolume Root() => {|SRM2101:BlockDeviceVolume.Ebs(50)|};
            BlockDeviceVolume Logs() => BlockDeviceVolume.Ebs(20, {|SRM2101:new EbsDeviceOptions|} { VolumeType = EbsDeviceVolumeType.GP3 });
        }
        """, """
        using Amazon.CDK.AWS.EC2;

        class Disks
        {
            BlockDeviceVolume Root() => BlockDeviceVolume.Ebs(50, new EbsDeviceOptions { Encrypted = true });
            BlockDeviceVolume Logs() => BlockDeviceVolume.Ebs(20, new EbsDeviceOptions { VolumeType = EbsDeviceVolumeType.GP3, Encrypted = true });
        }
        """);

    [Fact]
    public Task Fix_MovesTheSize_WithItsComment() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK.AWS.EC2;

        class Disks
        {
            BlockDeviceVolume Root() => {|SRM2101:BlockDeviceVolume.Ebs(50 /* GiB */)|};
        }
        """, """
        using Amazon.CDK.AWS.EC2;

        class Disks
        {
            BlockDeviceVolume Root() => BlockDeviceVolume.Ebs(50 /* GiB */, new EbsDeviceOptions { Encrypted = true });
        }
        """);

    [Fact]
    public Task FixAll_EncryptsEveryVolume() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class DiskStack : Stack
        {
            DiskStack(Construct scope) : base(scope, "Disks")
            {
                new Volume(this, "Scratch", {|SRM2101:new VolumeProps|} { AvailabilityZone = "eu-central-1a" });
                var root = {|SRM2101:BlockDeviceVolume.Ebs(50)|};
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class DiskStack : Stack
        {
            DiskStack(Construct scope) : base(scope, "Disks")
            {
                new Volume(this, "Scratch", new VolumeProps { AvailabilityZone = "eu-central-1a", Encrypted = true });
                var root = BlockDeviceVolume.Ebs(50, new EbsDeviceOptions { Encrypted = true });
            }
        }
        """);

    [Fact]
    public Task CfnVolume_WithoutEncrypted_IsReported_UnlessFromASnapshot() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class ComputeStack : Stack
        {
            ComputeStack(Construct scope) : base(scope, "Compute")
            {
                new CfnVolume(this, "Data", {|SRM2101:new CfnVolumeProps|} { AvailabilityZone = "eu-central-1a", Size = 100 });
                new CfnVolume(this, "Logs", new CfnVolumeProps { AvailabilityZone = "eu-central-1a", Encrypted = {|SRM2101:false|} });
                new CfnVolume(this, "Copy", new CfnVolumeProps { AvailabilityZone = "eu-central-1a", SnapshotId = "snap-0123456789abcdef0" });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class ComputeStack : Stack
        {
            ComputeStack(Construct scope) : base(scope, "Compute")
            {
                new CfnVolume(this, "Data", new CfnVolumeProps { AvailabilityZone = "eu-central-1a", Size = 100, Encrypted = true });
                new CfnVolume(this, "Logs", new CfnVolumeProps { AvailabilityZone = "eu-central-1a", Encrypted = true });
                new CfnVolume(this, "Copy", new CfnVolumeProps { AvailabilityZone = "eu-central-1a", SnapshotId = "snap-0123456789abcdef0" });
            }
        }
        """);

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnVolumeEncrypted_LeftOutOrFalse() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("EC2", """
        new CfnVolume(this, "Data", {|SRM2101:new CfnVolumeProps|} { AvailabilityZone = "eu-central-1a", Size = 100 });
        new CfnVolume(this, "Logs", new CfnVolumeProps { AvailabilityZone = "eu-central-1a", Encrypted = {|SRM2101:false|} });
        """),
        CdkStack.Of("EC2", """
        new CfnVolume(this, "Data", new CfnVolumeProps { AvailabilityZone = "eu-central-1a", Size = 100, Encrypted = true });
        new CfnVolume(this, "Logs", new CfnVolumeProps { AvailabilityZone = "eu-central-1a", Encrypted = true });
        """));
}
