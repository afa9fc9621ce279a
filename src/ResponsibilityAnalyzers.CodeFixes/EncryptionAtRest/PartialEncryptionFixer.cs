using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibilityAnalyzers.CodeFixes.Core;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Rules.EncryptionAtRest;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest;

/// <summary>
/// SRM2002 "Encrypt on every path": a conditional that yields no encryption on one arm becomes its encrypting arm, and
/// an <c>if</c> without <c>else</c> that only sets the encryption becomes that assignment.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PartialEncryptionFixer))]
[Shared]
public sealed class PartialEncryptionFixer : CodeFixProvider
{
    public const string Title = "Encrypt on every path";

    public const string EquivalenceKey = "SRM2002.EncryptOnEveryPath";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SRM2002");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || diagnostic.AdditionalLocations.Count == 0 || diagnostic.AdditionalLocations[0].SourceTree != root.SyntaxTree)
            {
                continue;
            }

            var target = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
            if (diagnostic.Properties.ContainsKey(PartialEncryptionAnalyzer.HoistKey) && target.FirstAncestorOrSelf<IfStatementSyntax>() is { Else: null } ifStatement
                && Guarded(ifStatement) is { } statement)
            {
                context.RegisterCodeFix(CodeAction.Create(Title, ct => HoistAsync(context.Document, ifStatement, statement, ct), EquivalenceKey), diagnostic);
            }
            else if (diagnostic.Properties.TryGetValue(Fixes.ReplacementKey, out var replacement) && replacement is not null && target is ExpressionSyntax value)
            {
                context.RegisterCodeFix(CodeAction.Create(Title, ct => ReplaceExpressionFixer.ReplaceAsync(context.Document, value, replacement, ct), EquivalenceKey), diagnostic);
            }
        }
    }

    private static StatementSyntax? Guarded(IfStatementSyntax ifStatement) => ifStatement.Statement switch
    {
        BlockSyntax { Statements.Count: 1 } block => block.Statements[0],
        BlockSyntax => null,
        var single => single,
    };

    /// <summary>Replaces the if statement with the statement it guards, keeping the if's leading and trailing trivia.</summary>
    private static async Task<Document> HoistAsync(Document document, IfStatementSyntax ifStatement, StatementSyntax statement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var hoisted = statement.WithLeadingTrivia(ifStatement.GetLeadingTrivia()).WithTrailingTrivia(ifStatement.GetTrailingTrivia());
        return document.WithSyntaxRoot(root!.ReplaceNode(ifStatement, hoisted));
    }
}
