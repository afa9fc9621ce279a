using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ResponsibilityAnalyzers.CodeFixes.Core;

/// <summary>Adds property assignments to an object creation's initializer, creating the initializer when there is none.</summary>
internal static class ObjectInitializers
{
    /// <summary>
    /// Appends <c>Property = value</c> for each of <paramref name="properties"/> to <paramref name="creation"/>. The new
    /// members follow the initializer's layout: on one line when it is on one line, one per line otherwise; a trailing
    /// comma is kept. Only the new members are formatted.
    /// </summary>
    public static Task<Document> AddPropertiesAsync(Document document, BaseObjectCreationExpressionSyntax creation, IEnumerable<string> properties, string value, CancellationToken cancellationToken) =>
        AddPropertiesAsync(document, creation, properties.Select(property => (property, value)), cancellationToken);

    /// <summary>Appends <c>Property = Value</c> for each pair; names in the values are simplified to the file's usings.</summary>
    public static async Task<Document> AddPropertiesAsync(Document document, BaseObjectCreationExpressionSyntax creation, IEnumerable<(string Property, string Value)> assignments, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var generator = SyntaxGenerator.GetGenerator(document);
        var added = assignments
            .Select(assignment => ((ExpressionSyntax)generator.AssignmentStatement(generator.IdentifierName(assignment.Property), Simplifiable(assignment.Value)))
                .WithAdditionalAnnotations(Formatter.Annotation))
            .ToList();

        BaseObjectCreationExpressionSyntax newCreation;
        if (creation.Initializer is not { } initializer)
        {
            // A new initializer gets one member a line; the elastic line breaks let the formatter indent them.
            var newLine = SyntaxFactory.ElasticCarriageReturnLineFeed;
            newCreation = creation.WithoutTrailingTrivia()
                .WithInitializer(SyntaxFactory.InitializerExpression(
                    SyntaxKind.ObjectInitializerExpression,
                    SyntaxFactory.Token(SyntaxFactory.TriviaList(newLine), SyntaxKind.OpenBraceToken, SyntaxFactory.TriviaList(newLine)),
                    SyntaxFactory.SeparatedList(added, added.Skip(1).Select(_ => SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.CommaToken, SyntaxFactory.TriviaList(newLine)))),
                    SyntaxFactory.Token(SyntaxFactory.TriviaList(newLine), SyntaxKind.CloseBraceToken, SyntaxFactory.TriviaList())))
                .WithTrailingTrivia(creation.GetTrailingTrivia())
                .WithAdditionalAnnotations(Formatter.Annotation);
        }
        else if (initializer.Expressions.Count == 0)
        {
            newCreation = creation.WithInitializer(initializer
                .WithExpressions(SyntaxFactory.SeparatedList(added))
                .WithAdditionalAnnotations(Formatter.Annotation));
        }
        else
        {
            newCreation = creation.WithInitializer(initializer.WithExpressions(Append(initializer.Expressions, added)));
        }

        return document.WithSyntaxRoot(root!.ReplaceNode(creation, newCreation));
    }

    /// <summary>
    /// The list with <paramref name="added"/> after its last element. What ended the list (a line break or a space
    /// before the closing brace, and a trailing comma) moves to the new end; the new separators are elastic, so the
    /// formatter lays them out like the initializer around them.
    /// </summary>
    private static SeparatedSyntaxList<ExpressionSyntax> Append(SeparatedSyntaxList<ExpressionSyntax> expressions, List<ExpressionSyntax> added)
    {
        var items = expressions.GetWithSeparators().ToList();
        var trailingComma = expressions.SeparatorCount == expressions.Count;
        var end = items[items.Count - 1];
        var endTrivia = end.GetTrailingTrivia();
        items[items.Count - 1] = end.WithTrailingTrivia(SyntaxFactory.ElasticMarker);

        foreach (var expression in added)
        {
            if (items[items.Count - 1].IsNode)
            {
                items.Add(Comma());
            }

            items.Add(expression);
        }

        if (trailingComma)
        {
            items.Add(Comma());
        }

        items[items.Count - 1] = items[items.Count - 1].WithTrailingTrivia(endTrivia);
        return SyntaxFactory.SeparatedList<ExpressionSyntax>(items);
    }

    /// <summary>The parsed expression with every name marked for the simplifier (values are written fully qualified).</summary>
    private static ExpressionSyntax Simplifiable(string value)
    {
        var parsed = SyntaxFactory.ParseExpression(value);
        return parsed.ReplaceNodes(parsed.DescendantNodes(), (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithAdditionalAnnotations(Simplifier.Annotation);
    }

    private static SyntaxToken Comma() => SyntaxFactory.Token(SyntaxKind.CommaToken).WithAdditionalAnnotations(Formatter.Annotation);
}
