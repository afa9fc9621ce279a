using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Backups;

/// <summary>SRM4002: replaces PointInTimeRecoveryEnabled = false with true.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PointInTimeRecoveryDisabledFixer))]
[Shared]
public sealed class PointInTimeRecoveryDisabledFixer : RemedyFixer
{
    public PointInTimeRecoveryDisabledFixer()
        : base("Keep point-in-time recovery on", "SRM4002.Replace", "SRM4002")
    {
    }
}
