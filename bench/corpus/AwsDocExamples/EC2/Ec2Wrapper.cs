using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Logging;

namespace AwsDocExamples.EC2;

/// <summary>
/// Methods of this class perform Amazon Elastic Compute Cloud (Amazon EC2)
/// actions on key pairs, security groups and instances.
/// </summary>
public class Ec2Wrapper
{
    private readonly IAmazonEC2 _amazonEC2;
    private readonly ILogger<Ec2Wrapper> _logger;

    public Ec2Wrapper(IAmazonEC2 amazonService, ILogger<Ec2Wrapper> logger)
    {
        _amazonEC2 = amazonService;
        _logger = logger;
    }

    /// <summary>
    /// Create an Amazon EC2 key pair with a specified name.
    /// </summary>
    /// <param name="keyPairName">The name for the new key pair.</param>
    /// <returns>The Amazon EC2 key pair created.</returns>
    public async Task<KeyPair?> CreateKeyPair(string keyPairName)
    {
        try
        {
            var response = await _amazonEC2.CreateKeyPairAsync(
                new CreateKeyPairRequest
                {
                    KeyName = keyPairName,
                });

            if (response.HttpStatusCode == System.Net.HttpStatusCode.OK)
            {
                var kp = response.KeyPair;
                return kp;
            }

            Console.WriteLine("Could not create key pair.");
            return null;
        }
        catch (AmazonEC2Exception ex)
        {
            if (ex.ErrorCode == "InvalidKeyPair.Duplicate")
            {
                _logger.LogError($"A key pair called {keyPairName} already exists.");
            }

            throw;
        }
        catch (Exception ex)
        {
            _logger.LogError($"An error occurred while creating the key pair.: {ex.Message}");
            throw;
        }
    }

    /// <summary>
    /// Save KeyPair information to a temporary file.
    /// </summary>
    /// <param name="keyPair">The name of the key pair.</param>
    /// <returns>The full path to the temporary file.</returns>
    public string SaveKeyPair(KeyPair keyPair)
    {
        var tempPath = Path.GetTempPath();
        var tempFileName = $"{tempPath}\\{Path.GetRandomFileName()}";
        var pemFileName = Path.ChangeExtension(tempFileName, "pem");

        // Save the key pair to a file in a temporary folder.
        using var stream = new FileStream(pemFileName, FileMode.Create);
        using var writer = new StreamWriter(stream);
        writer.WriteLine(keyPair.KeyMaterial);

        return pemFileName;
    }

    /// <summary>
    /// Delete an Amazon EC2 key pair.
    /// </summary>
    public async Task<bool> DeleteKeyPair(string keyPairName)
    {
        try
        {
            await _amazonEC2.DeleteKeyPairAsync(new DeleteKeyPairRequest(keyPairName)).ConfigureAwait(false);
            return true;
        }
        catch (AmazonEC2Exception ex)
        {
            if (ex.ErrorCode == "InvalidKeyPair.NotFound")
            {
                _logger.LogError($"KeyPair {keyPairName} does not exist and cannot be deleted. Please verify the key pair name and try again.");
            }

            return false;
        }
    }

    /// <summary>
    /// Create an Amazon EC2 security group with a specified name and description.
    /// </summary>
    /// <param name="groupName">The name for the new security group.</param>
    /// <param name="groupDescription">A description of the new security group.</param>
    /// <param name="vpcId">The VPC for the group; the default VPC when empty.</param>
    /// <returns>The group Id of the new security group.</returns>
    public async Task<string> CreateSecurityGroup(string groupName, string groupDescription, string? vpcId = null)
    {
        try
        {
            var response = await _amazonEC2.CreateSecurityGroupAsync(
                new CreateSecurityGroupRequest(groupName, groupDescription)
                {
                    VpcId = vpcId,
                    TagSpecifications = new List<TagSpecification>
                    {
                        new TagSpecification
                        {
                            ResourceType = ResourceType.SecurityGroup,
                            Tags = new List<Tag> { new Tag("Name", groupName), new Tag("created-by", "ec2-basics") },
                        },
                    },
                });

            return response.GroupId;
        }
        catch (AmazonEC2Exception ex)
        {
            if (ex.ErrorCode == "InvalidGroup.Duplicate")
            {
                _logger.LogError($"A security group with the name {groupName} already exists. {ex.Message}");
            }

            throw;
        }
        catch (Exception ex)
        {
            _logger.LogError($"An error occurred while creating the security group.: {ex.Message}");
            throw;
        }
    }

