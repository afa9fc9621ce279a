using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Platform;

/// <summary>SRM7002: AutoMinorVersionUpgrade = false becomes true.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RdsMinorVersionUpgradeFixer))]
[Shared]
public sealed class RdsMinorVersionUpgradeFixer : RemedyFixer
{
    public RdsMinorVersionUpgradeFixer()
        : base("Turn automatic minor version upgrades on", "SRM7002.Replace", "SRM7002")
    {
    }
}
