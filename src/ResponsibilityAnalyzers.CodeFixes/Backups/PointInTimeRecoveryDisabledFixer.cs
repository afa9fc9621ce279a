using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Backups;

/// <summary>SRM4002: replaces PointInTimeRecoveryEnabled = false with true.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PointInTimeRecoveryDisabledFixer))]
[Shared]
public sealed class PointInTimeRecoveryDisabledFixer : ReplaceExpressionFixer
{
    public PointInTimeRecoveryDisabledFixer()
        : base("SRM4002", "Keep point-in-time recovery on")
    {
    }
}
