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

        // SRM5101: the instance metadata service also answers IMDSv1.
        new Instance_(this, "Converter", new InstanceProps
        {
            Vpc = vpc,
            InstanceType = new InstanceType("t3.small"),
            MachineImage = MachineImage.LatestAmazonLinux2023(),
        });

        // Compliant: IMDSv2 only.
        new LaunchTemplate(this, "ConverterTemplate", new LaunchTemplateProps
        {
            MachineImage = MachineImage.LatestAmazonLinux2023(),
            RequireImdsv2 = true,
        });
    }
}
