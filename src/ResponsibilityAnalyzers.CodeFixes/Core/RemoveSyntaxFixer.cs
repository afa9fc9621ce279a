using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Core;

/// <summary>
/// The fix for rules whose remedy is to delete code: the analyzer lists, as the diagnostic's additional locations,
/// the statements (in a block) and collection-initializer elements to delete, and this deletes them together with
/// their line and separator, leaving the rest of the code and its layout as it was.
/// </summary>
public abstract class RemoveSyntaxFixer : CodeFixProvider
{
    private readonly string _title;

    private protected RemoveSyntaxFixer(string diagnosticId, string title)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _title = title;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>The equivalence key: one per rule, so Fix All applies this remedy only.</summary>
    public string EquivalenceKey => FixableDiagnosticIds[0] + ".Remove";

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(Fixes.RemoveKey) || diagnostic.AdditionalLocations.Count == 0)
            {
                continue;
            }

            var spans = new List<TextSpan>();
            foreach (var location in diagnostic.AdditionalLocations)
            {
                if (location.SourceTree != root.SyntaxTree || Removal(root, location.SourceSpan) is not { } removal)
                {
                    spans.Clear();
                    break;
                }

                spans.AddRange(removal);
            }

            if (spans.Count > 0)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(_title, ct => RemoveAsync(context.Document, spans, ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> RemoveAsync(Document document, List<TextSpan> spans, CancellationToken cancellationToken)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.Distinct().Where(span => !span.IsEmpty).OrderBy(span => span.Start))
        {
            if (merged.Count > 0 && span.Start < merged[merged.Count - 1].End)
            {
                merged[merged.Count - 1] = TextSpan.FromBounds(merged[merged.Count - 1].Start, System.Math.Max(span.End, merged[merged.Count - 1].End));
            }
            else
            {
                merged.Add(span);
            }
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(merged.Select(span => new TextChange(span, string.Empty))));
    }

    /// <summary>The text to delete for the statement or initializer element at <paramref name="span"/>; null for anything else.</summary>
    private static IEnumerable<TextSpan>? Removal(SyntaxNode root, TextSpan span)
    {
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        switch (root.FindNode(span))
        {
            case StatementSyntax { Parent: BlockSyntax } statement when statement.Span == span:
                // The whole line(s): indentation and comments before it, end of line after it.
                return new[] { TextSpan.FromBounds(Start(statement), statement.FullSpan.End) };
            case ExpressionSyntax { Parent: InitializerExpressionSyntax initializer } element when element.Span == span
                && initializer.IsKind(SyntaxKind.CollectionInitializerExpression):
                // Pieces that Fix All can merge: deleting two neighbouring elements deletes the comma between them twice, identically.
                var elements = initializer.Expressions;
                var index = elements.IndexOf(element);
                var own = TextSpan.FromBounds(Start(element), element.FullSpan.End);
                if (index < elements.SeparatorCount)
                {
                    // "a, " or the line "    a,": the element and the comma after it, with that comma's trailing comment.
                    var comma = elements.GetSeparator(index);
                    return new[] { own, comma.Span, TextSpan.FromBounds(comma.Span.End, comma.FullSpan.End) };
                }

                // The last element without a trailing comma: the comma before it (not the comment after that comma) and the element.
                return index == 0 ? new[] { own } : new[] { elements.GetSeparator(index - 1).Span, own };
            default:
                return null;
        }
    }

    /// <summary>
    /// Where the deletion starts: at the node's leading trivia (its indentation and the comments on the lines just
    /// above it), but after any blank line or preprocessor directive there, which stay.
    /// </summary>
    private static int Start(SyntaxNode node)
    {
        var start = node.FullSpan.Start;
        var blankSoFar = true;
        foreach (var trivia in node.GetLeadingTrivia())
        {
            if (trivia.IsDirective || (trivia.IsKind(SyntaxKind.EndOfLineTrivia) && blankSoFar))
            {
                start = trivia.FullSpan.End;
                blankSoFar = true;
            }
            else if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                blankSoFar = true;
            }
            else if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                blankSoFar = false;
            }
        }

        return start;
    }
}
