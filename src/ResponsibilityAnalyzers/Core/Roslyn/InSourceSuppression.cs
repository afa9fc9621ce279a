using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// One rule id waived in source, the way the compiler reads it: an id in a <c>#pragma warning disable</c> list (a
/// disable with no list waives every rule), or the CheckId of a SuppressMessage / UnconditionalSuppressMessage
/// attribute (the part before the first ':', compared exactly, as the compiler does).
/// </summary>
internal sealed class InSourceSuppression
{
    /// <summary>The compiler's placeholder when Visual Studio writes a suppression for you: no reason at all.</summary>
    private const string PendingJustification = "<Pending>";

    private InSourceSuppression(string form, string? id, bool isJustified, Location location)
    {
        Form = form;
        Id = id;
        IsJustified = isJustified;
        Location = location;
    }

    /// <summary>"#pragma warning disable", "SuppressMessage attribute" or "UnconditionalSuppressMessage attribute".</summary>
    public string Form { get; }

    /// <summary>The waived id; null for a <c>#pragma warning disable</c> without ids, which waives every rule.</summary>
    public string? Id { get; }

    /// <summary>A pragma with a non-empty <c>// comment</c> on its line, or an attribute with a real Justification.</summary>
    public bool IsJustified { get; }

    public bool IsPragma => Form == PragmaForm;

    /// <summary>The id in the pragma's list (the <c>disable</c> keyword for a bare disable), or the attribute.</summary>
    public Location Location { get; }

    public bool Covers(string id) => Id is null || Id == id;

    private const string PragmaForm = "#pragma warning disable";

    /// <summary>
    /// Calls <paramref name="found"/> for every suppression as the code is analyzed (in the IDE as well as the build):
    /// a syntax-tree action reads the pragmas, a syntax-node action reads the attributes. Attributes are read through
    /// the syntax node because the compiler raises no attribute operation for the attributes of local functions and
    /// lambdas; the node action covers them, members, parameters and assembly/module attributes alike. An attribute is
    /// bound only when its syntax can be a SuppressMessage (its name, or an alias of it) and its check id, when written
    /// as a literal, is one <paramref name="mayReport"/> accepts: attribute-heavy code pays a string comparison, not a bind.
    /// </summary>
    public static void Register(
        CompilationStartAnalysisContext context,
        AwsTypes types,
        Func<string, SyntaxTree, AnalyzerOptions, bool> mayReport,
        Action<InSourceSuppression, AnalyzerOptions, Action<Diagnostic>> found)
    {
        context.RegisterSyntaxTreeAction(tree =>
        {
            foreach (var suppression in Pragmas(tree.Tree, tree.CancellationToken))
            {
                found(suppression, tree.Options, tree.ReportDiagnostic);
            }
        });

        var suppressMessage = types[AwsType.SuppressMessageAttribute];
        var unconditional = types[AwsType.UnconditionalSuppressMessageAttribute];
        if (suppressMessage is null && unconditional is null)
        {
            return;
        }

        var aliases = new AttributeAliases(context.Compilation);
        context.RegisterSyntaxNodeAction(
            node =>
            {
                var attribute = (AttributeSyntax)node.Node;
                if (!aliases.MayName(attribute)
                    || CheckIdLiteral(attribute) is { } literal && !mayReport(IdOf(literal), attribute.SyntaxTree, node.Options))
                {
                    return;
                }

                var attributeType = (node.SemanticModel.GetSymbolInfo(attribute, node.CancellationToken).Symbol as IMethodSymbol)?.ContainingType;
                if (attributeType is null
                    || !(SymbolEqualityComparer.Default.Equals(attributeType, suppressMessage) || SymbolEqualityComparer.Default.Equals(attributeType, unconditional))
                    || node.SemanticModel.GetOperation(attribute, node.CancellationToken) is not IAttributeOperation { Operation: IObjectCreationOperation creation }
                    || FromAttribute(attributeType.Name, creation, attribute.GetLocation()) is not { } suppression)
                {
                    return;
                }

                found(suppression, node.Options, node.ReportDiagnostic);
            },
            SyntaxKind.Attribute);
    }

    private static string IdOf(string checkId)
    {
        var separator = checkId.IndexOf(':');
        return separator < 0 ? checkId : checkId.Substring(0, separator);
    }

    /// <summary>The second positional argument (checkId) when it is a string literal; null when absent or computed.</summary>
    private static string? CheckIdLiteral(AttributeSyntax attribute)
    {
        if (attribute.ArgumentList is not { } list)
        {
            return null;
        }

        var position = 0;
        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals is not null)
            {
                continue;
            }

