using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Core;

/// <summary>
/// The fix for rules whose remedy is one safer value: the analyzer names the replacement expression in the
/// diagnostic (fully qualified), and this swaps the reported expression for it, simplified to the file's usings.
/// When the analyzer also names a property (<see cref="Fixes.SetPropertyKey"/>), the reported expression is an object
/// creation that leaves the property unset, and this adds <c>Property = value</c> to its initializer instead.
/// </summary>
public abstract class ReplaceExpressionFixer : CodeFixProvider
{
    private readonly string _title;

    private protected ReplaceExpressionFixer(string diagnosticId, string title)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _title = title;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>The equivalence key: one per rule, so Fix All applies this remedy only.</summary>
    public string EquivalenceKey => FixableDiagnosticIds[0] + ".Replace";

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(Fixes.ReplacementKey, out var replacement) || replacement is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node)
            {
                continue;
            }

            if (diagnostic.Properties.TryGetValue(Fixes.SetPropertyKey, out var property) && property is not null)
            {
                if (node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(_title, ct => SetPropertyAsync(context.Document, creation, property, replacement, ct), EquivalenceKey),
                        diagnostic);
                }

                continue;
            }

            if (node is not ExpressionSyntax expression)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(_title, ct => ReplaceAsync(context.Document, expression, replacement, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var newExpression = SyntaxFactory.ParseExpression(replacement)
            .WithTriviaFrom(expression)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return document.WithSyntaxRoot(root!.ReplaceNode(expression, newExpression));
    }

    private static async Task<Document> SetPropertyAsync(Document document, BaseObjectCreationExpressionSyntax creation, string property, string value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var member = SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.IdentifierName(property),
            SyntaxFactory.ParseExpression(value).WithAdditionalAnnotations(Simplifier.Annotation));
        BaseObjectCreationExpressionSyntax newCreation;
        if (creation.Initializer is { } initializer)
        {
            // Keep the author's layout: the new member goes last, on its own line in a multi-line initializer, with
            // the same indentation and the same trailing-comma style.
            var expressions = initializer.Expressions;
            var separators = expressions.GetSeparators().ToList();
            var items = new System.Collections.Generic.List<SyntaxNodeOrToken>();
            if (expressions.Count == 0)
            {
                items.Add(member.WithTrailingTrivia(SyntaxFactory.Space));
            }
            else
            {
                var lastIndex = expressions.Count - 1;
                var last = expressions[lastIndex];
                for (var i = 0; i < lastIndex; i++)
                {
                    items.Add(expressions[i]);
                    items.Add(separators[i]);
                }

                if (separators.Count == expressions.Count)
                {
                    items.Add(last);
                    items.Add(separators[lastIndex]);
                    items.Add(member.WithLeadingTrivia(last.GetLeadingTrivia()));
                    items.Add(separators[lastIndex]);
                }
                else
                {
                    var lineBreak = last.GetTrailingTrivia().Where(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToList();
                    items.Add(last.WithoutTrailingTrivia());
                    if (lineBreak.Count > 0)
                    {
                        // The last member's comment and line break stay with it, after the new comma.
                        items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(last.GetTrailingTrivia()));
                        items.Add(member.WithLeadingTrivia(last.GetLeadingTrivia()).WithTrailingTrivia(lineBreak[0]));
                    }
                    else
                    {
                        items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
                        items.Add(member.WithTrailingTrivia(last.GetTrailingTrivia()));
                    }
                }
            }

            newCreation = creation.WithInitializer(initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items)));
        }
        else
        {
            newCreation = creation
                .WithInitializer(SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(member)))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        return document.WithSyntaxRoot(root!.ReplaceNode(creation, newCreation));
    }
}
