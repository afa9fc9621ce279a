using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// A rule that judges whole method bodies (a request built over several statements, reported where its parts are
/// written, which the IDE keeps when the action is the method's) but only the methods that create one of its types:
/// the others cost one type comparison per object creation, and no fact index is built for them.
/// </summary>
internal static class BlockCreations
{
    public static void Register(
        CompilationStartAnalysisContext context,
        Func<ITypeSymbol, bool> relevant,
        Action<OperationBlockAnalysisContext, IReadOnlyList<IObjectCreationOperation>> check)
    {
        context.RegisterOperationBlockStartAction(start =>
        {
            var creations = new List<IObjectCreationOperation>();
            start.RegisterOperationAction(
                operation =>
                {
                    if (operation.Operation.Type is { } type && relevant(type))
                    {
                        lock (creations)
                        {
                            creations.Add((IObjectCreationOperation)operation.Operation);
                        }
                    }
                },
                OperationKind.ObjectCreation);
            start.RegisterOperationBlockEndAction(end =>
            {
                if (creations.Count > 0)
                {
                    check(end, creations.OrderBy(creation => creation.Syntax.SpanStart).ToList());
                }
            });
        });
    }
}
