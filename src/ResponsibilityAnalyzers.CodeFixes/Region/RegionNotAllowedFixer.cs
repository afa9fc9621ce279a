using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibilityAnalyzers.CodeFixes.Core;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Region;

/// <summary>
/// SRM1001: one code action per Region in srm.allowed_regions, in the option's order ("Use eu-central-1"). Each puts
/// that Region where the reported one was: the RegionEndpoint or S3Region field, the string, or the Region inside
/// the ServiceURL. The analyzer offers no choices where the value is not written in place (a constant defined
/// elsewhere, appsettings.json).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RegionNotAllowedFixer))]
[Shared]
public sealed class RegionNotAllowedFixer : CodeFixProvider
{
    /// <summary>Every action's equivalence key starts with this; the Region follows (SRM1001.eu-central-1), so Fix All moves everything to one Region.</summary>
    public const string EquivalenceKeyPrefix = "SRM1001.";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SRM1001");

    public static string EquivalenceKeyFor(string region) => EquivalenceKeyPrefix + region;

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(Fixes.ChoicesKey, out var choices) || string.IsNullOrEmpty(choices)
                || !diagnostic.Location.IsInSource
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax reported)
            {
                continue;
            }

            foreach (var region in choices!.Split(','))
            {
                if (diagnostic.Properties.TryGetValue(Fixes.ChoicePrefix + region, out var replacement) && replacement is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Use " + region, ct => ReplaceExpressionFixer.ReplaceAsync(context.Document, reported, replacement, ct), EquivalenceKeyFor(region)),
                        diagnostic);
                }
            }
        }
    }
}
