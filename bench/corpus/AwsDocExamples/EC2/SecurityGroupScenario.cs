using System;
using System.Threading.Tasks;
using Amazon;
using Amazon.EC2;
using AwsDocExamples.Common;
using Microsoft.Extensions.Logging;

namespace AwsDocExamples.EC2;

/// <summary>
/// Creates a key pair and a security group that lets the current computer
/// connect over SSH, shows the group, and cleans up.
/// </summary>
public static class SecurityGroupScenario
{
    public static async Task RunAsync(bool interactive = true)
    {
        var client = new AmazonEC2Client(RegionEndpoint.USWest2);
        var wrapper = new Ec2Wrapper(client, new ConsoleLogger<Ec2Wrapper>());
        var uniqueName = UiMethods.UniqueSuffix();

        UiMethods.DisplayOverview(
            "Welcome to the Amazon EC2 security group example.",
            "This scenario creates a key pair and a security group, then deletes them.");

        var keyPairName = "ec2-basics-keypair-" + uniqueName;
        var keyPair = await wrapper.CreateKeyPair(keyPairName);
        if (keyPair == null)
        {
            return;
        }

        var keyFile = wrapper.SaveKeyPair(keyPair);
        Console.WriteLine($"Created the key pair: {keyPair.KeyName} and saved it to: {keyFile}");
        UiMethods.PressEnter(interactive);

        var groupName = "ec2-basics-group-" + uniqueName;
        var groupId = await wrapper.CreateSecurityGroup(groupName, "Allow SSH from the scenario's computer");
        Console.WriteLine($"Created security group {groupName} ({groupId}).");

        await wrapper.AuthorizeSecurityGroupIngress(groupName);

        var groups = await wrapper.DescribeSecurityGroups(groupId);
        foreach (var group in groups)
        {
            wrapper.DisplaySecurityGroupInfoAsync(group);
        }

        UiMethods.PressEnter(interactive);

        if (UiMethods.GetYesNoResponse("Clean up the key pair and the security group?", interactive))
        {
            await wrapper.DeleteSecurityGroup(groupId);
            await wrapper.DeleteKeyPair(keyPairName);
            System.IO.File.Delete(keyFile);
        }

        Console.WriteLine("The security group scenario is complete.");
    }
}
