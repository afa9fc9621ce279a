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
public sealed class PublicAccessBlockFixer : SetPropertiesFixer
{
    public const string Title = "Block all public access";

    /// <summary>One remedy for every SRM5004 diagnostic, so Fix All applies both kinds of edit together.</summary>
    public const string EquivalenceKey = "SRM5004.BlockAllPublicAccess";

    public PublicAccessBlockFixer()
        : base("SRM5004", Title, EquivalenceKey)
    {
    }
}
