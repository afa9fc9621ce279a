using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.AccessControl;

/// <summary>SRM5104: PubliclyAccessible = true becomes false.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PublicRdsInstanceFixer))]
[Shared]
public sealed class PublicRdsInstanceFixer : RemedyFixer
{
    public PublicRdsInstanceFixer()
        : base("Make the database private", "SRM5104.Replace", "SRM5104")
    {
    }
}
