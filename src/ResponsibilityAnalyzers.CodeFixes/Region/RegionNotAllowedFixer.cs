using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Region;

/// <summary>
/// SRM1001: one code action per Region in srm.allowed_regions, in the option's order ("Use eu-central-1"). Each puts
/// that Region where the reported one was: the RegionEndpoint or S3Region field, the string, or the Region inside
/// the ServiceURL. The analyzer offers no choices where the value is not written in place (a constant defined
/// elsewhere, appsettings.json).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RegionNotAllowedFixer))]
[Shared]
public sealed class RegionNotAllowedFixer : RemedyFixer
{
    /// <summary>Every action's equivalence key starts with this; the Region follows (SRM1001.eu-central-1), so Fix All moves everything to one Region.</summary>
    public const string EquivalenceKeyPrefix = "SRM1001.";

    public RegionNotAllowedFixer()
        : base("Use an allowed Region", "SRM1001", "SRM1001")
    {
    }

    public static string EquivalenceKeyFor(string region) => EquivalenceKeyPrefix + region;
}
