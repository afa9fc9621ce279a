using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Region;

/// <summary>SRM1002: <c>RegionEndpoint.GetBySystemName("eu-west-1")</c> becomes <c>RegionEndpoint.EUWest1</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RegionAsStringFixer))]
[Shared]
public sealed class RegionAsStringFixer : RemedyFixer
{
    public RegionAsStringFixer()
        : base("Use the RegionEndpoint field", "SRM1002.Replace", "SRM1002")
    {
    }
}
