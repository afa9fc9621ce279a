using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis;

namespace ResponsibilityAnalyzers.CodeFixes.Core;

/// <summary>
/// The one editor of object initializers, with one layout: an existing initializer keeps its layout (one member a line
/// stays one member a line, one line stays one line); a new one is on the same line for one member, one member a line
/// for more; <c>new T()</c> loses its empty parentheses.
/// </summary>
internal static class ObjectInitializers
{
    /// <summary><paramref name="creation"/> with <c>Property = value</c> appended to its initializer for each pair; an initializer is created when there is none.</summary>
    public static BaseObjectCreationExpressionSyntax Add(BaseObjectCreationExpressionSyntax creation, IEnumerable<(string Property, ExpressionSyntax Value)> properties)
    {
        var members = properties.Select(pair => Member(pair.Property, pair.Value)).ToList();
        if (members.Count == 0)
        {
            return creation;
        }

        if (creation.Initializer is not { } initializer)
        {
            var trailing = creation.GetTrailingTrivia();
            var bare = creation.WithoutTrailingTrivia();
            if (bare is ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } explicitType)
            {
                bare = explicitType.WithArgumentList(null).WithType(explicitType.Type.WithoutTrailingTrivia());
            }

            if (members.Count == 1)
            {
                // "new T()" → "new T { A = 1 }".
                return bare.WithInitializer(SyntaxFactory.InitializerExpression(
                    SyntaxKind.ObjectInitializerExpression,
                    SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                    SyntaxFactory.SingletonSeparatedList(members[0]),
                    SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space))).WithTrailingTrivia(trailing);
            }

            // Several members: one a line, indented by the formatter like the code around (the line breaks are elastic).
            var newLine = SyntaxFactory.ElasticCarriageReturnLineFeed;
            return bare.WithInitializer(SyntaxFactory.InitializerExpression(
                    SyntaxKind.ObjectInitializerExpression,
                    SyntaxFactory.Token(SyntaxFactory.TriviaList(newLine), SyntaxKind.OpenBraceToken, SyntaxFactory.TriviaList(newLine)),
                    SyntaxFactory.SeparatedList(members, members.Skip(1).Select(_ => SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.CommaToken, SyntaxFactory.TriviaList(newLine)))),
                    SyntaxFactory.Token(SyntaxFactory.TriviaList(newLine), SyntaxKind.CloseBraceToken, SyntaxFactory.TriviaList())))
                .WithTrailingTrivia(trailing)
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        var expressions = initializer.Expressions;
        if (expressions.Count == 0)
        {
            return creation.WithInitializer(initializer
                .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space))
                .WithExpressions(SyntaxFactory.SeparatedList(members, members.Skip(1).Select(_ => Comma(SyntaxFactory.Space))))
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.Space)));
        }

        // One member a line when the last member starts a line of its own; on one line otherwise.
        var last = expressions[expressions.Count - 1];
        var lineBreak = LineBreak(initializer);
        var multiLine = lineBreak is not null && StartsLine(last);
        var leading = last.GetLeadingTrivia();
        var indentation = multiLine && leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxTriviaList.Empty;
        var items = expressions.GetWithSeparators().ToList();
        if (expressions.SeparatorCount == expressions.Count)
        {
            // "A = 1,⏎}" → "A = 1,⏎B = 2,⏎}": each new member is followed by a comma ending like the last one.
            var lastSeparator = items[items.Count - 1].AsToken();
            foreach (var member in members)
            {
                items.Add(member.WithLeadingTrivia(indentation));
                items.Add(Comma(multiLine ? SyntaxFactory.TriviaList(lineBreak!.Value) : lastSeparator.TrailingTrivia));
            }
        }
        else if (multiLine)
        {
            // "A = 1 // note⏎}" → "A = 1, // note⏎B = 2⏎}": the comment stays with its member.
            items[items.Count - 1] = last.WithoutTrailingTrivia();
            var afterLast = last.GetTrailingTrivia();
            for (var i = 0; i < members.Count; i++)
            {
                items.Add(Comma(i == 0 ? afterLast : SyntaxFactory.TriviaList(lineBreak!.Value)));
                items.Add(i == members.Count - 1 ? members[i].WithLeadingTrivia(indentation).WithTrailingTrivia(lineBreak!.Value) : members[i].WithLeadingTrivia(indentation));
            }
        }
        else
        {
            // "{ A = 1 }" → "{ A = 1, B = 2 }".
            items[items.Count - 1] = last.WithoutTrailingTrivia();
            for (var i = 0; i < members.Count; i++)
            {
                items.Add(Comma(SyntaxFactory.Space));
                items.Add(i == members.Count - 1 ? members[i].WithTrailingTrivia(last.GetTrailingTrivia()) : members[i]);
            }
        }

        return creation.WithInitializer(initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items)));
    }

    /// <summary><c>x.Old = value</c> (or <c>Old = value</c> in an initializer) → <c>x.Property = newValue</c>, comments and layout kept.</summary>
    public static AssignmentExpressionSyntax Reassign(AssignmentExpressionSyntax assignment, string property, ExpressionSyntax value)
    {
        var left = assignment.Left switch
        {
            MemberAccessExpressionSyntax member => member.WithName(SyntaxFactory.IdentifierName(property).WithTriviaFrom(member.Name)),
            SimpleNameSyntax name => SyntaxFactory.IdentifierName(property).WithTriviaFrom(name),
            var other => other,
        };
        return assignment.WithLeft(left).WithRight(value.WithTriviaFrom(assignment.Right));
    }

    private static ExpressionSyntax Member(string property, ExpressionSyntax value) =>
        SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.IdentifierName(property),
            SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
            value.WithoutTrivia());

    private static SyntaxToken Comma(SyntaxTriviaList trailing) => SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(trailing);

    private static SyntaxToken Comma(SyntaxTrivia trailing) => Comma(SyntaxFactory.TriviaList(trailing));

    /// <summary>The line break the initializer's members are separated by, if they are on lines of their own.</summary>
    private static SyntaxTrivia? LineBreak(InitializerExpressionSyntax initializer) =>
        initializer.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } found ? found : null;

    /// <summary>True when nothing but whitespace and comments stands between the node and the line break before it.</summary>
    private static bool StartsLine(SyntaxNode node) =>
        node.GetLeadingTrivia().Any(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia))
        || node.GetFirstToken().GetPreviousToken().TrailingTrivia.Any(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
}
