using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.AccessControl;

/// <summary>SRM5001: replaces the public canned ACL with S3CannedACL.Private.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PublicCannedAclFixer))]
[Shared]
public sealed class PublicCannedAclFixer : RemedyFixer
{
    public PublicCannedAclFixer()
        : base("Make it private", "SRM5001.Replace", "SRM5001")
    {
    }
}
