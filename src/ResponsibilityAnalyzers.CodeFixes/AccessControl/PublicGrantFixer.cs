using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.AccessControl;

/// <summary>SRM5002: deletes the grant to AllUsers or AuthenticatedUsers (its collection element, or its Add/AddGrant statement).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PublicGrantFixer))]
[Shared]
public sealed class PublicGrantFixer : RemedyFixer
{
    public PublicGrantFixer()
        : base("Remove the grant to everyone", "SRM5002.Remove", "SRM5002")
    {
    }
}
