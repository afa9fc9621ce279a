using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Rules.ClientSideEncryption;

namespace ResponsibilityAnalyzers.CodeFixes.ClientSideEncryption;

/// <summary>
/// SRM2006 "Use the non-legacy setting": a legacy SecurityProfile becomes V2/V4; ForbidEncryptAllowDecrypt on the V4
/// configuration becomes RequireEncryptAllowDecrypt and its AesGcm algorithm AesGcmWithCommitment; the obsolete
/// one-argument V2 configuration constructor gets the three arguments it implied.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LegacyClientSideEncryptionFixer))]
[Shared]
public sealed class LegacyClientSideEncryptionFixer : CodeFixProvider
{
    public const string Title = "Use the non-legacy setting";

    public const string EquivalenceKey = "SRM2006.NonLegacy";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SRM2006");

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
            if (properties.TryGetValue(LegacyClientSideEncryptionAnalyzer.ArgumentsKey, out var arguments) && arguments is not null
                && node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { ArgumentList: { } argumentList })
            {
                context.RegisterCodeFix(CodeAction.Create(Title, ct => ReplaceArgumentsAsync(context.Document, argumentList, arguments, ct), EquivalenceKey), diagnostic);
            }
            else if (properties.TryGetValue(Fixes.ReplacementKey, out var replacement) && replacement is not null && node is ExpressionSyntax expression)
            {
                ExpressionSyntax? second = null;
                if (properties.TryGetValue(LegacyClientSideEncryptionAnalyzer.SecondReplacementKey, out var secondReplacement) && secondReplacement is not null)
                {
                    if (diagnostic.AdditionalLocations.Count == 0
                        || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax other)
                    {
                        continue;
                    }

                    second = other;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => ReplaceAsync(context.Document, expression, replacement, second, secondReplacement, ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax first, string replacement, ExpressionSyntax? second, string? secondReplacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var nodes = second is null ? new SyntaxNode[] { first } : new SyntaxNode[] { first, second };
        return document.WithSyntaxRoot(root!.ReplaceNodes(nodes, (original, _) => Qualified(original == first ? replacement : secondReplacement!).WithTriviaFrom(original)));
    }

    private static async Task<Document> ReplaceArgumentsAsync(Document document, ArgumentListSyntax argumentList, string arguments, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var parsed = SyntaxFactory.ParseArgumentList("(" + arguments + ")");
        var annotated = parsed.ReplaceNodes(parsed.DescendantNodes(), (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation)).WithTriviaFrom(argumentList);
        return document.WithSyntaxRoot(root!.ReplaceNode(argumentList, annotated));
    }

    private static ExpressionSyntax Qualified(string expression)
    {
        var parsed = SyntaxFactory.ParseExpression(expression);
        return parsed.ReplaceNodes(parsed.DescendantNodes(), (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation)).WithAdditionalAnnotations(Simplifier.Annotation);
    }
}
