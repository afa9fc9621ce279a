using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Backups;

/// <summary>SRM4005: replaces VersionStatus.Suspended or Off with VersionStatus.Enabled.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VersioningSuspendedFixer))]
[Shared]
public sealed class VersioningSuspendedFixer : RemedyFixer
{
    public VersioningSuspendedFixer()
        : base("Keep versioning on", "SRM4005.Replace", "SRM4005")
    {
    }
}
