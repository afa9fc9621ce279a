using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Core;

/// <summary>
/// The syntax of a remedy's <see cref="Fact"/>: constants parsed with every name marked for the simplifier, the user's
/// expressions moved as nodes (their comments kept), new objects and calls built on one line, as a person writes them.
/// </summary>
internal static class FactSyntax
{
    /// <summary>The value of <paramref name="fact"/>; null when a user expression it moves is not there (<paramref name="moved"/> gives it by additional location).</summary>
    public static ExpressionSyntax? Build(Fact fact, Func<int, SyntaxNode?> moved, SyntaxAnnotation? imports = null)
    {
        ExpressionSyntax? value;
        switch (fact.Kind)
        {
            case FactKind.Code:
                value = Qualified(SyntaxFactory.ParseExpression(fact.Text!), imports);
                break;
            case FactKind.Moved:
                value = moved(fact.At!.Value) is ExpressionSyntax expression ? Edges(expression) : null;
                break;
            case FactKind.New:
                value = New(fact, moved, imports);
                break;
            default:
                var method = fact.At is { } receiverAt
                    ? moved(receiverAt) is ExpressionSyntax receiver ? SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Edges(receiver), SyntaxFactory.IdentifierName(fact.Text!)) : null
                    : Qualified(SyntaxFactory.ParseExpression(fact.Text!), imports);
                value = method is not null && Arguments(fact.Arguments, moved, imports) is { } arguments ? SyntaxFactory.InvocationExpression(method, arguments) : null;
                break;
        }

        return value is not null && fact.Then is { } member
            ? SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, value, SyntaxFactory.IdentifierName(member))
            : value;
    }

    /// <summary>True when every user expression <paramref name="fact"/> moves is there.</summary>
    public static bool CanBuild(Fact fact, Func<int, SyntaxNode?> moved) =>
        (fact.At is not { } at || (fact.Kind == FactKind.New ? moved(at) is BaseObjectCreationExpressionSyntax : moved(at) is ExpressionSyntax))
        && fact.Arguments.All(argument => CanBuild(argument, moved))
        && fact.Members.All(member => CanBuild(member.Value, moved));

    /// <summary>The additional locations of the user's expressions <paramref name="fact"/> moves.</summary>
    public static IEnumerable<int> MovedFrom(Fact? fact) => fact is null ? Enumerable.Empty<int>()
        : (fact.At is { } at ? new[] { at } : Enumerable.Empty<int>()).Concat(fact.Arguments.SelectMany(MovedFrom)).Concat(fact.Members.SelectMany(member => MovedFrom(member.Value)));

    /// <summary>C# a rule wrote, every name marked so the simplifier shortens it to the file's usings (and, with <paramref name="imports"/>, imports its namespaces).</summary>
    public static T Qualified<T>(T parsed, SyntaxAnnotation? imports = null)
        where T : SyntaxNode
    {
        var annotations = imports is null ? new[] { Simplifier.Annotation } : new[] { Simplifier.Annotation, imports };
        return parsed.ReplaceNodes(parsed.DescendantNodes(), (_, rewritten) => rewritten.WithAdditionalAnnotations(annotations))
            .WithAdditionalAnnotations(annotations);
    }

    /// <summary><c>new T(…)</c>, <c>new T { A = …, B = … }</c>, or <c>new T(…) { … }</c> with the initializer of the user's creation at <see cref="Fact.At"/>.</summary>
    private static ExpressionSyntax? New(Fact fact, Func<int, SyntaxNode?> moved, SyntaxAnnotation? imports)
    {
        var type = Qualified(SyntaxFactory.ParseTypeName(fact.Text!), imports);
        InitializerExpressionSyntax? initializer = null;
        if (fact.At is { } at)
        {
            if (moved(at) is not BaseObjectCreationExpressionSyntax source)
            {
                return null;
            }

            initializer = source.Initializer is { } taken ? Edges(taken) : null;
        }
        else if (fact.Members.Length > 0)
        {
            var members = new List<ExpressionSyntax>();
            foreach (var (member, value) in fact.Members)
            {
                if (Build(value, moved, imports) is not { } built)
                {
                    return null;
                }

                members.Add(SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(member), Spaced(SyntaxKind.EqualsToken), built));
            }

            initializer = SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SeparatedList(members, members.Skip(1).Select(_ => Comma())),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
        }

        var arguments = fact.Arguments.Length == 0 && initializer is not null ? null : Arguments(fact.Arguments, moved, imports);
        if (arguments is null && initializer is null)
        {
            return null;
        }

        if (initializer is not null && !initializer.GetLeadingTrivia().Any())
        {
            // "new T {" / "new T(…) {": one space before the brace.
            arguments = arguments?.WithCloseParenToken(arguments.CloseParenToken.WithTrailingTrivia(SyntaxFactory.Space));
            type = arguments is null ? type.WithTrailingTrivia(SyntaxFactory.Space) : type;
        }

        return SyntaxFactory.ObjectCreationExpression(SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space), type, arguments, initializer);
    }

    private static ArgumentListSyntax? Arguments(IEnumerable<Fact> facts, Func<int, SyntaxNode?> moved, SyntaxAnnotation? imports)
    {
        var arguments = new List<ArgumentSyntax>();
        foreach (var fact in facts)
        {
            if (Build(fact, moved, imports) is not { } value)
            {
                return null;
            }

            arguments.Add(SyntaxFactory.Argument(value));
        }

        return SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments, arguments.Skip(1).Select(_ => Comma())));
    }

    /// <summary>A user's node without the line breaks and indentation around it, unless a comment is there, which moves with it (the spaces after it go).</summary>
    private static T Edges<T>(T node)
        where T : SyntaxNode
    {
        return node.WithLeadingTrivia(Kept(node.GetLeadingTrivia(), outerEnd: 0)).WithTrailingTrivia(Kept(node.GetTrailingTrivia(), outerEnd: -1));

        // The trivia with its comments, without the whitespace at its outer end (the first item before a node, the last after it).
        static SyntaxTriviaList Kept(SyntaxTriviaList trivia, int outerEnd)
        {
            if (!trivia.Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia)))
            {
                return SyntaxTriviaList.Empty;
            }

            var kept = trivia.ToList();
            while (kept[outerEnd < 0 ? kept.Count - 1 : 0] is var end && (end.IsKind(SyntaxKind.WhitespaceTrivia) || (outerEnd == 0 && end.IsKind(SyntaxKind.EndOfLineTrivia))))
            {
                kept.RemoveAt(outerEnd < 0 ? kept.Count - 1 : 0);
            }

            return SyntaxFactory.TriviaList(kept);
        }
    }

    private static SyntaxToken Comma() => SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);

    private static SyntaxToken Spaced(SyntaxKind kind) => SyntaxFactory.Token(kind).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space);
}
