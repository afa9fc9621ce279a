using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.AccessControl;

/// <summary>SRM5101: HttpTokensState.Optional or null becomes HttpTokensState.Required; a launch without metadata options gets them, and options without HttpTokens get HttpTokens = Required.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InstanceMetadataV1Fixer))]
[Shared]
public sealed class InstanceMetadataV1Fixer : RemedyFixer
{
    public InstanceMetadataV1Fixer()
        : base("Require IMDSv2", "SRM5101.Replace", "SRM5101")
    {
    }
}
