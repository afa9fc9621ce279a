using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibilityAnalyzers.CodeFixes.Core;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.AccessControl;

/// <summary>
/// SRM5004 "Block all public access": a false or null flag becomes true, and flags the configuration does not set are
/// added to its initializer as true. Removing Block Public Access (DeletePublicAccessBlockRequest) has no mechanical fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PublicAccessBlockFixer))]
[Shared]
public sealed class PublicAccessBlockFixer : CodeFixProvider
{
    public const string Title = "Block all public access";

    /// <summary>One remedy for every SRM5004 diagnostic, so Fix All applies both kinds of edit together.</summary>
    public const string EquivalenceKey = "SRM5004.BlockAllPublicAccess";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SRM5004");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var properties = diagnostic.Properties;
            if (properties.TryGetValue(Fixes.ReplacementKey, out var replacement) && replacement is not null && node is ExpressionSyntax expression)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => ReplaceExpressionFixer.ReplaceAsync(context.Document, expression, replacement, ct), EquivalenceKey),
                    diagnostic);
            }
            else if (properties.TryGetValue(Fixes.AddPropertiesKey, out var added) && added is not null
                && properties.TryGetValue(Fixes.AddedValueKey, out var value) && value is not null
                && node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => ObjectInitializers.AddPropertiesAsync(context.Document, creation, added.Split(','), value, ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
