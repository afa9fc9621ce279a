using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ResponsibilityAnalyzers.Core;

/// <summary>Where rules report an object creation.</summary>
internal static class Creations
{
    /// <summary>Where a creation is reported: <c>new Type(…)</c>, without the initializer, which may run over many lines.</summary>
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
