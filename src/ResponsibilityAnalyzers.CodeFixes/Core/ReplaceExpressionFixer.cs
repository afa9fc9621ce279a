using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
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
/// The fix for rules whose remedy is one safer value: the analyzer names the replacement expression in the
/// diagnostic (fully qualified), and this swaps the reported expression for it, simplified to the file's usings.
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
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax reported
                || Target(reported, diagnostic) is not { } expression)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(_title, ct => ReplaceAsync(context.Document, expression, replacement, ct), EquivalenceKey),
                diagnostic);
        }
    }

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
        var parsed = SyntaxFactory.ParseExpression(replacement);

        // Every name in the replacement is fully qualified; mark each one so the simplifier shortens it to the file's usings.
        var newExpression = parsed
            .ReplaceNodes(parsed.DescendantNodes(), (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithTriviaFrom(expression)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return document.WithSyntaxRoot(root!.ReplaceNode(expression, newExpression));
    }
}
