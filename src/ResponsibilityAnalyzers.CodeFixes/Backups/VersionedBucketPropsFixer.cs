using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Backups;

/// <summary>SRM4004, CDK form: sets Versioned = true on the BucketProps (replacing false, or adding it, or giving the Bucket props); the SDK form's fix is BucketVersioningFixer.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VersionedBucketPropsFixer))]
[Shared]
public sealed class VersionedBucketPropsFixer : ReplaceExpressionFixer
{
    public VersionedBucketPropsFixer()
        : base("SRM4004", "Set Versioned = true")
    {
    }
}
