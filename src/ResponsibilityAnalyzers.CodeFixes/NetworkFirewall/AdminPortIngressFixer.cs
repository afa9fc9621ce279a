using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.NetworkFirewall;

/// <summary>SRM5102, CDK form only: replaces <c>Peer.AnyIpv4()</c> by <c>Peer.Ipv4(…)</c> of a new CfnParameter that whoever deploys the stack fills in. The SDK form has no fix.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AdminPortIngressFixer))]
[Shared]
public sealed class AdminPortIngressFixer : RemedyFixer
{
    public AdminPortIngressFixer()
        : base("Allow a range given when the stack is deployed", "SRM5102", "SRM5102")
    {
    }
}
