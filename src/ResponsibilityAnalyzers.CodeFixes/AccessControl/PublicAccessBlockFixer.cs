using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.AccessControl;

/// <summary>
/// SRM5004 "Block all public access": a false or null flag becomes true, and flags the configuration does not set are
/// added to its initializer as true. Removing Block Public Access (DeletePublicAccessBlockRequest) has no mechanical fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PublicAccessBlockFixer))]
[Shared]
public sealed class PublicAccessBlockFixer : RemedyFixer
{
    public const string Title = "Block all public access";

    public PublicAccessBlockFixer()
        : base(Title, "SRM5004.BlockAllPublicAccess", "SRM5004")
    {
    }
}
