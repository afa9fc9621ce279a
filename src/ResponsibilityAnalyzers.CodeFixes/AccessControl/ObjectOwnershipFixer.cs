using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.AccessControl;

/// <summary>SRM5005: replaces ObjectWriter or BucketOwnerPreferred with ObjectOwnership.BucketOwnerEnforced, which turns ACLs off.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObjectOwnershipFixer))]
[Shared]
public sealed class ObjectOwnershipFixer : RemedyFixer
{
    public ObjectOwnershipFixer()
        : base("Turn ACLs off", "SRM5005.Replace", "SRM5005")
    {
    }
}
