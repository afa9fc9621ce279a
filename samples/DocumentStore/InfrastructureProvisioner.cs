using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace DocumentStore;

/// <summary>Brings up the store's web server: its firewall, the instance and a volume for the document cache.</summary>
public sealed class InfrastructureProvisioner
{
    private const string OfficeRange = "203.0.113.0/24";

    private readonly IAmazonEC2 _ec2;

    public InfrastructureProvisioner(IAmazonEC2 ec2) => _ec2 = ec2;

    public async Task<string> ProvisionAsync(string securityGroupId, string imageId, string availabilityZone, CancellationToken cancellationToken)
    {
        await _ec2.AuthorizeSecurityGroupIngressAsync(
            new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = securityGroupId,
                IpPermissions =
                [
                    // The web site: HTTPS is meant for everyone (srm.public_ports), the admin dashboard is not.
                    new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = [new IpRange { CidrIp = "0.0.0.0/0" }] },
                    new IpPermission { IpProtocol = "tcp", FromPort = 8080, ToPort = 8080, Ipv4Ranges = [new IpRange { CidrIp = "0.0.0.0/0" }] },
                    // "Temporary", for the on-call engineer working from home.
                    new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = [new IpRange { CidrIp = "0.0.0.0/0" }] },
                    // Metrics scraping from the office only.
                    new IpPermission { IpProtocol = "tcp", FromPort = 9100, ToPort = 9100, Ipv4Ranges = [new IpRange { CidrIp = OfficeRange }] },
                ],
            },
            cancellationToken);

        var bootScript = """
            #!/bin/bash
            dnf install -y docker
            echo "DOCSTORE_DB_PASSWORD=docstore-2024!" >> /etc/docstore.env
            systemctl enable --now docstore
            """;
        var launch = await _ec2.RunInstancesAsync(
            new RunInstancesRequest
            {
                ImageId = imageId,
                InstanceType = InstanceType.T3Small,
                MinCount = 1,
                MaxCount = 1,
                SecurityGroupIds = [securityGroupId],
                UserData = Convert.ToBase64String(Encoding.UTF8.GetBytes(bootScript)),
                BlockDeviceMappings = new List<BlockDeviceMapping>
                {
                    new BlockDeviceMapping { DeviceName = "/dev/xvda", Ebs = new EbsBlockDevice { VolumeSize = 30, Encrypted = true } },
                    new BlockDeviceMapping { DeviceName = "/dev/xvdb", Ebs = new EbsBlockDevice { VolumeSize = 200, VolumeType = VolumeType.Gp3 } },
                },
            },
            cancellationToken);

        // Scratch space for thumbnails; cheap and rebuilt on demand.
        await _ec2.CreateVolumeAsync(new CreateVolumeRequest(availabilityZone, 100) { VolumeType = VolumeType.Gp3 }, cancellationToken);

        return launch.Reservation.Instances[0].InstanceId;
    }

    /// <summary>The launch template of the thumbnail workers, which the auto scaling group starts on demand.</summary>
    public Task CreateWorkerTemplateAsync(string securityGroupId, CancellationToken cancellationToken) =>
        _ec2.CreateLaunchTemplateAsync(
            new CreateLaunchTemplateRequest
            {
                LaunchTemplateName = "docstore-thumbnail-workers",
                LaunchTemplateData = new RequestLaunchTemplateData
                {
                    // Amazon Linux 2023 in eu-central-1, the image the workers were first tested on.
                    ImageId = "ami-0c1c30571d2dae5c9",
                    InstanceType = InstanceType.T3Small,
                    SecurityGroupIds = [securityGroupId],
                    MetadataOptions = new LaunchTemplateInstanceMetadataOptionsRequest { HttpTokens = LaunchTemplateHttpTokensState.Required },
                },
            },
            cancellationToken);
}