            var isCheckId = argument.NameColon is { } colon ? colon.Name.Identifier.ValueText == "checkId" : position == 1;
            position++;
            if (isCheckId)
            {
                return argument.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                    ? literal.Token.ValueText
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The names an attribute of ours can be written with: SuppressMessage and UnconditionalSuppressMessage (with or
    /// without the Attribute suffix, qualified or not) and any using alias whose target ends in one of those names.
    /// </summary>
    private sealed class AttributeAliases
    {
        private static readonly ImmutableHashSet<string> Names = ImmutableHashSet.Create(
            StringComparer.Ordinal, "SuppressMessage", "SuppressMessageAttribute", "UnconditionalSuppressMessage", "UnconditionalSuppressMessageAttribute");

        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<SyntaxTree, ImmutableHashSet<string>> _fileAliases = new();
        private ImmutableHashSet<string>? _globalAliases;

        public AttributeAliases(Compilation compilation) => _compilation = compilation;

        public bool MayName(AttributeSyntax attribute)
        {
            var name = RightmostName(attribute.Name);
            return Names.Contains(name)
                || GlobalAliases().Contains(name)
                || _fileAliases.GetOrAdd(attribute.SyntaxTree, tree => AliasesIn(tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>(), global: false)).Contains(name);
        }

        private ImmutableHashSet<string> GlobalAliases() =>
            _globalAliases ??= AliasesIn(_compilation.SyntaxTrees.SelectMany(tree => ((CompilationUnitSyntax)tree.GetRoot()).Usings), global: true);

        private static ImmutableHashSet<string> AliasesIn(IEnumerable<UsingDirectiveSyntax> usings, bool global)
        {
            var aliases = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var directive in usings)
            {
                if (directive.Alias is { } alias && directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) == global
                    && directive.Name is { } target && Names.Contains(RightmostName(target)))
                {
                    aliases.Add(alias.Name.Identifier.ValueText);
                    aliases.Add(alias.Name.Identifier.ValueText + "Attribute");
                }
            }

            return aliases.ToImmutable();
        }

        private static string RightmostName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
    }

    private static IEnumerable<InSourceSuppression> Pragmas(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        if (!root.ContainsDirectives)
        {
            yield break;
        }

        var pragmas = new List<PragmaWarningDirectiveTriviaSyntax>();
        PragmasIn(root, pragmas);
        foreach (var pragma in pragmas)
        {
            if (!pragma.IsActive
                || !pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword))
            {
                continue;
            }

            var justified = HasReason(pragma);
            if (pragma.ErrorCodes.Count == 0)
            {
                yield return new InSourceSuppression(PragmaForm, null, justified, pragma.DisableOrRestoreKeyword.GetLocation());
                continue;
            }

            // Numeric codes are compiler warnings (168 is CS0168); analyzer ids are identifiers, matched exactly.
            foreach (var code in pragma.ErrorCodes)
            {
                if (code is IdentifierNameSyntax { Identifier.ValueText: { Length: > 0 } id })
                {
                    yield return new InSourceSuppression(PragmaForm, id, justified, code.GetLocation());
                }
            }
        }
    }

    /// <summary>
    /// The <c>#pragma warning</c> directives under <paramref name="node"/>, descending only into the nodes and tokens
    /// that hold a directive (GetNextDirective would visit every token after a lone <c>#nullable disable</c> at the top).
    /// </summary>
    private static void PragmasIn(SyntaxNode node, List<PragmaWarningDirectiveTriviaSyntax> found)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (!child.ContainsDirectives)
            {
                continue;
            }

            if (child.AsNode() is { } inner)
            {
                PragmasIn(inner, found);
                continue;
            }

            foreach (var trivia in child.AsToken().LeadingTrivia)
            {
                if (trivia.GetStructure() is PragmaWarningDirectiveTriviaSyntax pragma)
                {
                    found.Add(pragma);
                }
            }
        }
    }

    /// <summary>A <c>// comment</c> with some text on the pragma's own line (a <c>/* */</c> comment is not allowed there).</summary>
    private static bool HasReason(PragmaWarningDirectiveTriviaSyntax pragma)
    {
        foreach (var trivia in pragma.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && trivia.ToString().Substring(2).Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static InSourceSuppression? FromAttribute(string attributeName, IObjectCreationOperation creation, Location location)
    {
        string? checkId = null;
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 1 && argument.Value.ConstantValue is { HasValue: true, Value: string value })
            {
                checkId = value;
            }
        }

        if (checkId is null)
        {
            return null;
        }

        var id = IdOf(checkId);

        string? justification = null;
        if (creation.Initializer is { } initializer)
        {
            foreach (var assignment in initializer.Initializers)
            {
                if (assignment is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Justification" }, Value.ConstantValue: { HasValue: true, Value: string text } })
                {
                    justification = text;
                }
            }
        }

        var justified = justification is not null && justification.Trim().Length > 0 && justification.Trim() != PendingJustification;
        var form = attributeName.EndsWith("Attribute", StringComparison.Ordinal) ? attributeName.Substring(0, attributeName.Length - "Attribute".Length) : attributeName;
        return new InSourceSuppression(form + " attribute", id, justified, location);
    }
}