    /// <summary>
    /// Authorize the local computer ingress to EC2 instances associated
    /// with the virtual private cloud (VPC) security group.
    /// </summary>
    /// <param name="groupName">The name of the security group.</param>
    /// <returns>A Boolean value indicating the success of the action.</returns>
    public async Task<bool> AuthorizeSecurityGroupIngress(string groupName)
    {
        // Get the IP address for the local computer.
        var ipAddress = await GetIpAddress();
        Console.WriteLine($"Your IP address is: {ipAddress}");
        var ipRanges = new List<IpRange> { new IpRange { CidrIp = $"{ipAddress}/32" } };
        var permission = new IpPermission
        {
            Ipv4Ranges = ipRanges,
            IpProtocol = "tcp",
            FromPort = 22,
            ToPort = 22,
        };
        var permissions = new List<IpPermission> { permission };
        var response = await _amazonEC2.AuthorizeSecurityGroupIngressAsync(
            new AuthorizeSecurityGroupIngressRequest(groupName, permissions));
        return response.HttpStatusCode == System.Net.HttpStatusCode.OK;
    }

    /// <summary>
    /// Opens HTTP and HTTPS to the world, for the web server example.
    /// </summary>
    public async Task<bool> AllowWebTraffic(string groupId)
    {
        var request = new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = groupId,
            IpPermissions = new List<IpPermission>
            {
                new IpPermission
                {
                    IpProtocol = "tcp",
                    FromPort = 80,
                    ToPort = 80,
                    Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0", Description = "HTTP from anywhere" } },
                },
                new IpPermission
                {
                    IpProtocol = "tcp",
                    FromPort = 443,
                    ToPort = 443,
                    Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0", Description = "HTTPS from anywhere" } },
                    Ipv6Ranges = new List<Ipv6Range> { new Ipv6Range { CidrIpv6 = "::/0" } },
                },
            },
        };

