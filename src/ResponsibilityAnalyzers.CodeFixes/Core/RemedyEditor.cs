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
using Microsoft.CodeAnalysis.Text;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Core;

/// <summary>
/// Applies the edits of one or more remedies to a document in one pass. Edits are registered on one
/// <see cref="DocumentEditor"/> as callbacks on the current node, so edits inside one another compose; edits that meet
/// are merged: properties for one initializer are added together (each once, none the code sets already), statements
/// for one anchor are inserted together (each once), and a conditional whose arms a replacement made equal becomes
/// the value. Values are <see cref="Fact"/>s built by <see cref="FactSyntax"/>: names are simplified to the file's
/// usings, the user's expressions are moved as nodes, and the namespace of a replaced client and of inserted calls
/// (built by <see cref="FollowUpCalls"/>) is imported.
/// </summary>
internal static class RemedyEditor
{
    private static readonly SyntaxAnnotation Imports = new("ResponsibilityAnalyzers.Imports");
    private static readonly SyntaxAnnotation Removed = new("ResponsibilityAnalyzers.Removed");
    private static readonly SyntaxAnnotation MayCollapse = new("ResponsibilityAnalyzers.MayCollapse");

    /// <summary>True when every edit finds the code it expects (the code may have changed since the analysis).</summary>
    public static bool CanApply(SyntaxNode root, Diagnostic diagnostic, IReadOnlyList<Edit> edits) =>
        edits.Count > 0 && edits.All(edit => Target(root, diagnostic, edit) is not null && (edit.Value is null || FactSyntax.CanBuild(edit.Value, at => Moved(root, diagnostic, at))));

    /// <summary>
    /// What the edits do, in the form the code takes them, for the action's title: "set RequireImdsv2 = true" where a
    /// property gets a value (a Set, a Replace of an assigned value, or the settings of a new object a Replace writes),
    /// "use Protocol.HTTPS" for another replaced expression; null when no edit sets or replaces a value a title can show
    /// (statements inserted or removed, a client replaced).
    /// </summary>
    public static string? Describe(SyntaxNode root, Diagnostic diagnostic, IReadOnlyList<Edit> edits)
    {
        var parts = new List<string>();
        foreach (var edit in edits)
        {
            var target = Target(root, diagnostic, edit);
            var member = edit.Kind switch
            {
                EditKind.Set => edit.Member,
                EditKind.Replace when edit.Member is not null => edit.Member,
                EditKind.Replace when target is not null && Unparenthesized(target).Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } => name.Identifier.ValueText,
                _ => null,
            };
            // A value that takes the user's initializer shows none of its settings: they are not the fix's.
            var value = edit.Kind is EditKind.Set or EditKind.Replace && edit.Value is not null and not { Kind: FactKind.New, At: not null } ? FactSyntax.Build(edit.Value, at => Moved(root, diagnostic, at)) : null;
            IEnumerable<string> described = (member, value is null ? null : Shown(value)) switch
            {
                (_, null) when value is null => new string[0],
                ({ } property, { } shown) => new[] { $"set {property} = {shown}" },
                (null, { } shown) => new[] { $"use {shown}" },

                // A long new value (options, a construct given props): the settings it writes, by their path from the member.
                _ => Settings(value!, member) is { Count: > 0 } settings ? settings : member is null ? new string[0] : new[] { $"set {member}" },
            };
            parts.AddRange(described.Where(part => !parts.Contains(part)));
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>"set MetadataOptions.HttpTokens = HttpTokensState.Required" for each setting (not a string: names and descriptions are not settings) in the object initializers of <paramref name="value"/>.</summary>
    private static List<string> Settings(ExpressionSyntax value, string? member)
    {
        return value.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .Where(assignment => assignment is { Parent: InitializerExpressionSyntax, Left: IdentifierNameSyntax } && !assignment.Right.IsKind(SyntaxKind.StringLiteralExpression)
                && assignment.Right is not BaseObjectCreationExpressionSyntax { Initializer: not null })
            .Select(assignment => Shown(assignment.Right) is { } shown ? $"set {Path(assignment)} = {shown}" : null)
            .OfType<string>()
            .ToList();

        string Path(AssignmentExpressionSyntax assignment)
        {
            var path = assignment.Left.ToString();
            var creation = assignment.Parent!.Parent;
            while (creation?.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax, Left: IdentifierNameSyntax name } outer)
            {
                path = name.Identifier.ValueText + "." + path;
                creation = outer.Parent?.Parent;
            }

            // The settings of the value itself hang off the member it is given to.
            return creation == value && member is not null ? member + "." + path : path;
        }
    }

