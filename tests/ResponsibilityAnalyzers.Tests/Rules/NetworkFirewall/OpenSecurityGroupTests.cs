using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.NetworkFirewall.OpenSecurityGroupAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.NetworkFirewall;

/// <summary>EC2 is tested on SDK v4 only (AWSSDK.EC2 4.0.132.2): no v3 EC2 package is served to the tests. No fix: which addresses may connect is the owner's decision.</summary>
public class OpenSecurityGroupTests
{
    [Fact]
    public Task SshFromEverywhere_IsAnError_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using Amazon.EC2.Model;

        class Firewall
        {
            object Ssh() => new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = "sg-0123456789abcdef0",
                IpPermissions = new List<IpPermission>
                {
                    new IpPermission
                    {
                        IpProtocol = "tcp",
                        FromPort = 22,
                        ToPort = 22,
                        Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = {|#0:"0.0.0.0/0"|} } },
                    },
                },
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM5102_AdminPortOpenToWorld).WithLocation(0).WithArguments(
            "VPC is an infrastructure service",
            "ingress from 0.0.0.0/0 to port 22 (SSH) lets anyone on the internet try to log in to or query the service there; allow only the addresses that need it (a VPN or office range, another security group) or reach the instances through Systems Manager Session Manager"));

    [Fact]
    public Task HttpsFromEverywhere_IsPublicOnPurpose_AnAppPortNextToItIsAWarning_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.EC2.Model;

