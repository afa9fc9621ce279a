using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ResponsibilityAnalyzers.Core;

/// <summary>Where rules put their diagnostics.</summary>
internal static class Locations
{
    /// <summary>
    /// Where a finding about <paramref name="value"/> goes when an operation action on <paramref name="trigger"/> found
    /// it. The IDE analyzes one document at a time and keeps an operation action's finding only when it lies inside the
    /// operation analyzed (the build keeps it anywhere), so a value written in an earlier statement (a local's
    /// initializer, an object built before the request that lists it) would show in the build and never as a squiggle.
    /// A value written inside the trigger is reported itself; any other at the first of <paramref name="path"/> (the
    /// expressions in the trigger it was reached through, innermost first) that lies inside, else at the trigger, with
    /// the value's own location as the one additional location.
    /// </summary>
    public static Site Inside(IOperation trigger, Location value, params IOperation?[] path)
    {
        if (Contains(trigger, value))
        {
            return new Site(value, Array.Empty<Location>());
        }

        foreach (var step in path)
        {
            if (step is not null && Contains(trigger, step.Syntax.GetLocation()))
            {
                return new Site(step.Syntax.GetLocation(), new[] { value });
            }
        }

        return new Site(trigger.Syntax.GetLocation(), new[] { value });
    }

    /// <inheritdoc cref="Inside(IOperation, Location, IOperation?[])"/>
    public static Site Inside(IOperation trigger, IOperation value, params IOperation?[] path) =>
        Inside(trigger, value.Syntax.GetLocation(), path);

    private static bool Contains(IOperation trigger, Location location) =>
        location.SourceTree == trigger.Syntax.SyntaxTree && trigger.Syntax.Span.Contains(location.SourceSpan);

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

/// <summary>Where a diagnostic goes: <see cref="Location"/>, and the value's own location as the one additional location when that lies elsewhere.</summary>
internal readonly struct Site
{
    public Site(Location location, Location[] additional)
    {
        Location = location;
        Additional = additional;
    }

    public Location Location { get; }

    public Location[] Additional { get; }

    /// <summary>True when the value is written elsewhere than where the diagnostic is reported (its location is <c>Additional[0]</c>).</summary>
    public bool Moved => Additional.Length > 0;
}
