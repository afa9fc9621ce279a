using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibilityAnalyzers.CodeFixes.Core;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest;

/// <summary>
/// SRM2004 "Use the required server-side encryption": a weaker ServerSideEncryptionMethod becomes the required one; a
/// request without one gets it (and the srm.kms_key_id key); a CreateTable without SSESpecification gets one with a KMS
/// key; an SSESpecification without KMSMasterKeyId gets the configured key.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SseBelowPolicyFixer))]
[Shared]
public sealed class SseBelowPolicyFixer : CodeFixProvider
{
    public const string Title = "Use the required server-side encryption";

    public const string EquivalenceKey = "SRM2004.RequiredEncryption";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SRM2004");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var properties = diagnostic.Properties;
            if (properties.TryGetValue(Fixes.ReplacementKey, out var replacement) && replacement is not null && node is ExpressionSyntax expression)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => ReplaceExpressionFixer.ReplaceAsync(context.Document, expression, replacement, ct), EquivalenceKey),
                    diagnostic);
            }
            else if (properties.TryGetValue(Fixes.AddPropertiesKey, out var added) && added is not null
                && properties.TryGetValue(Fixes.AddedValuesKey, out var values) && values is not null
                && node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation)
            {
                var assignments = added.Split(',').Zip(values.Split('\n'), (property, value) => (property, value)).ToList();
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => ObjectInitializers.AddPropertiesAsync(context.Document, creation, assignments, ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
