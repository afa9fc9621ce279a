using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.NetworkFirewall;

/// <summary>SRM5103, CDK form only: replaces <c>Peer.AnyIpv4()</c> by <c>Peer.Ipv4(…)</c> of a new CfnParameter that whoever deploys the stack fills in. The SDK form has no fix.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PortIngressFixer))]
[Shared]
public sealed class PortIngressFixer : RemedyFixer
{
    public PortIngressFixer()
        : base("Allow a range given when the stack is deployed", "SRM5103", "SRM5103")
    {
    }
}
