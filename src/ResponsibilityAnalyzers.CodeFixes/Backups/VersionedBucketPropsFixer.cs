using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Backups;

/// <summary>SRM4004, CDK form: sets Versioned = true on the BucketProps (replacing false, or adding it, or giving the Bucket props); the SDK form's fix is BucketVersioningFixer.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VersionedBucketPropsFixer))]
[Shared]
public sealed class VersionedBucketPropsFixer : RemedyFixer
{
    public VersionedBucketPropsFixer()
        : base("Enable versioning", "SRM4004.Props", ImmutableArray.Create(EditKind.Replace, EditKind.Set), "SRM4004")
    {
    }
}
