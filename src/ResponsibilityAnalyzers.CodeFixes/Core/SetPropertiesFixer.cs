using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Core;

/// <summary>
/// The fix for rules whose remedy is "set these properties": a reported value is replaced
/// (<see cref="Fixes.ReplacementKey"/>), or the properties the reported object creation leaves unset are added to its
/// initializer (<see cref="Fixes.AddToInitializer(System.Collections.Generic.IEnumerable{System.ValueTuple{string, string}})"/>).
/// Both edits share one equivalence key, so Fix All applies them together.
/// </summary>
public abstract class SetPropertiesFixer : CodeFixProvider
{
    private readonly string _title;
    private readonly string _equivalenceKey;

    private protected SetPropertiesFixer(string diagnosticId, string title, string equivalenceKey)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _title = title;
        _equivalenceKey = equivalenceKey;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

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
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var properties = diagnostic.Properties;
            if (properties.TryGetValue(Fixes.ReplacementKey, out var replacement) && replacement is not null && node is ExpressionSyntax expression)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(_title, ct => ReplaceExpressionFixer.ReplaceAsync(context.Document, expression, replacement, ct), _equivalenceKey),
                    diagnostic);
            }
            else if (properties.TryGetValue(Fixes.AddPropertiesKey, out var added) && added is not null
                && properties.TryGetValue(Fixes.AddedValuesKey, out var values) && values is not null
                && node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation)
            {
                var assignments = added.Split(',').Zip(values.Split('\n'), (property, value) => (property, value)).ToList();
                context.RegisterCodeFix(
                    CodeAction.Create(_title, ct => ObjectInitializers.AddPropertiesAsync(context.Document, creation, assignments, ct), _equivalenceKey),
                    diagnostic);
            }
        }
    }
}
