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
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Core;

/// <summary>
/// The fix for rules whose remedy is a missing follow-up call: the analyzer writes the statement (fully qualified)
/// and marks, as an additional location, the statement it must follow; this inserts it there, adds the using
/// directives it needs, simplifies the names and formats it like the code around it.
/// </summary>
public abstract class InsertStatementFixer : CodeFixProvider
{
    private static readonly SyntaxAnnotation Inserted = new("ResponsibilityAnalyzers.Inserted");

    private readonly string _title;

    private protected InsertStatementFixer(string diagnosticId, string title)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _title = title;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>The equivalence key: one per rule, so Fix All applies this remedy only.</summary>
    public string EquivalenceKey => FixableDiagnosticIds[0] + ".Insert";

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(Fixes.InsertStatementKey, out var text) || text is null
                || root is null || StatementAt(root, After(diagnostic)) is not { } anchor)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(_title, ct => InsertAsync(context.Document, anchor, text, ct), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The additional location the analyzer names, or the diagnostic's own.</summary>
    private static Location? After(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(Fixes.InsertAfterKey, out var index) || index is null)
        {
            return diagnostic.Location;
        }

        return int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < diagnostic.AdditionalLocations.Count
            ? diagnostic.AdditionalLocations[i]
            : null;
    }

    /// <summary>The statement of a block, switch section or top-level program at <paramref name="location"/>.</summary>
    private static StatementSyntax? StatementAt(SyntaxNode root, Location? location)
    {
        if (location is null || !location.IsInSource || location.SourceTree != root.SyntaxTree)
        {
            return null;
        }

        return root.FindNode(location.SourceSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .OfType<StatementSyntax>()
            .FirstOrDefault(statement => statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax);
    }

    private static async Task<Document> InsertAsync(Document document, StatementSyntax anchor, string text, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var newLine = anchor.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } eol ? eol.ToFullString() : "\n";
        // A blank line sets the inserted statement apart from the code it follows.
        var statement = SyntaxFactory.ParseStatement(newLine + text.Replace("\r\n", "\n").Replace("\n", newLine) + newLine)
            .WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation, Inserted);

        root = anchor.Parent is GlobalStatementSyntax global
            ? root.InsertNodesAfter(global, new[] { SyntaxFactory.GlobalStatement(statement) })
            : root.InsertNodesAfter(anchor, new[] { statement });
        document = document.WithSyntaxRoot(root);
        document = await ImportAdder.AddImportsAsync(document, Inserted, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
