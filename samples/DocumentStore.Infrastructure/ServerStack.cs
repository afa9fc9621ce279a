using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Constructs;

namespace DocumentStore.Infrastructure;

/// <summary>The conversion server that renders documents to PDF.</summary>
public sealed class ServerStack : Stack
{
    public ServerStack(Construct scope, string id, IStackProps props)
        : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Network", new VpcProps { MaxAzs = 1 });

        var firewall = new SecurityGroup(this, "ConverterFirewall", new SecurityGroupProps { Vpc = vpc });

        // SRM5102: SSH open to the internet; SRM5103: the converter's status page too.
        firewall.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(22), "SSH for the operators");
        firewall.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(8080), "status page");

        // Compliant: HTTPS is meant for everyone (srm.public_ports), the admin port only for the office range.
        firewall.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(443), "HTTPS");
        firewall.AddIngressRule(Peer.Ipv4("10.20.0.0/16"), Port.Tcp(3389), "RDP from the office VPN");

        // SRM6101: the converter's boot script writes the billing database's password out.
        var boot = UserData.ForLinux();
        boot.AddCommands(
            "dnf install -y libreoffice-headless",
            "echo 'BILLING_DB_PASSWORD=B1lling-2024!' >> /etc/converter.env");

        // SRM5101: the instance metadata service also answers IMDSv1.
        new Instance_(this, "Converter", new InstanceProps
        {
            Vpc = vpc,
            InstanceType = new InstanceType("t3.small"),
            MachineImage = MachineImage.LatestAmazonLinux2023(),
            SecurityGroup = firewall,
            UserData = boot,

            // SRM2101: the data volume is not encrypted.
            BlockDevices =
            [
                new BlockDevice { DeviceName = "/dev/xvdb", Volume = BlockDeviceVolume.Ebs(200) },
            ],
        });

        // Compliant: IMDSv2 only, an encrypted volume.
        new LaunchTemplate(this, "ConverterTemplate", new LaunchTemplateProps
        {
            MachineImage = MachineImage.LatestAmazonLinux2023(),
            RequireImdsv2 = true,
            BlockDevices =
            [
                new BlockDevice { DeviceName = "/dev/xvdb", Volume = BlockDeviceVolume.Ebs(200, new EbsDeviceOptions { Encrypted = true }) },
            ],
        });
    }
}
