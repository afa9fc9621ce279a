using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Backups;

/// <summary>SRM4001, CDK form: sets PointInTimeRecovery = true on the table props (replacing false, or adding it, or giving the table props); the SDK form's fix is PointInTimeRecoveryFixer.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PointInTimeRecoveryPropsFixer))]
[Shared]
public sealed class PointInTimeRecoveryPropsFixer : RemedyFixer
{
    public PointInTimeRecoveryPropsFixer()
        : base("Turn on point-in-time recovery", "SRM4001.Props", ImmutableArray.Create(EditKind.Replace, EditKind.Set), "SRM4001")
    {
    }
}
