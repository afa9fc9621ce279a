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

    /// <summary>
    /// <c>collect</c> runs on the operations of the given kinds (creations, assignments, calls), and <c>decide</c> also
    /// learns which members of the type the type calls itself (<see cref="TypeCalls"/>). Only types whose files write
    /// one of <paramref name="triggers"/> (the operations or request types whose findings <c>decide</c> reports) are
    /// followed: for the others the driver is asked for nothing, which is most of the cost of a per-type rule.
    /// </summary>
    public static void RegisterOperations<T>(
        CompilationStartAnalysisContext context,
        string[] triggers,
        Func<IOperation, T?> collect,
        Action<SymbolAnalysisContext, ImmutableArray<T>, TypeCalls> decide,
        params OperationKind[] kinds)
        where T : class
    {
        var withInvocations = kinds.Contains(OperationKind.Invocation) ? kinds : kinds.Concat(new[] { OperationKind.Invocation }).ToArray();
        context.RegisterSymbolStartAction(
            start =>
            {
                var type = start.Symbol;
                if (!Identifiers.AnyWritten(type, triggers))
                {
                    return;
                }

                var found = new ConcurrentQueue<T>();
                var called = new ConcurrentDictionary<ISymbol, ConcurrentQueue<IInvocationOperation>>(SymbolEqualityComparer.Default);
                start.RegisterOperationAction(
                    operation =>
                    {
                        if (!SymbolEqualityComparer.Default.Equals(operation.ContainingSymbol?.ContainingType, type))
                        {
                            return;
                        }

                        if (operation.Operation is IInvocationOperation invocation && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, type))
                        {
                            called.GetOrAdd(invocation.TargetMethod.OriginalDefinition, _ => new ConcurrentQueue<IInvocationOperation>()).Enqueue(invocation);
                        }

                        if (kinds.Contains(operation.Operation.Kind) && collect(operation.Operation) is { } item)
                        {
                            found.Enqueue(item);
                        }
                    },
                    withInvocations);
                start.RegisterSymbolEndAction(end =>
                {
                    if (!found.IsEmpty)
                    {
                        decide(end, found.ToImmutableArray(), new TypeCalls(called));
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

/// <summary>
/// The members of a type that the type calls itself (<c>Main</c> calling <c>DeleteExampleTable()</c>), and with what:
/// a name a helper takes as a parameter is the name its callers in the type pass.
/// </summary>
internal sealed class TypeCalls
{
    private readonly ConcurrentDictionary<ISymbol, ConcurrentQueue<IInvocationOperation>> _called;

    public TypeCalls(ConcurrentDictionary<ISymbol, ConcurrentQueue<IInvocationOperation>> called) => _called = called;

    public bool Calls(ISymbol member) => _called.ContainsKey(member);

    /// <summary>
    /// The names with a parameter of a method of this type replaced by the names the type's own calls of that method
    /// pass for it (<c>CreateBucketAsync(client, bucketName)</c> called from <c>Main</c> with a local: that local).
    /// A name whose method the type never calls stays as it is.
    /// </summary>
    public ImmutableArray<ResourceName> Bind(ImmutableArray<ResourceName> names)
    {
        if (names.IsDefaultOrEmpty || !names.Any(name => name.Origin is IParameterSymbol))
        {
            return names;
        }

        var bound = ImmutableArray.CreateBuilder<ResourceName>();
        foreach (var name in names)
        {
            if (name.Origin is IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter
                && _called.TryGetValue(method.OriginalDefinition, out var calls))
            {
                foreach (var call in calls)
                {
                    var argument = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameter.Ordinal);
                    bound.AddRange(argument is null ? ImmutableArray.Create(name) : ResourceName.Of(argument.Value));
                }
            }
            else
            {
                bound.Add(name);
            }
        }

        return bound.ToImmutable();
    }
}
