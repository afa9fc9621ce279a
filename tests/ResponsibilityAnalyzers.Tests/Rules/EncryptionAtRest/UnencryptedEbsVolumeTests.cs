using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.UnencryptedEbsVolumeAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.UnencryptedEbsVolumeFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>EC2 is tested on SDK v4 only (AWSSDK.EC2 4.0.132.2): no v3 EC2 package is served to the tests.</summary>
public class UnencryptedEbsVolumeTests
{
    [Fact]
    public Task VolumeWithoutEncryption_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.EC2.Model;

        class Storage
        {
            object Scratch() => {|#0:new CreateVolumeRequest|} { AvailabilityZone = "eu-west-1a", Size = 100 };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2101_UnencryptedEbsVolume).WithLocation(0).WithArguments(
            "EBS is an infrastructure service",
            "CreateVolumeRequest does not set Encrypted = true, so the volume and every snapshot of it are stored unencrypted"));

    [Fact]
    public Task FalseNullAndMissing_OnVolumesAndLaunchMappings_AreReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using Amazon.EC2;
        using Amazon.EC2.Model;

        class Storage
        {
            void All(bool cheap)
            {
                var a = new CreateVolumeRequest("eu-west-1a", 100) { Encrypted = {|SRM2101:false|} };
                var b = new CreateVolumeRequest { Encrypted = cheap ? {|SRM2101:null|} : true };
                var launch = new RunInstancesRequest
                {
                    ImageId = "ami-0123456789abcdef0",
                    BlockDeviceMappings = new List<BlockDeviceMapping>
                    {
                        new BlockDeviceMapping { DeviceName = "/dev/xvda", Ebs = new EbsBlockDevice { VolumeSize = 50, Encrypted = {|SRM2101:false|} } },
                        new BlockDeviceMapping { DeviceName = "/dev/xvdc", VirtualName = "ephemeral0" },
                    },
                };
                var collected = new RunInstancesRequest
                {
                    BlockDeviceMappings = [new() { DeviceName = "/dev/xvda", Ebs = {|SRM2101:new()|} { VolumeSize = 20 } }],
                };
            }
        }
        """);

    [Fact]
    public Task EncryptedUnknownOrSetElsewhere_IsNotReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using Amazon.EC2.Model;

        class Storage
        {
            void All(bool encrypt, List<BlockDeviceMapping> fromCaller)
            {
                var a = new CreateVolumeRequest { Encrypted = true, KmsKeyId = "alias/ebs" };
                var b = new CreateVolumeRequest { Encrypted = encrypt };
                var c = new CreateVolumeRequest { Size = 8 };
                Defaults(c);
                var d = new RunInstancesRequest { BlockDeviceMappings = fromCaller };
                var e = new RunInstancesRequest { ImageId = "ami-0123456789abcdef0" };
                var f = new EbsBlockDevice { VolumeSize = 10 };
                var g = new CreateImageRequest { BlockDeviceMappings = [new() { DeviceName = "/dev/xvda", Ebs = f }] };
                var h = new RunInstancesRequest { BlockDeviceMappings = [new() { Ebs = new EbsBlockDevice { VolumeSize = 20 } }] };
                h.BlockDeviceMappings[0].Ebs.Encrypted = true;
            }

            static void Defaults(CreateVolumeRequest request) => request.Encrypted = true;
        }
        """);

    [Fact]
    public Task AccountEncryptsByDefault_NothingIsReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.EC2.Model;

        class Storage
        {
            object Scratch() => new CreateVolumeRequest { Encrypted = false, Size = 100 };
        }
        """,
        "srm.ebs_encryption_by_default = true\n");

    [Theory]
    [InlineData("srm.ebs_encryption_by_default = yes\n")]
    [InlineData("srm.ebs_encryption_by_default = false\n")]
    public Task UnreadableOrFalseEncryptionByDefault_StillReports(string editorConfig) => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.EC2.Model;

        class Storage
        {
            object Scratch() => new CreateVolumeRequest { Encrypted = {|SRM2101:false|}, Size = 100 };
        }
        """,
        editorConfig);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.EC2.Model
        {
            public class CreateVolumeRequest { public bool? Encrypted { get; set; } }
        }

        class Storage
        {
            object Scratch() => new Amazon.EC2.Model.CreateVolumeRequest { Encrypted = false };
        }
        """);

    [Fact]
    public Task Fix_EncryptsTheVolume() => VerifyRule.Fix(Sdk.V4, """
        using Amazon.EC2.Model;

        class Storage
        {
            object Scratch() => new CreateVolumeRequest
            {
                AvailabilityZone = "eu-west-1a",
                Encrypted = {|SRM2101:false|}, // faster
            };

            object Data() => {|SRM2101:new CreateVolumeRequest("eu-west-1a", 100)|};
        }
        """, """
        using Amazon.EC2.Model;

        class Storage
        {
            object Scratch() => new CreateVolumeRequest
            {
                AvailabilityZone = "eu-west-1a",
                Encrypted = true, // faster
            };

            object Data() => new CreateVolumeRequest("eu-west-1a", 100) { Encrypted = true };
        }
        """);

    [Fact]
    public Task DeviceBuiltBeforeTheLaunch_IsReportedWhereTheLaunchListsIt_AndFixedWhereItIsCreated() => VerifyRule.Fix(Sdk.V4, """
        using Amazon.EC2.Model;

        class Storage
        {
            object Launch()
            {
                var data = {|#1:new EbsBlockDevice|} { VolumeSize = 500 };
                return new RunInstancesRequest { BlockDeviceMappings = [new BlockDeviceMapping { DeviceName = "/dev/xvdb", Ebs = {|#0:data|} }] };
            }
        }
        """, """
        using Amazon.EC2.Model;

        class Storage
        {
            object Launch()
            {
                var data = new EbsBlockDevice { VolumeSize = 500, Encrypted = true };
                return new RunInstancesRequest { BlockDeviceMappings = [new BlockDeviceMapping { DeviceName = "/dev/xvdb", Ebs = data }] };
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2101_UnencryptedEbsVolume).WithLocation(0).WithLocation(1).WithArguments(
            "EBS is an infrastructure service",
            "EbsBlockDevice does not set Encrypted = true, so the instance's volume and every snapshot of it are stored unencrypted"));

    [Fact]
    public Task Fix_AddsTheConfiguredKey() => VerifyRule.Fix(Sdk.V4, """
        using Amazon.EC2.Model;

        static class KeyIds
        {
            public const string Ebs = "alias/ebs-data";
        }

        class Storage
        {
            object Scratch() => new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Encrypted = {|SRM2101:false|} };

            object Data() => {|SRM2101:new CreateVolumeRequest|}
            {
                AvailabilityZone = "eu-west-1a",
                Size = 100,
            };

            object Keyed() => {|SRM2101:new CreateVolumeRequest|} { KmsKeyId = "alias/other" };
        }
        """, """
        using Amazon.EC2.Model;

        static class KeyIds
        {
            public const string Ebs = "alias/ebs-data";
        }

        class Storage
        {
            object Scratch() => new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Encrypted = true, KmsKeyId = KeyIds.Ebs };

            object Data() => new CreateVolumeRequest
            {
                AvailabilityZone = "eu-west-1a",
                Size = 100,
                Encrypted = true,
                KmsKeyId = KeyIds.Ebs,
            };

            object Keyed() => new CreateVolumeRequest { KmsKeyId = "alias/other", Encrypted = true };
        }
        """,
        "srm.ebs_kms_key_id = KeyIds.Ebs\n");

    [Fact]
    public Task UnreadableKeyExpression_FallsBackToNoKey() => VerifyRule.Fix(Sdk.V4, """
        using Amazon.EC2.Model;

        class Storage
        {
            object Data() => {|SRM2101:new CreateVolumeRequest()|};
        }
        """, """
        using Amazon.EC2.Model;

        class Storage
        {
            object Data() => new CreateVolumeRequest { Encrypted = true };
        }
        """,
        "srm.ebs_kms_key_id = KeyIds.Ebs +\n");

    [Fact]
    public Task FixAll_EncryptsEveryVolume() => VerifyRule.FixAll(Sdk.V4, """
        using Amazon.EC2.Model;

        class Storage
        {
            object Launch() => new RunInstancesRequest
            {
                BlockDeviceMappings =
                [
                    new BlockDeviceMapping { DeviceName = "/dev/xvda", Ebs = {|SRM2101:new EbsBlockDevice|} { VolumeSize = 50 } },
                    new BlockDeviceMapping { DeviceName = "/dev/xvdb", Ebs = new EbsBlockDevice { Encrypted = {|SRM2101:false|} } },
                ],
            };
        }
        """, """
        using Amazon.EC2.Model;

        class Storage
        {
            object Launch() => new RunInstancesRequest
            {
                BlockDeviceMappings =
                [
                    new BlockDeviceMapping { DeviceName = "/dev/xvda", Ebs = new EbsBlockDevice { VolumeSize = 50, Encrypted = true } },
                    new BlockDeviceMapping { DeviceName = "/dev/xvdb", Ebs = new EbsBlockDevice { Encrypted = true } },
                ],
            };
        }
        """);
}
