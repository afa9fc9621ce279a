using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.AccessControl;

/// <summary>SRM5104: PubliclyAccessible = true becomes false.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PublicRdsInstanceFixer))]
[Shared]
public sealed class PublicRdsInstanceFixer : ReplaceExpressionFixer
{
    public PublicRdsInstanceFixer()
        : base("SRM5104", "Make the database private")
    {
    }
}
