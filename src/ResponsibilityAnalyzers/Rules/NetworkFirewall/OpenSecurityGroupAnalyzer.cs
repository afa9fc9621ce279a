using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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

    private protected override bool HasCdkForm => true;

    /// <summary>
    /// The CDK form: <c>AddIngressRule(peer, port)</c> of a SecurityGroup, or <c>AllowFrom(peer, port)</c> /
    /// <c>AllowFromAnyIpv4(port)</c> of a construct's Connections, where the peer is <c>Peer.AnyIpv4()</c>,
    /// <c>Peer.AnyIpv6()</c> or <c>Peer.Ipv4("0.0.0.0/0")</c> / <c>Peer.Ipv6("::/0")</c> and the port a <c>Port.Tcp(22)</c>
    /// and friends. Reported on the peer, or on the call when the method opens to everyone by its name. L1: a
    /// <c>CfnSecurityGroup.IngressProperty</c> or <c>CfnSecurityGroupIngressProps</c> whose CidrIp is 0.0.0.0/0 or CidrIpv6 ::/0,
    /// read like the SDK's IpPermission (IpProtocol, FromPort, ToPort); reported on the range, with no fix.
    /// </summary>
    private protected override void RegisterConstructs(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var cfnRules = types.Present(AwsType.CdkCfnSecurityGroupIngressRule, AwsType.CdkCfnSecurityGroupIngressProps);
        var peer = types[AwsType.CdkPeer];
        var port = types[AwsType.CdkPort];
        var holders = types.Present(AwsType.CdkSecurityGroup, AwsType.CdkISecurityGroup, AwsType.CdkConnections, AwsType.CdkIConnectable);
        if (cfnRules.IsEmpty && (peer is null || port is null))
        {
            return;
        }

        // One read of each CDK file for both forms: L1 ingress rules (creations) and L2 ingress calls.
        CdkOperations.Register(
            context,
            types,
            operation =>
            {
                switch (operation.Operation)
                {
                    case IObjectCreationOperation { Type: INamedTypeSymbol type } creation when cfnRules.Contains(type, SymbolEqualityComparer.Default):
                        CheckCfnRule(operation, creation, type.ContainingType is { } group ? group.Name + " ingress rule" : type.Name.Replace("Props", string.Empty));
                        break;
                    case IInvocationOperation call when peer is not null && port is not null:
                        CheckIngressCall(operation, call, peer, port, holders, types);
                        break;
                }
            },
            OperationKind.ObjectCreation,
            OperationKind.Invocation);
    }

    /// <summary><c>AddIngressRule(Peer.AnyIpv4(), Port.Tcp(22))</c>, <c>Connections.AllowFrom(…)</c>, <c>AllowFromAnyIpv4(…)</c>.</summary>
    private static void CheckIngressCall(CdkOperation operation, IInvocationOperation call, INamedTypeSymbol peer, INamedTypeSymbol port, ImmutableArray<INamedTypeSymbol> holders, AwsTypes types)
    {
        var method = call.TargetMethod;
        if (method.Name is not ("AddIngressRule" or "AllowFrom" or "AllowFromAnyIpv4") || !IsHolder(method.ContainingType, holders))
        {
            return;
        }

        var peerArgument = Argument(call, "peer") ?? Argument(call, "other");
        var world = method.Name == "AllowFromAnyIpv4" ? "0.0.0.0/0" : peerArgument is null ? null : World(peerArgument, peer);
        if (world is null || (Argument(call, "connection") ?? Argument(call, "portRange")) is not { } portArgument)
        {
            return;
        }

        var (protocol, from, to) = PortOf(portArgument, port);
        var (sensitive, ports) = Describe(protocol, from, to);
        if (!sensitive && protocol == "tcp" && from is { } low && to is { } high
            && SrmOptions.PublicPorts.Get(operation.Options, call.Syntax.SyntaxTree).Any(range => range.From <= low && high <= range.To))
        {
            return;
        }

        var written = method.Name == "AllowFromAnyIpv4" ? null : Values.Unwrap(peerArgument!);
        var location = (written is not null && written.Syntax.Span.Length > 0 && call.Syntax.Span.Contains(written.Syntax.Span) ? written.Syntax : call.Syntax).GetLocation();
        var fix = written is not null && location.SourceSpan == written.Syntax.Span && InConstruct(call, types) && ParameterFor(protocol, from, to) is { } parameter
            ? Remedy.Replace(Fact.Call(
                "global::Amazon.CDK.AWS.EC2.Peer." + (world == "::/0" ? "Ipv6" : "Ipv4"),
                Fact.New("global::Amazon.CDK.CfnParameter", new Fact[] { "this", Literal(parameter), CfnParameterProps($"The {(world == "::/0" ? "IPv6" : "IPv4")} range allowed to reach {ports}") }).Dot("ValueAsString")))
            : null;
        operation.ReportDiagnostic(sensitive
            ? Descriptors.SRM5102_AdminPortOpenToWorld.Create(
                location,
                ResponsibilityModel.Vpc,
                $"the CDK ingress rule from {world} to {ports} lets anyone on the internet try to log in to or query the service there; allow only the addresses that need it (a VPN or office range, another security group) or reach the instances through Systems Manager Session Manager",
                fix)
            : Descriptors.SRM5103_PortOpenToWorld.Create(
                location,
                ResponsibilityModel.Vpc,
                $"the CDK ingress rule from {world} to {ports} lets anyone on the internet connect; if the service is not meant to be public, allow only the addresses that need it",
                fix));
    }

    private static void CheckCfnRule(CdkOperation operation, IObjectCreationOperation creation, string type)
    {
        var rule = RequestState.Of(creation);
        if (rule.Creation != creation)
        {
            return;
        }

        foreach (var (property, world) in new[] { ("CidrIp", "0.0.0.0/0"), ("CidrIpv6", "::/0") })
        {
            if (rule[property] is not { } cidr || Values.Leaves(cidr).FirstOrDefault(leaf => string.Equals(Values.ConstantString(leaf)?.Trim(), world, StringComparison.Ordinal)) is not { } open)
            {
                continue;
            }

            var (sensitive, ports) = Describe(rule);
            if (!sensitive && IsPublicOnPurpose(rule, SrmOptions.PublicPorts.Get(operation.Options, creation.Syntax.SyntaxTree)))
            {
                return;
            }

            var site = Locations.Inside(creation, open, cidr);
            operation.ReportDiagnostic(sensitive
                ? Descriptors.SRM5102_AdminPortOpenToWorld.Create(
                    site.Location,
                    ResponsibilityModel.Vpc,
                    $"the CDK {type} from {world} to {ports} lets anyone on the internet try to log in to or query the service there; allow only the addresses that need it (a VPN or office range, another security group) or reach the instances through Systems Manager Session Manager",
                    additionalLocations: site.Additional)
                : Descriptors.SRM5103_PortOpenToWorld.Create(
                    site.Location,
                    ResponsibilityModel.Vpc,
                    $"the CDK {type} from {world} to {ports} lets anyone on the internet connect; if the service is not meant to be public, allow only the addresses that need it",
                    additionalLocations: site.Additional));
        }
    }

    /// <summary>True when the call is in an instance member of a construct (a Stack), where <c>this</c> can own the CfnParameter the fix adds.</summary>
    private static bool InConstruct(IInvocationOperation call, AwsTypes types) =>
        types[AwsType.CdkConstruct] is { } construct
        && call.SemanticModel?.GetEnclosingSymbol(call.Syntax.SpanStart) is { IsStatic: false, ContainingType: { } type } member
        && member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.Ordinary }
        && Symbols.DerivesFrom(type, construct);

    /// <summary><c>new CfnParameterProps { Type = "String", Description = … }</c>: the parameter the fix asks for the range in.</summary>
    private static Fact CfnParameterProps(string description) =>
        Fact.New("global::Amazon.CDK.CfnParameterProps", members: new[] { ("Type", Literal("String")), ("Description", Literal(description)) });

    private static Fact Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>The id of the CfnParameter the fix adds: named for the port ("SshAllowedCidr", "Port8080AllowedCidr", "AllTrafficAllowedCidr").</summary>
    private static string? ParameterFor(string? protocol, long? from, long? to)
    {
        if (protocol is "-1")
        {
            return "AllTrafficAllowedCidr";
        }

        if (from is null || to is null)
        {
            return null;
        }

        var service = from == to ? SensitivePorts.FirstOrDefault(port => port.Port == from).Service : null;
        if (service is null)
        {
            return (from == to ? $"Port{from}" : $"Ports{from}To{to}") + "AllowedCidr";
        }

        var letters = new string(service.Where(char.IsLetterOrDigit).ToArray());
        return char.ToUpperInvariant(letters[0]) + letters.Substring(1).ToLowerInvariant() + "AllowedCidr";
    }

    private static bool IsHolder(INamedTypeSymbol type, ImmutableArray<INamedTypeSymbol> holders) =>
        holders.Any(holder => Symbols.DerivesFrom(type, holder) || type.AllInterfaces.Contains(holder, SymbolEqualityComparer.Default) || SymbolEqualityComparer.Default.Equals(type, holder));

    private static IOperation? Argument(IInvocationOperation call, string name) =>
        call.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == name && argument.ArgumentKind != ArgumentKind.DefaultValue)?.Value;

    /// <summary>"0.0.0.0/0" or "::/0" when the peer is the whole internet (<c>Peer.AnyIpv4()</c>, <c>Peer.Ipv4("0.0.0.0/0")</c>); null otherwise.</summary>
    private static string? World(IOperation value, INamedTypeSymbol peer)
    {
        foreach (var leaf in Values.Leaves(value))
        {
            if (leaf is IInvocationOperation { TargetMethod: { IsStatic: true } method } invocation && SymbolEqualityComparer.Default.Equals(method.ContainingType, peer))
            {
                var cidr = method.Name switch
                {
                    "AnyIpv4" => "0.0.0.0/0",
                    "AnyIpv6" => "::/0",
                    "Ipv4" or "Ipv6" when invocation.Arguments.Length > 0 => Values.ConstantString(invocation.Arguments[0].Value)?.Trim(),
                    _ => null,
                };
                if (cidr is "0.0.0.0/0" or "::/0")
                {
                    return cidr;
                }
            }
        }

        return null;
    }

    /// <summary>The protocol and port range of a <c>Port.Tcp(22)</c>, <c>Port.TcpRange(a, b)</c>, <c>Port.AllTcp()</c>, <c>Port.AllTraffic()</c> …; nulls when unknown.</summary>
    private static (string? Protocol, long? From, long? To) PortOf(IOperation value, INamedTypeSymbol port)
    {
        if (Single(value) is not IInvocationOperation { TargetMethod: { IsStatic: true } method } invocation || !SymbolEqualityComparer.Default.Equals(method.ContainingType, port))
        {
            return (null, null, null);
        }

        long? At(int index) => index < invocation.Arguments.Length && Single(invocation.Arguments[index].Value) is { } leaf && leaf.ConstantValue is { HasValue: true, Value: var number }
            ? number switch { int n => n, long n => n, double n when n == Math.Floor(n) => (long)n, _ => null }
            : null;

        return method.Name switch
        {
            "Tcp" => ("tcp", At(0), At(0)),
            "TcpRange" => ("tcp", At(0), At(1)),
            "AllTcp" => ("tcp", 0, 65535),
            "Udp" => ("udp", At(0), At(0)),
            "UdpRange" => ("udp", At(0), At(1)),
            "AllUdp" => ("udp", 0, 65535),
            "AllTraffic" => ("-1", null, null),
            "IcmpPing" or "AllIcmp" or "IcmpType" or "IcmpTypeAndCode" => ("icmp", null, null),
            "AllIcmpV6" => ("icmpv6", null, null),
            _ => (null, null, null),
        };
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
    private static (bool Sensitive, string Ports) Describe(RequestState permission) =>
        Describe(Single(permission["IpProtocol"]) is { } p ? Values.ConstantString(p)?.Trim().ToLowerInvariant() : null, Integer(permission["FromPort"]), Integer(permission["ToPort"]));

    /// <summary>Whether a protocol ("tcp", "-1" …; null when unknown) and port range cover a sensitive port (or everything), and how a message names them.</summary>
    private static (bool Sensitive, string Ports) Describe(string? protocol, long? from, long? to)
    {
        if (protocol is "-1" or "all")
        {
            return (true, "every port of every protocol");
        }

        if (protocol is "icmp" or "1" or "icmpv6" or "58")
        {
            return (false, "ICMP");
        }

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
