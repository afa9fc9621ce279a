using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Backups;

/// <summary>SRM4004: inserts PutBucketVersioning (VersionStatus.Enabled) for the new bucket right after PutBucket.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BucketVersioningFixer))]
[Shared]
public sealed class BucketVersioningFixer : RemedyFixer
{
    public BucketVersioningFixer()
        : base("Enable versioning after the bucket is created", "SRM4004.Insert", ImmutableArray.Create(EditKind.InsertCall), "SRM4004")
    {
    }
}
