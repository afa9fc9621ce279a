using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Rules.ClientSideEncryption;

namespace ResponsibilityAnalyzers.CodeFixes.ClientSideEncryption;

/// <summary>SRM2007 "Use ReEncrypt": the Encrypt call becomes the ReEncrypt the analyzer wrote out, and the Decrypt statement goes.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlaintextRoundTripFixer))]
[Shared]
public sealed class PlaintextRoundTripFixer : CodeFixProvider
{
    public const string Title = "Use ReEncrypt";

    public const string EquivalenceKey = "SRM2007.ReEncrypt";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SRM2007");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null
                || !diagnostic.Properties.TryGetValue(Fixes.ReplacementKey, out var replacement) || replacement is null
                || !diagnostic.Properties.ContainsKey(PlaintextRoundTripAnalyzer.RemoveKey)
                || diagnostic.AdditionalLocations.Count == 0
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax encrypt
                || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan) is not StatementSyntax decrypt)
            {
                continue;
            }

            context.RegisterCodeFix(CodeAction.Create(Title, ct => ReEncryptAsync(context.Document, encrypt, decrypt, replacement, ct), EquivalenceKey), diagnostic);
        }
    }

    private static async Task<Document> ReEncryptAsync(Document document, ExpressionSyntax encrypt, StatementSyntax decrypt, string replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var parsed = SyntaxFactory.ParseExpression(replacement);
        var reEncrypt = parsed.ReplaceNodes(parsed.DescendantNodes(), (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithTriviaFrom(encrypt)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        var tracked = root!.TrackNodes(encrypt, decrypt);
        tracked = tracked.ReplaceNode(tracked.GetCurrentNode(encrypt)!, reEncrypt);
        tracked = tracked.RemoveNode(tracked.GetCurrentNode(decrypt)!, SyntaxRemoveOptions.KeepNoTrivia)!;
        return document.WithSyntaxRoot(tracked);
    }
}
