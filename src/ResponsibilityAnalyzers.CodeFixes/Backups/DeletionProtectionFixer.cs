using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Backups;

/// <summary>SRM4003: sets DeletionProtectionEnabled = true (replacing false, or adding it to the request's initializer).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeletionProtectionFixer))]
[Shared]
public sealed class DeletionProtectionFixer : RemedyFixer
{
    public DeletionProtectionFixer()
        : base("Turn on deletion protection", "SRM4003.Replace", "SRM4003")
    {
    }
}
