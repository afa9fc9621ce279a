using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.NetworkFirewall;

/// <summary>
/// SRM5102 and SRM5103: an ingress rule open to the whole internet — an IpPermission listed in an
/// AuthorizeSecurityGroupIngressRequest (its IpPermissions, or its constructor's list) with an Ipv4Ranges CidrIp of
/// 0.0.0.0/0 or an Ipv6Ranges CidrIpv6 of ::/0. SRM5102 (error) when the rule covers an administrative or database
/// port, or every protocol (-1); SRM5103 (warning) for other ports, other protocols and ports the compiler cannot
/// work out, except TCP ports that srm.public_ports says face the internet on purpose (80 and 443 by default). Egress rules are not reported: open egress is the default. No fix: which addresses should reach the
/// port is a decision the code does not show.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OpenSecurityGroupAnalyzer : ResponsibilityAnalyzer
{
    /// <summary>Ports an attacker scans the internet for: remote administration, databases, caches and search engines.</summary>
    private static readonly (int Port, string Service)[] SensitivePorts =
    {
        (21, "FTP"), (22, "SSH"), (23, "Telnet"), (445, "SMB"), (1433, "SQL Server"), (1521, "Oracle"), (2375, "Docker"),
        (2376, "Docker"), (3306, "MySQL"), (3389, "RDP"), (5432, "PostgreSQL"), (5601, "Kibana"), (5900, "VNC"),
        (5984, "CouchDB"), (6379, "Redis"), (9042, "Cassandra"), (9200, "Elasticsearch"), (9300, "Elasticsearch"),
        (11211, "Memcached"), (27017, "MongoDB"),
    };

    public OpenSecurityGroupAnalyzer()
        : base(Descriptors.SRM5102_AdminPortOpenToWorld, Descriptors.SRM5103_PortOpenToWorld)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types) =>
        RequestChecks.OnCreation(context, types.Present(AwsType.AuthorizeSecurityGroupIngressRequest), (operation, creation, request) =>
        {
            var permissions = request["IpPermissions"] ?? creation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "ipPermissions")?.Value;
            if (permissions is null)
            {
                return;
            }

            foreach (var element in Values.Elements(permissions))
            {
                if (RequestState.OfValue(element) is not { } permission)
                {
                    continue;
                }

                foreach (var (world, range, ranges) in WorldRanges(permission))
                {
                    var (sensitive, ports) = Describe(permission);
                    if (!sensitive && IsPublicOnPurpose(permission, SrmOptions.PublicPorts.Get(operation.Options, creation.Syntax.SyntaxTree)))
                    {
                        continue;
                    }

                    var source = Values.ConstantString(world);

                    // A permission built before the request is reported where the request lists it, and points at its range.
                    var site = Locations.Inside(creation, world, range, ranges, element, permissions);
                    operation.ReportDiagnostic(sensitive
                        ? Descriptors.SRM5102_AdminPortOpenToWorld.Create(
                            site.Location,
                            ResponsibilityModel.Vpc,
                            $"ingress from {source} to {ports} lets anyone on the internet try to log in to or query the service there; allow only the addresses that need it (a VPN or office range, another security group) or reach the instances through Systems Manager Session Manager",
                            additionalLocations: site.Additional)
                        : Descriptors.SRM5103_PortOpenToWorld.Create(
                            site.Location,
                            ResponsibilityModel.Vpc,
                            $"ingress from {source} to {ports} lets anyone on the internet connect; if the service is not meant to be public, allow only the addresses that need it",
                            additionalLocations: site.Additional));
                }
            }
        });

    /// <summary>The CIDR values of a permission's ranges that are the whole internet (0.0.0.0/0 or ::/0), each with the range that holds it and the permission's list of ranges.</summary>
    private static IEnumerable<(IOperation Cidr, IOperation Range, IOperation Ranges)> WorldRanges(RequestState permission)
    {
        foreach (var (list, property, world) in new[] { ("Ipv4Ranges", "CidrIp", "0.0.0.0/0"), ("Ipv6Ranges", "CidrIpv6", "::/0") })
        {
            if (permission[list] is not { } ranges)
            {
                continue;
            }

            foreach (var range in Values.Elements(ranges))
            {
                if (RequestState.OfValue(range)?[property] is not { } cidr)
                {
                    continue;
                }

                foreach (var leaf in Values.Leaves(cidr))
                {
                    if (string.Equals(Values.ConstantString(leaf)?.Trim(), world, StringComparison.Ordinal))
                    {
                        yield return (leaf, range, ranges);
                    }
                }
            }
        }
    }

    /// <summary>Whether the permission covers a sensitive port (or everything), and how a message names what it opens.</summary>
    private static (bool Sensitive, string Ports) Describe(RequestState permission)
    {
        var protocol = Single(permission["IpProtocol"]) is { } p ? Values.ConstantString(p)?.Trim().ToLowerInvariant() : null;
        if (protocol is "-1" or "all")
        {
            return (true, "every port of every protocol");
        }

        if (protocol is "icmp" or "1" or "icmpv6" or "58")
        {
            return (false, "ICMP");
        }

        var from = Integer(permission["FromPort"]);
        var to = Integer(permission["ToPort"]);
        var name = protocol is null or "tcp" or "6" or "udp" or "17" ? string.Empty : $"protocol {protocol} ";
        if (from is null || to is null)
        {
            return (false, name + "ports the analyzer cannot work out");
        }

        var covered = protocol is null or "tcp" or "6" or "udp" or "17"
            ? SensitivePorts.Where(port => from <= port.Port && port.Port <= to).ToArray()
            : Array.Empty<(int Port, string Service)>();
        if (covered.Length == 0)
        {
            return (false, name + (from == to ? $"port {from}" : $"ports {from}-{to}"));
        }

        return from == to
            ? (true, $"port {from} ({covered[0].Service})")
            : (true, $"ports {from}-{to}, which include {string.Join(", ", covered.Take(3).Select(port => port.Port.ToString(CultureInfo.InvariantCulture) + " (" + port.Service + ")"))}{(covered.Length > 3 ? " and more" : string.Empty)}");
    }

    /// <summary>True when the permission opens only TCP ports listed in srm.public_ports (web traffic meant for everyone).</summary>
    private static bool IsPublicOnPurpose(RequestState permission, System.Collections.Immutable.ImmutableArray<(int From, int To)> publicPorts)
    {
        var protocol = Single(permission["IpProtocol"]) is { } p ? Values.ConstantString(p)?.Trim().ToLowerInvariant() : null;
        return protocol is "tcp" or "6"
            && Integer(permission["FromPort"]) is { } from && Integer(permission["ToPort"]) is { } to
            && publicPorts.Any(range => range.From <= from && to <= range.To);
    }

    private static long? Integer(IOperation? value) => Single(value) is { } leaf ? Values.IntegerConstant(leaf) : null;

    private static IOperation? Single(IOperation? value)
    {
        if (value is null)
        {
            return null;
        }

        var leaves = Values.Leaves(value).Take(2).ToArray();
        return leaves.Length == 1 ? leaves[0] : null;
    }
}