        class Firewall
        {
            object Https() => new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = "sg-0123456789abcdef0",
                IpPermissions =
                [
                    new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv6Ranges = [new Ipv6Range { CidrIpv6 = "::/0" }] },
                    new IpPermission { IpProtocol = "tcp", FromPort = 80, ToPort = 80, Ipv4Ranges = [new IpRange { CidrIp = "0.0.0.0/0" }] },
                    new IpPermission { IpProtocol = "tcp", FromPort = 8080, ToPort = 8080, Ipv6Ranges = [new Ipv6Range { CidrIpv6 = {|#0:"::/0"|} }] },
                    new IpPermission { IpProtocol = "tcp", FromPort = 80, ToPort = 443, Ipv4Ranges = [new IpRange { CidrIp = {|#1:"0.0.0.0/0"|} }] },
                ],
            };
        }
        """,
        expected:
        [
            Other("::/0", "port 8080").WithLocation(0),
            Other("0.0.0.0/0", "ports 80-443").WithLocation(1),
        ]);

    [Fact]
    public Task WebPorts_AreReported_WhenPublicPortsSaysNone_AndListedPortsAreNot() => VerifyRule.Diagnostics(Sdk.V4, """
        using Amazon.EC2.Model;

        class Firewall
        {
            object Https() => new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = "sg-0123456789abcdef0",
                IpPermissions =
                [
                    new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv6Ranges = [new Ipv6Range { CidrIpv6 = {|#0:"::/0"|} }] },
                ],
            };

            object Game() => new AuthorizeSecurityGroupIngressRequest
            {
                GroupId = "sg-0123456789abcdef1",
                IpPermissions =
                [
                    new IpPermission { IpProtocol = "tcp", FromPort = 7000, ToPort = 7010, Ipv4Ranges = [new IpRange { CidrIp = {|#1:"0.0.0.0/0"|} }] },
                ],
            };
        }
        """,
        editorConfig: "srm.public_ports = none",
        expected:
        [
            Other("::/0", "port 443").WithLocation(0),
            Other("0.0.0.0/0", "ports 7000-7010").WithLocation(1),
        ]);

    [Fact]
    public Task SensitiveRangesAndAllProtocols_AreErrors_OtherPortsWarnings_ReportedWhereTheRequestListsThem() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using Amazon.EC2.Model;

        class Firewall
        {
            const string World = "0.0.0.0/0";

            void All(int port, bool open)
            {
                var everything = new IpPermission { IpProtocol = "-1", Ipv4Ranges = [new IpRange { CidrIp = {|#1:World|} }] };
                var databases = new IpPermission { IpProtocol = "tcp", FromPort = 3000, ToPort = 6000, Ipv4Ranges = [new IpRange { CidrIp = {|#3:"0.0.0.0/0"|} }] };
                var web = new IpPermission { IpProtocol = "tcp", FromPort = 8080, ToPort = 8080 };
                web.Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = open ? {|#5:"0.0.0.0/0"|} : "10.0.0.0/8" } };
                var ping = new IpPermission { IpProtocol = "icmp", FromPort = -1, ToPort = -1, Ipv4Ranges = [new() { CidrIp = {|#7:"0.0.0.0/0"|} }] };
                var unknown = new IpPermission { IpProtocol = "tcp", FromPort = port, ToPort = port, Ipv6Ranges = [new() { CidrIpv6 = {|#9:"::/0"|} }] };
                var memcached = new IpPermission { IpProtocol = "udp", FromPort = 11211, ToPort = 11211, Ipv4Ranges = [new() { CidrIp = {|#11:"0.0.0.0/0"|} }] };
                var request = new AuthorizeSecurityGroupIngressRequest("web", new List<IpPermission> { {|#0:everything|}, {|#2:databases|}, {|#4:web|}, {|#6:ping|}, {|#8:unknown|} });
                var more = new AuthorizeSecurityGroupIngressRequest { GroupId = "sg-1", IpPermissions = [{|#10:memcached|}] };
                var range = new IpRange { CidrIp = {|#13:"0.0.0.0/0"|} };
                var telnet = new AuthorizeSecurityGroupIngressRequest { GroupId = "sg-1", IpPermissions = [new IpPermission { IpProtocol = "tcp", FromPort = 23, ToPort = 23, Ipv4Ranges = [{|#12:range|}] }] };
            }
        }
        """,
        // Permissions (and ranges) built before the request: reported where the request lists them, pointing at the range's CIDR.
        editorConfig: null,
        Admin("0.0.0.0/0", "every port of every protocol").WithLocation(0).WithLocation(1),
        Admin("0.0.0.0/0", "ports 3000-6000, which include 3306 (MySQL), 3389 (RDP), 5432 (PostgreSQL) and more").WithLocation(2).WithLocation(3),
        Other("0.0.0.0/0", "port 8080").WithLocation(4).WithLocation(5),
        Other("0.0.0.0/0", "ICMP").WithLocation(6).WithLocation(7),
        Other("::/0", "ports the analyzer cannot work out").WithLocation(8).WithLocation(9),
        Admin("0.0.0.0/0", "port 11211 (Memcached)").WithLocation(10).WithLocation(11),
        Admin("0.0.0.0/0", "port 23 (Telnet)").WithLocation(12).WithLocation(13));

    private static DiagnosticResult Admin(string source, string ports) => new DiagnosticResult(Descriptors.SRM5102_AdminPortOpenToWorld).WithArguments(
        "VPC is an infrastructure service",
        $"ingress from {source} to {ports} lets anyone on the internet try to log in to or query the service there; allow only the addresses that need it (a VPN or office range, another security group) or reach the instances through Systems Manager Session Manager");

    private static DiagnosticResult Other(string source, string ports) => new DiagnosticResult(Descriptors.SRM5103_PortOpenToWorld).WithArguments(
        "VPC is an infrastructure service",
        $"ingress from {source} to {ports} lets anyone on the internet connect; if the service is not meant to be public, allow only the addresses that need it");

    [Fact]
    public Task ScopedRangesEgressAndUnknownCidrs_AreNotReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using Amazon.EC2.Model;

        class Firewall
        {
            void All(string office, List<IpPermission> fromCaller)
            {
                var a = new AuthorizeSecurityGroupIngressRequest
                {
                    GroupId = "sg-1",
                    IpPermissions = [new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = [new IpRange { CidrIp = "203.0.113.0/24" }, new IpRange { CidrIp = office }] }],
                };
                var b = new AuthorizeSecurityGroupEgressRequest
                {
                    GroupId = "sg-1",
                    IpPermissions = [new IpPermission { IpProtocol = "-1", Ipv4Ranges = [new IpRange { CidrIp = "0.0.0.0/0" }] }],
                };
                var c = new AuthorizeSecurityGroupIngressRequest { GroupId = "sg-1", IpPermissions = fromCaller };
                var d = new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = [new IpRange { CidrIp = "0.0.0.0/0" }] };
                var e = new RevokeSecurityGroupIngressRequest { GroupId = "sg-1", IpPermissions = [d] };
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.EC2.Model
        {
            public class IpRange { public string CidrIp { get; set; } }
        }

        class Firewall
        {
            object World() => new Amazon.EC2.Model.IpRange { CidrIp = "0.0.0.0/0" };
        }
        """);
}
