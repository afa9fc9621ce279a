using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.AccessControl;

/// <summary>SRM5001: replaces the public canned ACL with S3CannedACL.Private.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PublicCannedAclFixer))]
[Shared]
public sealed class PublicCannedAclFixer : ReplaceExpressionFixer
{
    public PublicCannedAclFixer()
        : base("SRM5001", "Use S3CannedACL.Private")
    {
    }
}
