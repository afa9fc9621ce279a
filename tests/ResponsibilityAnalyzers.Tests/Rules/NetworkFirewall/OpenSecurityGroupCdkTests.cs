using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyAdmin = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.NetworkFirewall.OpenSecurityGroupAnalyzer, ResponsibilityAnalyzers.CodeFixes.NetworkFirewall.AdminPortIngressFixer>;
using VerifyPort = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.NetworkFirewall.OpenSecurityGroupAnalyzer, ResponsibilityAnalyzers.CodeFixes.NetworkFirewall.PortIngressFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.NetworkFirewall;

/// <summary>SRM5102 and SRM5103, CDK form: AddIngressRule / AllowFrom / AllowFromAnyIpv4 with a peer that is the whole internet.</summary>
public class OpenSecurityGroupCdkTests
{
    [Fact]
    public Task SshFromAnyIpv4_IsAnError_WithTheModelInTheMessage() => VerifyAdmin.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class NetworkStack : Stack
        {
            NetworkStack(Construct scope, IVpc vpc) : base(scope, "Network")
            {
                var web = new SecurityGroup(this, "Web", new SecurityGroupProps { Vpc = vpc });
                web.AddIngressRule({|#0:Peer.AnyIpv4()|}, Port.Tcp(22), "SSH");
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5102_AdminPortOpenToWorld).WithLocation(0).WithArguments(
            "VPC is an infrastructure service",
            "the CDK ingress rule from 0.0.0.0/0 to port 22 (SSH) lets anyone on the internet try to log in to or query the service there; allow only the addresses that need it (a VPN or office range, another security group) or reach the instances through Systems Manager Session Manager"));

    [Fact]
    public Task OpenPorts_AreReported_ByWhatTheyOpen() => VerifyAdmin.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class NetworkStack : Stack
        {
            NetworkStack(Construct scope, IVpc vpc, Instance_ server) : base(scope, "Network")
            {
                var web = new SecurityGroup(this, "Web", new SecurityGroupProps { Vpc = vpc });
                web.AddIngressRule({|SRM5102:Peer.AnyIpv6()|}, Port.Tcp(5432));
                web.AddIngressRule({|SRM5102:Peer.Ipv4("0.0.0.0/0")|}, Port.AllTraffic());
                web.AddIngressRule({|SRM5103:Peer.AnyIpv4()|}, Port.Tcp(8080));
                web.AddIngressRule({|SRM5102:Peer.AnyIpv4()|}, Port.TcpRange(3000, 3400));
                server.Connections.AllowFrom({|SRM5102:Peer.AnyIpv4()|}, Port.Tcp(3389));
                {|SRM5102:server.Connections.AllowFromAnyIpv4(Port.Tcp(22))|};
            }
        }
        """);

    [Fact]
    public Task WebPortsPrivateRangesAndOtherGroups_AreNotReported() => VerifyAdmin.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class NetworkStack : Stack
        {
            NetworkStack(Construct scope, IVpc vpc, ISecurityGroup bastion, string office) : base(scope, "Network")
            {
                var web = new SecurityGroup(this, "Web", new SecurityGroupProps { Vpc = vpc });
                web.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(443));
                web.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(80));
                web.AddIngressRule(Peer.Ipv4("10.0.0.0/16"), Port.Tcp(22));
                web.AddIngressRule(Peer.Ipv4(office), Port.Tcp(22));
                web.AddIngressRule(bastion, Port.Tcp(22));
                web.AddEgressRule(Peer.AnyIpv4(), Port.AllTraffic());
            }
        }
        """);

    [Fact]
    public Task Fix_AsksForTheAllowedRange_WhenTheStackIsDeployed() => VerifyAdmin.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class NetworkStack : Stack
        {
            NetworkStack(Construct scope, SecurityGroup web) : base(scope, "Network")
            {
                web.AddIngressRule({|SRM5102:Peer.AnyIpv4()|}, Port.Tcp(22), "SSH");
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class NetworkStack : Stack
        {
            NetworkStack(Construct scope, SecurityGroup web) : base(scope, "Network")
            {
                web.AddIngressRule(Peer.Ipv4(new CfnParameter(this, "SshAllowedCidr", new CfnParameterProps { Type = "String", Description = "The IPv4 range allowed to reach port 22 (SSH)" }).ValueAsString), Port.Tcp(22), "SSH");
            }
        }
        """);

    [Fact]
    public Task FixAll_AsksForEachRange() => VerifyPort.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class NetworkStack : Stack
        {
            NetworkStack(Construct scope, SecurityGroup web) : base(scope, "Network")
            {
                web.AddIngressRule({|SRM5103:Peer.AnyIpv4()|}, Port.Tcp(8080));
                web.AddIngressRule({|SRM5103:Peer.AnyIpv6()|}, Port.Tcp(8443));
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class NetworkStack : Stack
        {
            NetworkStack(Construct scope, SecurityGroup web) : base(scope, "Network")
            {
                web.AddIngressRule(Peer.Ipv4(new CfnParameter(this, "Port8080AllowedCidr", new CfnParameterProps { Type = "String", Description = "The IPv4 range allowed to reach port 8080" }).ValueAsString), Port.Tcp(8080));
                web.AddIngressRule(Peer.Ipv6(new CfnParameter(this, "Port8443AllowedCidr", new CfnParameterProps { Type = "String", Description = "The IPv6 range allowed to reach port 8443" }).ValueAsString), Port.Tcp(8443));
            }
        }
        """);

    [Fact]
    public Task CfnIngressRulesOpenToTheWorld_AreReported_ByWhatTheyOpen() => VerifyAdmin.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class ServerStack : Stack
        {
            ServerStack(Construct scope) : base(scope, "Server")
            {
                new CfnSecurityGroup(this, "Servers", new CfnSecurityGroupProps
                {
                    GroupDescription = "conversion servers",
                    VpcId = "vpc-0123456789abcdef0",
                    SecurityGroupIngress = new object[]
                    {
                        new CfnSecurityGroup.IngressProperty { IpProtocol = "tcp", FromPort = 22, ToPort = 22, CidrIp = {|#0:"0.0.0.0/0"|} },
                        new CfnSecurityGroup.IngressProperty { IpProtocol = "tcp", FromPort = 443, ToPort = 443, CidrIp = "0.0.0.0/0" },
                        new CfnSecurityGroup.IngressProperty { IpProtocol = "tcp", FromPort = 22, ToPort = 22, CidrIp = "10.0.0.0/8" },
                    },
                });
                new CfnSecurityGroupIngress(this, "Status", new CfnSecurityGroupIngressProps { GroupId = "sg-0123456789abcdef0", IpProtocol = "tcp", FromPort = 8080, ToPort = 8080, CidrIpv6 = {|#1:"::/0"|} });
            }
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.SRM5102_AdminPortOpenToWorld).WithLocation(0).WithArguments(
                "VPC is an infrastructure service",
                "the CDK CfnSecurityGroup ingress rule from 0.0.0.0/0 to port 22 (SSH) lets anyone on the internet try to log in to or query the service there; allow only the addresses that need it (a VPN or office range, another security group) or reach the instances through Systems Manager Session Manager"),
            new DiagnosticResult(Descriptors.SRM5103_PortOpenToWorld).WithLocation(1).WithArguments(
                "VPC is an infrastructure service",
                "the CDK CfnSecurityGroupIngress from ::/0 to port 8080 lets anyone on the internet connect; if the service is not meant to be public, allow only the addresses that need it"),
        ]);
}
