using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest;

/// <summary>SRM2003: the bucket default's algorithm becomes the one srm.required_s3_sse requires. Deleting the default encryption has no mechanical fix.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BucketEncryptionFixer))]
[Shared]
public sealed class BucketEncryptionFixer : RemedyFixer
{
    public BucketEncryptionFixer()
        : base("Use the required default encryption", "SRM2003.Replace", "SRM2003")
    {
    }
}
