using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Platform;

/// <summary>SRM7002: AutoMinorVersionUpgrade = false becomes true.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RdsMinorVersionUpgradeFixer))]
[Shared]
public sealed class RdsMinorVersionUpgradeFixer : ReplaceExpressionFixer
{
    public RdsMinorVersionUpgradeFixer()
        : base("SRM7002", "Turn automatic minor version upgrades on")
    {
    }
}
