using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
using Infra.Provisioning.Config;
using Microsoft.Extensions.Logging;

namespace Infra.Provisioning.Steps;

/// <summary>
/// Launches the bastion and worker instances. EBS encryption by default is
/// switched on for the region first.
/// </summary>
public class ComputeStep : IProvisioningStep
{
    public string Name => "compute";

    public async Task ApplyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var log = context.Logger(Name);
        var env = context.Environment;

        if (context.DryRun)
        {
            log.LogInformation("Would launch {Count} worker(s) and a bastion", env.Workers.Sum(w => w.Count));
            return;
        }

        var ebs = await context.Ec2.GetEbsEncryptionByDefaultAsync(new GetEbsEncryptionByDefaultRequest(), cancellationToken);
        if (ebs.EbsEncryptionByDefault != true)
        {
            await context.Ec2.EnableEbsEncryptionByDefaultAsync(new EnableEbsEncryptionByDefaultRequest(), cancellationToken);
            log.LogInformation("Enabled EBS encryption by default in {Region}", env.Region);
        }

        if (env.Bastion != null)
        {
            var ids = await LaunchAsync(context, env.Bastion, context.Outputs["sg.bastion"], publicIp: true, cancellationToken);
            context.Outputs["instance.bastion"] = ids.First();
        }

        foreach (var worker in env.Workers)
        {
            var ids = await LaunchAsync(context, worker, context.Outputs["sg.workers"], publicIp: false, cancellationToken);
            context.Outputs[$"instances.{worker.Name}"] = string.Join(",", ids);
        }
    }

    private static async Task<List<string>> LaunchAsync(ProvisioningContext context, InstanceSpec spec, string securityGroupId, bool publicIp, CancellationToken cancellationToken)
    {
        var name = context.Prefixed(spec.Name);
        var running = await context.Ec2.DescribeInstancesAsync(
            new DescribeInstancesRequest
            {
                Filters = new List<Filter>
                {
                    new("tag:Name", new List<string> { name }),
                    new("instance-state-name", new List<string> { "pending", "running", "stopped" }),
                },
            },
            cancellationToken);
        var existing = (running.Reservations ?? new List<Reservation>()).SelectMany(r => r.Instances ?? new List<Instance>()).Select(i => i.InstanceId).ToList();
        if (existing.Count >= spec.Count)
        {
            return existing;
        }

        var request = new RunInstancesRequest
        {
            ImageId = spec.AmiId,
            InstanceType = InstanceType.FindValue(spec.InstanceType),
            MinCount = spec.Count - existing.Count,
            MaxCount = spec.Count - existing.Count,
            KeyName = spec.KeyName,
            NetworkInterfaces = new List<InstanceNetworkInterfaceSpecification>
            {
                new()
                {
                    DeviceIndex = 0,
                    SubnetId = context.Environment.SubnetIds.First(),
                    Groups = new List<string> { securityGroupId },
                    AssociatePublicIpAddress = publicIp,
                },
            },
            BlockDeviceMappings = new List<BlockDeviceMapping>
            {
                new()
                {
                    DeviceName = "/dev/xvda",
                    Ebs = new EbsBlockDevice
                    {
                        VolumeSize = spec.VolumeSizeGb,
                        VolumeType = VolumeType.Gp3,
                        Encrypted = true,
                        KmsKeyId = context.Outputs.TryGetValue("kms.key.arn", out var keyArn) ? keyArn : null,
                        DeleteOnTermination = true,
                    },
                },
            },
            MetadataOptions = new InstanceMetadataOptionsRequest
            {
                HttpTokens = HttpTokensState.Required,
                HttpEndpoint = InstanceMetadataEndpointState.Enabled,
                HttpPutResponseHopLimit = 2,
            },
            TagSpecifications = new List<TagSpecification>
            {
                new()
                {
                    ResourceType = ResourceType.Instance,
                    Tags = context.Environment.Tags.Select(t => new Tag(t.Key, t.Value)).Append(new Tag("Name", name)).ToList(),
                },
            },
        };

        if (spec.UserData != null)
        {
            request.UserData = Convert.ToBase64String(Encoding.UTF8.GetBytes(spec.UserData));
        }

        var response = await context.Ec2.RunInstancesAsync(request, cancellationToken);
        return existing.Concat(response.Reservation.Instances.Select(i => i.InstanceId)).ToList();
    }

    public async Task DestroyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var response = await context.Ec2.DescribeInstancesAsync(
            new DescribeInstancesRequest
            {
                Filters = new List<Filter>
                {
                    new("tag:Name", new List<string> { context.Prefixed("*") }),
                    new("instance-state-name", new List<string> { "pending", "running", "stopped" }),
                },
            },
            cancellationToken);

        var ids = (response.Reservations ?? new List<Reservation>()).SelectMany(r => r.Instances ?? new List<Instance>()).Select(i => i.InstanceId).ToList();
        if (ids.Count > 0)
        {
            await context.Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = ids }, cancellationToken);
        }
    }
}
