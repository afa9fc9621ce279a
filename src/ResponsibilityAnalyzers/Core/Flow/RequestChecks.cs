using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The two ways rules look at AWS requests: each value given to one property (reported where it is written, so the
/// light bulb finds it), and each request created (for what it lacks, reported at its <c>new</c>). Neither calls the
/// rule for a request sent only through clients of a store that is not AWS (<see cref="ClientEndpoints"/>).
/// </summary>
internal static class RequestChecks
{
    /// <summary>Calls <paramref name="check"/> for every assignment to <paramref name="property"/> of one of <paramref name="requestTypes"/> (or a type derived from one).</summary>
    public static void OnAssignment(
        CompilationStartAnalysisContext context,
        ImmutableArray<INamedTypeSymbol> requestTypes,
        string property,
        Action<OperationAnalysisContext, IPropertyReferenceOperation, IOperation> check)
    {
        if (requestTypes.IsEmpty)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is IPropertyReferenceOperation target && IsAny(target.Property, property, requestTypes)
                    && !ClientEndpoints.For(AwsTypes.For(operation.Compilation)).IsWrittenForNotAws(assignment, operation.Options))
                {
                    check(operation, target, assignment.Value);
                }
            },
            OperationKind.SimpleAssignment);
    }

    /// <summary>
    /// Calls <paramref name="check"/> for every creation of one of <paramref name="requestTypes"/>, with its
    /// <see cref="RequestState"/>; not for a creation whose local is later given another object (that one is checked).
    /// </summary>
    public static void OnCreation(
        CompilationStartAnalysisContext context,
        ImmutableArray<INamedTypeSymbol> requestTypes,
        Action<OperationAnalysisContext, IObjectCreationOperation, RequestState> check)
    {
        if (requestTypes.IsEmpty)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (creation.Type is INamedTypeSymbol type && requestTypes.Contains(type, SymbolEqualityComparer.Default)
                    && RequestState.Of(creation) is { } state && state.Creation == creation
                    && !ClientEndpoints.For(AwsTypes.For(operation.Compilation)).IsSentToNotAws(creation, operation.Options))
                {
                    check(operation, creation, state);
                }
            },
            OperationKind.ObjectCreation);
    }

    /// <summary>True when <paramref name="property"/> is named <paramref name="name"/> and declared by (or overrides one of) <paramref name="types"/>.</summary>
    public static bool IsAny(IPropertySymbol property, string name, ImmutableArray<INamedTypeSymbol> types)
    {
        foreach (var type in types)
        {
            if (Symbols.Is(property, type, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The request type's operation name for messages: CreateDBInstanceRequest → CreateDBInstance.</summary>
    public static string Operation(ITypeSymbol? type) =>
        type?.Name is { } name && name.EndsWith("Request", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Request".Length) : type?.Name ?? "the request";
}
