using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Core;

/// <summary>
/// The one fixer base: reads the diagnostic's <see cref="Remedy"/> and offers one code action per alternative (one when
/// there are none) that applies its edits through <see cref="RemedyEditor"/>. Fix All (document, project, solution)
/// applies every diagnostic's edits of a document in one pass, so edits that meet (properties added to the same
/// initializer, statements inserted after the same statement, a value replaced in an object that gets properties)
/// compose instead of conflicting.
/// </summary>
public abstract class RemedyFixer : CodeFixProvider
{
    private static readonly FixAllProvider FixAll = FixAllProvider.Create(FixDocumentAsync);

    private readonly string _title;
    private readonly ImmutableArray<EditKind> _only;

    private protected RemedyFixer(string title, string equivalenceKey, params string[] diagnosticIds)
        : this(title, equivalenceKey, ImmutableArray<EditKind>.Empty, diagnosticIds)
    {
    }

    /// <summary>A fixer for one form of a rule's remedy (the SDK form inserts a statement, the CDK form sets a property): it offers only remedies made of <paramref name="only"/> edits.</summary>
    private protected RemedyFixer(string title, string equivalenceKey, ImmutableArray<EditKind> only, params string[] diagnosticIds)
    {
        _title = title;
        _only = only;
        EquivalenceKey = equivalenceKey;
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticIds);
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>The equivalence key of the remedy (followed by ".&lt;alternative&gt;" for a remedy with alternatives): stable across the rule's diagnostics.</summary>
    public string EquivalenceKey { get; }

    public sealed override FixAllProvider GetFixAllProvider() => FixAll;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Remedy.Decode(diagnostic.Properties, out _) is not { } remedy
                || (!_only.IsEmpty && remedy.Edits.Any(edit => !_only.Contains(edit.Kind))))
            {
                continue;
            }

            foreach (var choice in Alternatives(remedy))
            {
                var edits = EditsFor(remedy, choice);
                if (RemedyEditor.CanApply(root, diagnostic, edits))
                {
                    var fix = new[] { (diagnostic, edits) };
                    context.RegisterCodeFix(
                        CodeAction.Create(Title(choice, RemedyEditor.Describe(root, diagnostic, edits)), ct => RemedyEditor.ApplyAsync(context.Document, fix, ct), KeyFor(choice)),
                        diagnostic);
                }
            }
        }
    }

    /// <summary>The rule's intent, then what the edit does in the form it does it: "Require IMDSv2 (set RequireImdsv2 = true)".</summary>
    private string Title(string? choice, string? edits) =>
        choice is not null ? "Use " + choice : edits is null ? _title : $"{_title} ({edits})";

    private string KeyFor(string? choice) => choice is null ? EquivalenceKey : EquivalenceKey + "." + choice;

    private static IEnumerable<string?> Alternatives(Remedy remedy) =>
        remedy.Alternatives.IsEmpty ? new string?[] { null } : remedy.Alternatives.Select(choice => (string?)choice);

    private static IReadOnlyList<Edit> EditsFor(Remedy remedy, string? choice) =>
        remedy.Edits.Where(edit => edit.Choice is null || edit.Choice == choice).ToList();

    /// <summary>Every diagnostic of the document whose remedy (in the alternative the key names) still fits the code, in one edit.</summary>
    private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        if (context.CodeFixProvider is not RemedyFixer fixer || diagnostics.IsEmpty)
        {
            return null;
        }

        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }

        var fixes = new List<(Diagnostic, IReadOnlyList<Edit>)>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (Remedy.Decode(diagnostic.Properties, out _) is not { } remedy
                || (!fixer._only.IsEmpty && remedy.Edits.Any(edit => !fixer._only.Contains(edit.Kind))))
            {
                continue;
            }

            // No key: the caller took it from a diagnostic without a fix (dotnet format uses the first diagnostic's first action); the first alternative then.
            var key = context.CodeActionEquivalenceKey;
            var choice = Alternatives(remedy).FirstOrDefault(alternative => key is null || fixer.KeyFor(alternative) == key);
            if (key is not null && fixer.KeyFor(choice) != key)
            {
                continue;
            }

            var edits = EditsFor(remedy, choice);
            if (RemedyEditor.CanApply(root, diagnostic, edits))
            {
                fixes.Add((diagnostic, edits));
            }
        }

        return fixes.Count == 0 ? null : await RemedyEditor.ApplyAsync(document, fixes, context.CancellationToken).ConfigureAwait(false);
    }
}
