using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Core;

/// <summary>
/// The fix for rules whose remedy the analyzer spells out in the diagnostic (see <see cref="Fixes"/>): swap the
/// reported expression for a safer one, add missing properties to the reported object's initializer, or replace a
/// whole assignment. Every name the analyzer writes is fully qualified; the fix simplifies it to the file's usings.
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
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Edit(root, diagnostic) is { } edit)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(_title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(edit.Old, edit.New))), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The node the remedy rewrites and what it becomes; null when the code no longer has the shape the analyzer saw.</summary>
    private static (SyntaxNode Old, SyntaxNode New)? Edit(SyntaxNode root, Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        if (FixedLocation(diagnostic) is not { } fixedLocation || fixedLocation.SourceTree != root.SyntaxTree)
        {
            return null;
        }

        var reported = root.FindNode(fixedLocation.SourceSpan, getInnermostNodeForTie: true);
        var added = Fixes.Parse(properties.TryGetValue(Fixes.AddKey, out var lines) ? lines : null).ToList();

        if (properties.TryGetValue(Fixes.ReplaceAssignmentKey, out var assignment) && assignment is not null)
        {
            return diagnostic.AdditionalLocations.FirstOrDefault() is { } location
                && root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) is AssignmentExpressionSyntax old
                && Fixes.Parse(assignment).FirstOrDefault() is { Property: not null } replacement
                    ? (old, ObjectInitializers.Reassign(old, replacement.Property, Qualified(replacement.Expression)))
                    : null;
        }

        if (properties.TryGetValue(Fixes.ReplacementKey, out var expression) && expression is not null)
        {
            if (reported is not ExpressionSyntax target || Target(target, diagnostic) is not { } replaced)
            {
                return null;
            }

            var newExpression = Qualified(expression).WithTriviaFrom(replaced);
            if (added.Count == 0 || replaced.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>(creation => creation.Initializer is not null) is not { } owner)
            {
                return (replaced, newExpression);
            }

            // Replace inside the object, then give it the properties that go with the new value (KmsKeyId with Encrypted).
            return (owner, ObjectInitializers.Add(owner.ReplaceNode(replaced, newExpression), added.Select(pair => (pair.Property, Qualified(pair.Expression)))));
        }

        return added.Count > 0 && reported.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation
            ? (creation, ObjectInitializers.Add(creation, added.Select(pair => (pair.Property, Qualified(pair.Expression)))))
            : null;
    }

    /// <summary>Where the code to edit is: the diagnostic's location, or the additional location <see cref="Fixes.FixAtKey"/> names.</summary>
    private static Location? FixedLocation(Diagnostic diagnostic) =>
        !diagnostic.Properties.TryGetValue(Fixes.FixAtKey, out var at) || at is null ? diagnostic.Location
        : int.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < diagnostic.AdditionalLocations.Count ? diagnostic.AdditionalLocations[index]
        : null;

    /// <summary>The reported expression, or the argument of it that <see cref="Fixes.ArgumentKey"/> names.</summary>
    private static ExpressionSyntax? Target(ExpressionSyntax reported, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(Fixes.ArgumentKey, out var argument) || argument is null)
        {
            return reported;
        }

        return int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && reported is InvocationExpressionSyntax { ArgumentList.Arguments: var arguments }
            && index < arguments.Count
                ? arguments[index].Expression
                : null;
    }

    /// <summary>Swaps <paramref name="expression"/> for <paramref name="replacement"/>, keeping its trivia; also used by fixers that have more than one remedy.</summary>
    internal static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(root!.ReplaceNode(expression, Qualified(replacement).WithTriviaFrom(expression)));
    }

    /// <summary>An expression the analyzer wrote, every name in it marked so the simplifier shortens it to the file's usings.</summary>
    private static ExpressionSyntax Qualified(string expression)
    {
        var parsed = SyntaxFactory.ParseExpression(expression);
        return parsed
            .ReplaceNodes(parsed.DescendantNodes(), (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithAdditionalAnnotations(Simplifier.Annotation);
    }
}
