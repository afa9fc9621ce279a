using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Backups;

/// <summary>SRM4001: inserts UpdateContinuousBackups for the new table, retried until the table accepts it (ACTIVE, backups ready).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PointInTimeRecoveryFixer))]
[Shared]
public sealed class PointInTimeRecoveryFixer : RemedyFixer
{
    public PointInTimeRecoveryFixer()
        : base("Turn on point-in-time recovery after the table is created", "SRM4001.Insert", ImmutableArray.Create(EditKind.InsertCall), "SRM4001")
    {
    }
}