        try
        {
            var response = await _amazonEC2.AuthorizeSecurityGroupIngressAsync(request);
            return response.Return == true;
        }
        catch (AmazonEC2Exception ex) when (ex.ErrorCode == "InvalidPermission.Duplicate")
        {
            _logger.LogWarning("The rules already exist on {GroupId}.", groupId);
            return true;
        }
    }

    /// <summary>
    /// Authorize the local computer for ingress to
    /// the Amazon EC2 SecurityGroup.
    /// </summary>
    /// <returns>The IPv4 address of the computer running the scenario.</returns>
    private static async Task<string> GetIpAddress()
    {
        var httpClient = new HttpClient();
        var ipString = await httpClient.GetStringAsync("https://checkip.amazonaws.com");

        // The IP address is returned with a new line
        // character on the end. Trim off the whitespace and
        // return the value to the caller.
        return ipString.Trim();
    }

    /// <summary>
    /// Describe the security groups with the given ids, or all when none are given.
    /// </summary>
    public async Task<List<SecurityGroup>> DescribeSecurityGroups(params string[] groupIds)
    {
        var request = new DescribeSecurityGroupsRequest();
        if (groupIds.Length > 0)
        {
            request.GroupIds = groupIds.ToList();
        }

        var groups = new List<SecurityGroup>();
        var paginator = _amazonEC2.Paginators.DescribeSecurityGroups(request);
        await foreach (var securityGroup in paginator.SecurityGroups)
        {
            groups.Add(securityGroup);
        }

        return groups;
    }

    /// <summary>
    /// Display the information returned by the call to
    /// DescribeSecurityGroupsAsync.
    /// </summary>
    /// <param name="securityGroup">A list of security group information.</param>
    public void DisplaySecurityGroupInfoAsync(SecurityGroup securityGroup)
    {
        Console.WriteLine($"{securityGroup.GroupName}");
        Console.WriteLine("Ingress permissions:");
        foreach (var permission in securityGroup.IpPermissions ?? new List<IpPermission>())
        {
            Console.WriteLine($"\tFromPort: {permission.FromPort}");
            Console.WriteLine($"\tIpProtocol: {permission.IpProtocol}");

            Console.Write($"\tIpv4Ranges: ");
            (permission.Ipv4Ranges ?? new List<IpRange>()).ForEach(r => { Console.Write($"{r.CidrIp} "); });

            Console.WriteLine($"\n\tIpv6Ranges:");
            (permission.Ipv6Ranges ?? new List<Ipv6Range>()).ForEach(r => { Console.Write($"{r.CidrIpv6} "); });

            Console.Write($"\n\tPrefixListIds: ");
            (permission.PrefixListIds ?? new List<PrefixListId>()).ForEach(id => Console.Write($"{id.Id} "));

            Console.WriteLine($"\n\tTo Port: {permission.ToPort}");
        }

        Console.WriteLine("Egress permissions:");
        foreach (var permission in securityGroup.IpPermissionsEgress ?? new List<IpPermission>())
        {
            Console.WriteLine($"\tFromPort: {permission.FromPort}");
            Console.WriteLine($"\tIpProtocol: {permission.IpProtocol}");

            Console.Write($"\tIpv4Ranges: ");
            (permission.Ipv4Ranges ?? new List<IpRange>()).ForEach(r => { Console.Write($"{r.CidrIp} "); });

            Console.WriteLine($"\n\tTo Port: {permission.ToPort}");
        }
    }

    /// <summary>
    /// Revokes the rule that lets the given CIDR range reach the port.
    /// </summary>
    public async Task<bool> RevokeIngress(string groupId, int port, string cidr)
    {
        var response = await _amazonEC2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest
        {
            GroupId = groupId,
            IpPermissions = new List<IpPermission>
            {
                new IpPermission
                {
                    IpProtocol = "tcp",
                    FromPort = port,
                    ToPort = port,
                    Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = cidr } },
                },
            },
        });
        return response.Return == true;
    }

    /// <summary>
    /// Delete an Amazon EC2 security group.
    /// </summary>
    /// <param name="groupId">The Id of the security group to delete.</param>
    /// <returns>A Boolean value indicating the success of the action.</returns>
    public async Task<bool> DeleteSecurityGroup(string groupId)
    {
        try
        {
            var response =
                await _amazonEC2.DeleteSecurityGroupAsync(
                    new DeleteSecurityGroupRequest { GroupId = groupId });
            return response.HttpStatusCode == System.Net.HttpStatusCode.OK;
        }
        catch (AmazonEC2Exception ex)
        {
            if (ex.ErrorCode == "InvalidGroup.NotFound")
            {
                _logger.LogError(
                    $"Security Group {groupId} does not exist and cannot be deleted. Please verify the ID and try again.");
            }

            return false;
        }
    }

    /// <summary>
    /// Get a list of instance types for the given architecture.
    /// </summary>
    public async Task<List<InstanceTypeInfo>> DescribeInstanceTypes(ArchitectureValues architecture)
    {
        var request = new DescribeInstanceTypesRequest
        {
            Filters = new List<Filter>
            {
                new Filter("processor-info.supported-architecture", new List<string> { architecture.ToString() }),
                new Filter("instance-type", new() { "*.micro", "*.small" }),
            },
        };

        var instanceTypes = new List<InstanceTypeInfo>();
        var paginator = _amazonEC2.Paginators.DescribeInstanceTypes(request);
        await foreach (var instanceType in paginator.InstanceTypes)
        {
            instanceTypes.Add(instanceType);
        }

        return instanceTypes;
    }

    /// <summary>
    /// Create and run an EC2 instance.
    /// </summary>
    /// <param name="imageId">The image Id of the image used as a basis for the EC2 instance.</param>
    /// <param name="instanceType">The instance type of the EC2 instance to create.</param>
    /// <param name="keyName">The name of the key pair to associate with the instance.</param>
    /// <param name="groupId">The Id of the Amazon EC2 security group that will be allowed to interact with the new EC2 instance.</param>
    /// <returns>The instance Id of the new EC2 instance.</returns>
    public async Task<string> RunInstances(string imageId, string instanceType, string keyName, string groupId)
    {
        var request = new RunInstancesRequest
        {
            ImageId = imageId,
            InstanceType = instanceType,
            KeyName = keyName,
            MinCount = 1,
            MaxCount = 1,
            SecurityGroupIds = new List<string> { groupId },
        };
        var response = await _amazonEC2.RunInstancesAsync(request);
        var instanceId = response.Reservation.Instances[0].InstanceId;

        Console.Write("Waiting for the instance to start.");
        var isRunning = false;
        while (!isRunning)
        {
            Console.Write(".");
            await Task.Delay(5000);
            var instance = await DescribeInstance(instanceId);
            isRunning = instance?.State?.Name == InstanceStateName.Running;
        }

        Console.WriteLine("\nThe instance is running.");
        return instanceId;
    }

    /// <summary>
    /// Get information about an existing EC2 instance.
    /// </summary>
    public async Task<Instance?> DescribeInstance(string instanceId)
    {
        var response = await _amazonEC2.DescribeInstancesAsync(
            new DescribeInstancesRequest { InstanceIds = new List<string> { instanceId } });
        return response.Reservations?.FirstOrDefault()?.Instances?.FirstOrDefault();
    }

    /// <summary>
    /// Terminate an EC2 instance and wait for it to be gone.
    /// </summary>
    public async Task<List<InstanceStateChange>> TerminateInstances(string ec2InstanceId)
    {
        var request = new TerminateInstancesRequest
        {
            InstanceIds = new List<string> { ec2InstanceId },
        };

        var response = await _amazonEC2.TerminateInstancesAsync(request);
        return response.TerminatingInstances;
    }
}