    /// <summary>A value as the title shows it: names without their namespaces (<c>HttpTokensState.Required</c>); null when it is too long to read in a title.</summary>
    private static string? Shown(ExpressionSyntax value)
    {
        var shown = new NamespaceDropper().Visit(value).NormalizeWhitespace().ToFullString();
        return shown.Length <= 48 ? shown : null;
    }

    public static async Task<Document> ApplyAsync(Document document, IEnumerable<(Diagnostic Diagnostic, IReadOnlyList<Edit> Edits)> fixes, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var root = editor.OriginalRoot;
        var sets = new Dictionary<BaseObjectCreationExpressionSyntax, List<(string Property, ExpressionSyntax Value)>>();
        var inserts = new Dictionary<StatementSyntax, List<StatementSyntax>>();
        var removedArguments = new Dictionary<ArgumentListSyntax, SortedSet<int>>();
        var done = new HashSet<(EditKind, TextSpan, int?, string?, string?)>();
        foreach (var (diagnostic, edits) in fixes)
        {
            foreach (var edit in edits)
            {
                if (Target(root, diagnostic, edit) is not { } target || !done.Add((edit.Kind, target.Span, edit.Argument, edit.Member, edit.Value?.ToString())))
                {
                    continue;
                }

                var value = Value(editor, root, diagnostic, edit, target);

                switch (edit.Kind)
                {
                    case EditKind.Replace when edit.Member is not null:
                        editor.ReplaceNode(target, (current, _) => ObjectInitializers.Reassign((AssignmentExpressionSyntax)current, edit.Member, value(current)!));
                        break;
                    case EditKind.Replace:
                        if (Unparenthesized(target).Parent is ConditionalExpressionSyntax conditional)
                        {
                            editor.ReplaceNode(conditional, (current, _) => current.WithAdditionalAnnotations(MayCollapse));
                        }

                        editor.ReplaceNode(target, (current, _) => value(current) is { } replacement ? Around(replacement, current) : current);
                        break;
                    case EditKind.ReplaceClient:
                        editor.ReplaceNode(target, (current, _) => value(current)?.WithTriviaFrom(current).WithAdditionalAnnotations(Formatter.Annotation) ?? current);
                        break;
                    case EditKind.Unwrap:
                        editor.ReplaceNode(target, (current, _) => current is IfStatementSyntax ifStatement && Guarded(ifStatement) is { } statement
                            ? statement.WithLeadingTrivia(ifStatement.GetLeadingTrivia()).WithTrailingTrivia(ifStatement.GetTrailingTrivia())
                            : current);
                        break;
                    case EditKind.Set:
                        if (value(target) is { } set)
                        {
                            Add(sets, (BaseObjectCreationExpressionSyntax)target, (edit.Member!, set));
                        }

                        break;
                    case EditKind.InsertCall:
                        var anchor = (StatementSyntax)target;
                        if (FollowUpCalls.Build(editor.Generator, editor.SemanticModel.Compilation, Invocation(root, diagnostic)!, edit, NewLine(anchor)) is { } call)
                        {
                            if (!inserts.TryGetValue(anchor, out var calls))
                            {
                                inserts[anchor] = calls = new List<StatementSyntax>();
                            }

                            // Each call once: two findings of one creation ask for the same call.
                            if (!calls.Any(other => other.IsEquivalentTo(call)))
                            {
                                calls.Add(call);
                            }
                        }

                        break;
                    case EditKind.Remove when edit.Argument is { } argument:
                        Add(removedArguments, (ArgumentListSyntax)target, argument);
                        break;
                    case EditKind.Remove:
                        editor.ReplaceNode(target, (current, _) => current.WithAdditionalAnnotations(Removed));
                        break;
                }
            }
        }

        foreach (var pair in sets)
        {
            var assignments = pair.Value;
            editor.ReplaceNode(pair.Key, (current, _) =>
            {
                var creation = (BaseObjectCreationExpressionSyntax)current;
                var missing = assignments.Where(assignment => !Sets(creation, assignment.Property));
                return ObjectInitializers.Add(creation, missing);
            });
        }

        foreach (var pair in inserts)
        {
            var newLine = NewLine(pair.Key);
            var statements = pair.Value.Select(statement => FactSyntax.Qualified(statement, Imports)
                .WithLeadingTrivia(new[] { newLine }.Concat(statement.GetLeadingTrivia().Where(trivia => !trivia.IsKind(SyntaxKind.WhitespaceTrivia)))).WithTrailingTrivia(newLine)
                .WithAdditionalAnnotations(Formatter.Annotation)).ToList();
            if (pair.Key.Parent is GlobalStatementSyntax global)
            {
                editor.InsertAfter(global, statements.Select(statement => SyntaxFactory.GlobalStatement(statement)));
            }
            else
            {
                editor.InsertAfter(pair.Key, statements);
            }
        }

        foreach (var pair in removedArguments)
        {
            var removed = pair.Value;
            editor.ReplaceNode(pair.Key, (current, _) => WithoutArguments((ArgumentListSyntax)current, removed));
        }

        document = editor.GetChangedDocument();
        document = await ImportAdder.AddImportsAsync(document, Imports, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = document.WithSyntaxRoot(Collapse((await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!));
        document = await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await RemoveAsync(document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The node an edit rewrites; null when the code no longer has the shape the analyzer saw.</summary>
    private static SyntaxNode? Target(SyntaxNode root, Diagnostic diagnostic, Edit edit)
    {
        var location = edit.At is not { } at ? diagnostic.Location : at < diagnostic.AdditionalLocations.Count ? diagnostic.AdditionalLocations[at] : null;
        if (location is null || !location.IsInSource || location.SourceTree != root.SyntaxTree || !root.FullSpan.Contains(location.SourceSpan))
        {
            return null;
        }

        var span = location.SourceSpan;
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        switch (edit.Kind)
        {
            case EditKind.Replace when edit.Value is null:
                return null;
            case EditKind.Replace when edit.Member is not null:
                return node as AssignmentExpressionSyntax;
            case EditKind.Replace when edit.Argument is { } argument:
                return node is InvocationExpressionSyntax { ArgumentList.Arguments: var arguments } && argument < arguments.Count ? arguments[argument].Expression : null;
            case EditKind.Replace:
            case EditKind.ReplaceClient:
                return edit.Value is null ? null : node as ExpressionSyntax;
            case EditKind.Set:
                return edit.Member is null || edit.Value is null ? null : node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>();
            case EditKind.InsertCall:
                return edit.Member is null || edit.Value is null || Invocation(root, diagnostic) is null ? null : node.AncestorsAndSelf().OfType<StatementSyntax>()
                    .FirstOrDefault(statement => statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax);
            case EditKind.Remove when edit.Argument is { } argument:
                return root.FindNode(span) is BaseObjectCreationExpressionSyntax { ArgumentList: { } list } && argument < list.Arguments.Count ? list : null;
            case EditKind.Remove:
                return root.FindNode(span) is var removed && Removal(removed, span) is not null ? removed : null;
            case EditKind.Unwrap:
                return node.FirstAncestorOrSelf<IfStatementSyntax>() is { Else: null } ifStatement && Guarded(ifStatement) is not null ? ifStatement : null;
            default:
                return null;
        }
    }

    private static void Add<TKey, TValue, TCollection>(Dictionary<TKey, TCollection> map, TKey key, TValue value)
        where TKey : notnull
        where TCollection : ICollection<TValue>, new()
    {
        if (!map.TryGetValue(key, out var values))
        {
            map[key] = values = new TCollection();
        }

        if (!values.Contains(value))
        {
            values.Add(value);
        }
    }

    /// <summary>True when the creation's initializer assigns <paramref name="property"/> already (another fix, or the user, set it).</summary>
    private static bool Sets(BaseObjectCreationExpressionSyntax creation, string property) =>
        creation.Initializer?.Expressions.Any(e => e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && name.Identifier.ValueText == property) == true;

    private static ExpressionSyntax Unparenthesized(SyntaxNode node)
    {
        var expression = (ExpressionSyntax)node;
        while (expression.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized;
        }

        return expression;
    }

    /// <summary><c>c ? X : X</c>, after replacements made the arms equal, becomes <c>X</c> (when the condition has no side effect).</summary>
    private static SyntaxNode Collapse(SyntaxNode root)
    {
        var collapsible = root.GetAnnotatedNodes(MayCollapse).OfType<ConditionalExpressionSyntax>()
            .Where(conditional => conditional.WhenTrue.WithoutTrivia().IsEquivalentTo(conditional.WhenFalse.WithoutTrivia()) && IsPure(conditional.Condition))
            .ToList();
        return root.ReplaceNodes(collapsible, (original, current) => ((ConditionalExpressionSyntax)current).WhenTrue.WithTriviaFrom(current));
    }

    private static bool IsPure(ExpressionSyntax condition) =>
        !condition.DescendantNodesAndSelf().Any(node => node is InvocationExpressionSyntax or AssignmentExpressionSyntax or AwaitExpressionSyntax
            or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression }
            or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression }
            or BaseObjectCreationExpressionSyntax or ElementAccessExpressionSyntax);

    private static StatementSyntax? Guarded(IfStatementSyntax ifStatement) => ifStatement.Statement switch
    {
        BlockSyntax { Statements.Count: 1 } block => block.Statements[0],
        BlockSyntax => null,
        var single => single,
    };

    /// <summary>The SDK call the diagnostic is reported on (an <see cref="EditKind.InsertCall"/> follows it).</summary>
    private static InvocationExpressionSyntax? Invocation(SyntaxNode root, Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree == root.SyntaxTree ? root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as InvocationExpressionSyntax : null;

    /// <summary>The line ending of <paramref name="anchor"/>, for the statements inserted after it (set apart by a blank line).</summary>
    private static SyntaxTrivia NewLine(StatementSyntax anchor) =>
        anchor.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } eol ? eol : SyntaxFactory.LineFeed;

    /// <summary>
    /// Builds the edit's value in the node being rewritten (<c>current</c>): the user's expressions it moves are taken
    /// from there when they are inside the target (so edits to them compose; they are tracked from now on), else from the
    /// original tree.
    /// </summary>
    private static System.Func<SyntaxNode, ExpressionSyntax?> Value(DocumentEditor editor, SyntaxNode root, Diagnostic diagnostic, Edit edit, SyntaxNode target)
    {
        if (edit.Value is not { } fact)
        {
            return _ => null;
        }

        var inside = FactSyntax.MovedFrom(fact).Select(at => Moved(root, diagnostic, at)).OfType<SyntaxNode>()
            .Where(moved => moved != target && target.Span.Contains(moved.Span)).Distinct().ToList();
        foreach (var moved in inside)
        {
            editor.ReplaceNode(moved, (current, _) => current);
        }

        var imports = edit.Kind == EditKind.ReplaceClient ? Imports : null;
        return current => FactSyntax.Build(fact, at => Moved(root, diagnostic, at) is not { } moved ? null
            : moved == target ? current
            : inside.Contains(moved) ? current.GetCurrentNode(moved) ?? moved
            : moved, imports);
    }

    /// <summary>A value in the place of <paramref name="replaced"/>: the replaced node's trivia around the value's own (the comments of a moved expression).</summary>
    private static ExpressionSyntax Around(ExpressionSyntax value, SyntaxNode replaced) =>
        value.WithLeadingTrivia(replaced.GetLeadingTrivia().AddRange(value.GetLeadingTrivia())).WithTrailingTrivia(value.GetTrailingTrivia().AddRange(replaced.GetTrailingTrivia()));

    /// <summary>The user's expression at additional location <paramref name="at"/> of the diagnostic; null when it is not in this document.</summary>
    private static SyntaxNode? Moved(SyntaxNode root, Diagnostic diagnostic, int at) =>
        at < diagnostic.AdditionalLocations.Count && diagnostic.AdditionalLocations[at] is { IsInSource: true } location && location.SourceTree == root.SyntaxTree
            && root.FullSpan.Contains(location.SourceSpan)
            ? root.FindNode(location.SourceSpan, getInnermostNodeForTie: true)
            : null;

    /// <summary>The argument list without the arguments at <paramref name="removed"/>; the first argument left takes the place, and the line layout, of the first one there was.</summary>
    private static ArgumentListSyntax WithoutArguments(ArgumentListSyntax list, ISet<int> removed)
    {
        var arguments = list.Arguments;
        var kept = Enumerable.Range(0, arguments.Count).Where(i => !removed.Contains(i)).ToList();
        var nodes = kept.Select(i => arguments[i]).ToList();
        if (nodes.Count > 0 && kept[0] != 0)
        {
            nodes[0] = nodes[0].WithLeadingTrivia(arguments[0].GetLeadingTrivia());
        }

        var separators = kept.Take(nodes.Count - 1)
            .Select(i => i < arguments.SeparatorCount ? arguments.GetSeparator(i) : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        return list.WithArguments(SyntaxFactory.SeparatedList(nodes, separators));
    }

    /// <summary>Deletes the nodes marked <see cref="Removed"/> with their line (statements) or separator (collection elements), as text, so the layout around them stays.</summary>
    private static async Task<Document> RemoveAsync(Document document, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var spans = root.GetAnnotatedNodes(Removed).SelectMany(node => Removal(node, node.Span) ?? Enumerable.Empty<TextSpan>()).ToList();
        if (spans.Count == 0)
        {
            return document;
        }

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

    /// <summary>The text to delete for the statement or collection element <paramref name="node"/> (at <paramref name="span"/>); null for anything else.</summary>
    private static IEnumerable<TextSpan>? Removal(SyntaxNode node, TextSpan span)
    {
        switch (node)
        {
            case StatementSyntax { Parent: BlockSyntax } statement when statement.Span == span:
                // The whole line(s): indentation and comments before it, end of line after it.
                return new[] { TextSpan.FromBounds(Start(statement), statement.FullSpan.End) };
            case ExpressionSyntax { Parent: InitializerExpressionSyntax initializer } element when element.Span == span
                && initializer.IsKind(SyntaxKind.CollectionInitializerExpression):
                // Pieces that merge: deleting two neighbouring elements deletes the comma between them twice, identically.
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

    /// <summary>Drops the namespaces of the fully qualified names a remedy's value is written with: <c>global::Amazon.EC2.HttpTokensState.Required</c> reads <c>HttpTokensState.Required</c>.</summary>
    private sealed class NamespaceDropper : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitAliasQualifiedName(AliasQualifiedNameSyntax node) => Visit(node.Name);

        public override SyntaxNode? VisitQualifiedName(QualifiedNameSyntax node) => Names(node) is { } names ? SyntaxFactory.IdentifierName(names[names.Count - 1]) : base.VisitQualifiedName(node);

        // A type's member: Type.Member, the last two names of Namespace.Type.Member.
        public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node) => Names(node) is { Count: > 2 } names
            ? SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(names[names.Count - 2]), SyntaxFactory.IdentifierName(names[names.Count - 1]))
            : base.VisitMemberAccessExpression(node);

        /// <summary>The names of a dotted name that starts at an AWS or System namespace; null for anything else.</summary>
        private static List<string>? Names(SyntaxNode node)
        {
            var names = new List<string>();
            for (var current = node; ; )
            {
                switch (current)
                {
                    case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access:
                        names.Insert(0, name.Identifier.ValueText);
                        current = access.Expression;
                        continue;
                    case QualifiedNameSyntax { Right: IdentifierNameSyntax right } qualified:
                        names.Insert(0, right.Identifier.ValueText);
                        current = qualified.Left;
                        continue;
                    case AliasQualifiedNameSyntax alias:
                        current = alias.Name;
                        continue;
                    case IdentifierNameSyntax { Identifier.ValueText: "Amazon" or "System" } first:
                        names.Insert(0, first.Identifier.ValueText);
                        return names;
                    default:
                        return null;
                }
            }
        }
    }
}
