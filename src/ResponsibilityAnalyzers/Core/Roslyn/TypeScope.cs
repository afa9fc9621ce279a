using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// Pairs calls across one type (a create in one method, its protection in another) and still shows live in the IDE:
/// a symbol-start action per named type gathers what <c>collect</c> finds in every invocation of the type's members,
/// lambdas and local functions (nested types are paired on their own), and <c>decide</c> runs when the type is
/// complete. No compilation-end action.
/// </summary>
internal static class TypeScope
{
    public static void RegisterInvocations<T>(
        CompilationStartAnalysisContext context,
        Func<IInvocationOperation, T?> collect,
        Action<SymbolAnalysisContext, ImmutableArray<T>> decide)
        where T : class =>
        RegisterOperations(context, operation => collect((IInvocationOperation)operation), decide, OperationKind.Invocation);

    /// <summary>As <see cref="RegisterInvocations"/>, for operations of the given kinds (creations, assignments, calls).</summary>
    public static void RegisterOperations<T>(
        CompilationStartAnalysisContext context,
        Func<IOperation, T?> collect,
        Action<SymbolAnalysisContext, ImmutableArray<T>> decide,
        params OperationKind[] kinds)
        where T : class
    {
        context.RegisterSymbolStartAction(
            start =>
            {
                var type = start.Symbol;
                var found = new ConcurrentQueue<T>();
                start.RegisterOperationAction(
                    operation =>
                    {
                        if (SymbolEqualityComparer.Default.Equals(operation.ContainingSymbol?.ContainingType, type)
                            && collect(operation.Operation) is { } item)
                        {
                            found.Enqueue(item);
                        }
                    },
                    kinds);
                start.RegisterSymbolEndAction(end =>
                {
                    if (!found.IsEmpty)
                    {
                        decide(end, found.ToImmutableArray());
                    }
                });
            },
            SymbolKind.NamedType);
    }

    /// <summary>Locations in source order, so additional locations come out the same on every run.</summary>
    public static Location[] InSourceOrder(params Location[] locations) => locations
        .OrderBy(location => location.SourceTree?.FilePath, StringComparer.Ordinal)
        .ThenBy(location => location.SourceSpan.Start)
        .ToArray();
}
