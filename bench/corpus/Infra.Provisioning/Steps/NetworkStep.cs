using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
using Infra.Provisioning.Config;
using Microsoft.Extensions.Logging;

namespace Infra.Provisioning.Steps;

/// <summary>
/// Security groups: the load balancer takes HTTPS from anywhere, the
/// workers take traffic from the load balancer only, and the bastion takes
/// SSH from the office.
/// </summary>
public class NetworkStep : IProvisioningStep
{
    public string Name => "network";

    public async Task ApplyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var log = context.Logger(Name);
        var env = context.Environment;
        if (context.DryRun)
        {
            log.LogInformation("Would create security groups in {Vpc}", env.VpcId);
            return;
        }

        var albGroup = await EnsureGroupAsync(context, "alb", "Public load balancer", cancellationToken);
        await AuthorizeAsync(context.Ec2, albGroup, new List<IpPermission>
        {
            new()
            {
                IpProtocol = "tcp",
                FromPort = 443,
                ToPort = 443,
                Ipv4Ranges = new List<IpRange> { new() { CidrIp = "0.0.0.0/0", Description = "HTTPS" } },
                Ipv6Ranges = new List<Ipv6Range> { new() { CidrIpv6 = "::/0", Description = "HTTPS" } },
            },
            new()
            {
                IpProtocol = "tcp",
                FromPort = 80,
                ToPort = 80,
                Ipv4Ranges = new List<IpRange> { new() { CidrIp = "0.0.0.0/0", Description = "HTTP redirect" } },
            },
        }, log, cancellationToken);

        var workerGroup = await EnsureGroupAsync(context, "workers", "Application workers", cancellationToken);
        await AuthorizeAsync(context.Ec2, workerGroup, new List<IpPermission>
        {
            new()
            {
                IpProtocol = "tcp",
                FromPort = 8080,
                ToPort = 8080,
                UserIdGroupPairs = new List<UserIdGroupPair> { new() { GroupId = albGroup, Description = "From ALB" } },
            },
        }, log, cancellationToken);

        var bastionGroup = await EnsureGroupAsync(context, "bastion", "SSH bastion", cancellationToken);
        var sshSources = env.Production
            ? new List<IpRange> { new() { CidrIp = env.OfficeCidr, Description = "Office" } }
            : new List<IpRange> { new() { CidrIp = "0.0.0.0/0", Description = "Anywhere (dev only)" } };
        await AuthorizeAsync(context.Ec2, bastionGroup, new List<IpPermission>
        {
            new() { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = sshSources },
        }, log, cancellationToken);

        await AuthorizeAsync(context.Ec2, workerGroup, new List<IpPermission>
        {
            new()
            {
                IpProtocol = "tcp",
                FromPort = 22,
                ToPort = 22,
                UserIdGroupPairs = new List<UserIdGroupPair> { new() { GroupId = bastionGroup, Description = "SSH from bastion" } },
            },
        }, log, cancellationToken);

        context.Outputs["sg.alb"] = albGroup;
        context.Outputs["sg.workers"] = workerGroup;
        context.Outputs["sg.bastion"] = bastionGroup;
    }

    private static async Task<string> EnsureGroupAsync(ProvisioningContext context, string name, string description, CancellationToken cancellationToken)
    {
        var groupName = context.Prefixed(name);
        var existing = await context.Ec2.DescribeSecurityGroupsAsync(
            new DescribeSecurityGroupsRequest
            {
                Filters = new List<Filter>
                {
                    new("group-name", new List<string> { groupName }),
                    new("vpc-id", new List<string> { context.Environment.VpcId }),
                },
            },
            cancellationToken);

        var group = existing.SecurityGroups?.FirstOrDefault();
        if (group != null)
        {
            return group.GroupId;
        }

        var created = await context.Ec2.CreateSecurityGroupAsync(
            new CreateSecurityGroupRequest
            {
                GroupName = groupName,
                Description = description,
                VpcId = context.Environment.VpcId,
                TagSpecifications = new List<TagSpecification>
                {
                    new()
                    {
                        ResourceType = ResourceType.SecurityGroup,
                        Tags = context.Environment.Tags.Select(t => new Tag(t.Key, t.Value)).Append(new Tag("Name", groupName)).ToList(),
                    },
                },
            },
            cancellationToken);
        return created.GroupId;
    }

    private static async Task AuthorizeAsync(IAmazonEC2 ec2, string groupId, List<IpPermission> permissions, ILogger log, CancellationToken cancellationToken)
    {
        try
        {
            await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = groupId, IpPermissions = permissions }, cancellationToken);
        }
        catch (AmazonEC2Exception ex) when (ex.ErrorCode == "InvalidPermission.Duplicate")
        {
            log.LogDebug("Rules already present on {Group}", groupId);
        }
    }

    public async Task DestroyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var name in new[] { "bastion", "workers", "alb" })
        {
            var response = await context.Ec2.DescribeSecurityGroupsAsync(
                new DescribeSecurityGroupsRequest { Filters = new List<Filter> { new("group-name", new List<string> { context.Prefixed(name) }) } },
                cancellationToken);
            foreach (var group in response.SecurityGroups ?? new List<SecurityGroup>())
            {
                if (group.IpPermissions?.Count > 0)
                {
                    await context.Ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest { GroupId = group.GroupId, IpPermissions = group.IpPermissions }, cancellationToken);
                }
            }
        }

        foreach (var name in new[] { "bastion", "workers", "alb" })
        {
            var response = await context.Ec2.DescribeSecurityGroupsAsync(
                new DescribeSecurityGroupsRequest { Filters = new List<Filter> { new("group-name", new List<string> { context.Prefixed(name) }) } },
                cancellationToken);
            foreach (var group in response.SecurityGroups ?? new List<SecurityGroup>())
            {
                await context.Ec2.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = group.GroupId }, cancellationToken);
            }
        }
    }
}
