using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.AccessControl;

/// <summary>SRM5101: HttpTokensState.Optional or null becomes HttpTokensState.Required; a launch without metadata options gets them, and options without HttpTokens get HttpTokens = Required.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InstanceMetadataV1Fixer))]
[Shared]
public sealed class InstanceMetadataV1Fixer : ReplaceExpressionFixer
{
    public InstanceMetadataV1Fixer()
        : base("SRM5101", "Require IMDSv2 (HttpTokens = required)")
    {
    }
}
