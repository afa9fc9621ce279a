using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Credentials;

/// <summary>
/// SRM6001: calls the same constructor without the key arguments, so the SDK's default credential chain supplies
/// credentials: <c>new AmazonS3Client("AKIA…", "…", region)</c> becomes <c>new AmazonS3Client(region)</c>, and
/// <c>new AmazonS3Client(new BasicAWSCredentials("AKIA…", "…"), config)</c> becomes <c>new AmazonS3Client(config)</c>.
/// The region and config arguments stay. The analyzer offers it only where the SDK has that overload; never for a
/// BasicAWSCredentials kept in a variable.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedCredentialsFixer))]
[Shared]
public sealed class HardCodedCredentialsFixer : CodeFixProvider
{
    public const string EquivalenceKey = "SRM6001.UseDefaultCredentialChain";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SRM6001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(Fixes.RemoveArgumentsKey, out var positions) || positions is null
                || diagnostic.AdditionalLocations.Count == 0
                || root?.FindNode(diagnostic.AdditionalLocations[0].SourceSpan) is not BaseObjectCreationExpressionSyntax { ArgumentList: { } list } creation)
            {
                continue;
            }

            var removed = new HashSet<int>();
            foreach (var position in positions.Split(','))
            {
                if (!int.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= list.Arguments.Count)
                {
                    removed.Clear();
                    break;
                }

                removed.Add(index);
            }

            if (removed.Count == 0)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Use the default credential chain", ct => RemoveAsync(context.Document, creation, removed, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> RemoveAsync(Document document, BaseObjectCreationExpressionSyntax creation, HashSet<int> removed, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var arguments = creation.ArgumentList!.Arguments;
        var kept = Enumerable.Range(0, arguments.Count).Where(i => !removed.Contains(i)).ToList();
        var nodes = kept.Select(i => arguments[i]).ToList();

        // The first argument left takes the place, and the line layout, of the first one there was.
        if (nodes.Count > 0 && kept[0] != 0)
        {
            nodes[0] = nodes[0].WithLeadingTrivia(arguments[0].GetLeadingTrivia());
        }

        var separators = kept.Take(nodes.Count - 1)
            .Select(i => i < arguments.SeparatorCount ? arguments.GetSeparator(i) : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        var newList = creation.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(nodes, separators));
        return document.WithSyntaxRoot(root!.ReplaceNode(creation.ArgumentList, newList));
    }
}
