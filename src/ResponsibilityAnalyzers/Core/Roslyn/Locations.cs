using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ResponsibilityAnalyzers.Core;

/// <summary>Where rules put their diagnostics when the finding is about a whole object rather than one value.</summary>
internal static class Locations
{
    /// <summary>
    /// <c>new Type(…)</c> of an object creation, without its initializer (which may run over many lines): where a rule
    /// reports a property the object lacks.
    /// </summary>
    public static Location Head(IObjectCreationOperation creation)
    {
        var syntax = creation.Syntax;
        SyntaxNode? end = syntax switch
        {
            ObjectCreationExpressionSyntax { Initializer: not null } explicitType => (SyntaxNode?)explicitType.ArgumentList ?? explicitType.Type,
            ImplicitObjectCreationExpressionSyntax { Initializer: not null } implicitType => implicitType.ArgumentList,
            _ => null,
        };
        return end is null ? syntax.GetLocation() : Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(syntax.SpanStart, end.Span.End));
    }
}
