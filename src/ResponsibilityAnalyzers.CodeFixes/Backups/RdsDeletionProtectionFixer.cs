using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Backups;

/// <summary>SRM4102: false or null becomes true; a create request without DeletionProtection gets DeletionProtection = true.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RdsDeletionProtectionFixer))]
[Shared]
public sealed class RdsDeletionProtectionFixer : RemedyFixer
{
    public RdsDeletionProtectionFixer()
        : base("Turn deletion protection on", "SRM4102.Replace", "SRM4102")
    {
    }
}
