using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The one call boundary the rules cross: what a method of the application, declared in the same file as the call,
/// does with what it is given and what it gives back — the properties it sets on each parameter, whether a parameter
/// escapes (stored, aliased, handed on to other code), and the values it returns (<c>BuildCreateTableRequest()</c>,
/// <c>ApplyEncryption(request)</c>, <c>CreateClient()</c>). Computed once per method from its <see cref="MethodFacts"/>.
/// Not followed: deeper chains (a helper's own helpers are "escapes"), virtual, abstract and interface methods, and
/// methods in another file or assembly, whose body the IDE does not bind when it analyzes this document.
/// </summary>
internal sealed class MethodSummary
{
    private static readonly ConditionalWeakTable<IOperation, MethodSummary> Cache = new();

    private readonly ImmutableArray<ParameterUse> _parameters;

    private MethodSummary(IMethodSymbol method, IOperation body)
    {
        var facts = MethodFacts.Of(body);
        var parameters = ImmutableArray.CreateBuilder<ParameterUse>(method.Parameters.Length);
        foreach (var parameter in method.Parameters)
        {
            parameters.Add(ParameterUse.Of(facts, parameter));
        }

        _parameters = parameters.MoveToImmutable();
        var returned = ImmutableArray.CreateBuilder<IOperation>();
        foreach (IReturnOperation @return in facts.OfKind(OperationKind.Return))
        {
            if (@return.ReturnedValue is { } value && ReturnsFrom(@return, body))
            {
                returned.AddRange(Values.Leaves(value));
            }
        }

        Returned = returned.ToImmutable();
    }

    /// <summary>The expressions the method can return, through its locals (an expression body counts as one return).</summary>
    public ImmutableArray<IOperation> Returned { get; }

    /// <summary>What the method does with the parameter of <paramref name="argument"/>; null when the argument is not the method's own (params, extension receiver mismatch).</summary>
    public ParameterUse? Use(IArgumentOperation argument) =>
        argument.Parameter is { Ordinal: var ordinal } && ordinal < _parameters.Length && argument.ArgumentKind != ArgumentKind.ParamArray ? _parameters[ordinal] : null;

    /// <summary>The summary of the method <paramref name="call"/> runs, when it is one the boundary follows.</summary>
    public static MethodSummary? Of(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (method.IsAbstract || method.IsVirtual || (method.IsOverride && !method.IsSealed) || method.IsExtern
            || method.ContainingType?.TypeKind == TypeKind.Interface || call.SemanticModel is not { } model)
        {
            return null;
        }

        foreach (var reference in method.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == model.SyntaxTree && model.GetOperation(reference.GetSyntax()) is { } body && IsBody(body))
            {
                return Cache.GetValue(body, _ => new MethodSummary(method.OriginalDefinition, body));
            }
        }

        return null;
    }

    /// <summary>
    /// The calls of <paramref name="method"/> in this file: in the type's declaration here (in the enclosing method for a
    /// local function). Null when the method is used as a delegate here, so it may be called from anywhere.
    /// </summary>
    public static IReadOnlyList<IInvocationOperation>? CallsInFile(IMethodSymbol method, SemanticModel model)
    {
        var scope = (method.MethodKind == MethodKind.LocalFunction ? method.ContainingSymbol : method.ContainingType) is { } container
            ? container.DeclaringSyntaxReferences.FirstOrDefault(reference => reference.SyntaxTree == model.SyntaxTree)?.GetSyntax()
            : null;
        if (scope is null)
        {
            return Array.Empty<IInvocationOperation>();
        }

        var calls = new List<IInvocationOperation>();
        foreach (var node in scope.DescendantNodes())
        {
            // Bind only the calls whose name is the method's (m(…), this.m(…), Type.m(…)).
            if (node is InvocationExpressionSyntax { Expression: var callee }
                && (callee is SimpleNameSyntax { Identifier.ValueText: var name } ? name : (callee as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText) == method.Name
                && model.GetOperation(node) is IInvocationOperation call
                && SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, method.OriginalDefinition))
            {
                calls.Add(call);
            }
            else if (node is IdentifierNameSyntax { Identifier.ValueText: var reference } && reference == method.Name && node.Parent is not InvocationExpressionSyntax
                && node.Parent is not MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax })
            {
                return null; // used as a delegate: called from anywhere
            }
        }

        return calls;
    }

    /// <summary>A method's own body (not a partial declaration without one): a method body, a local function, an expression body.</summary>
    private static bool IsBody(IOperation operation) => operation is IMethodBodyOperation or ILocalFunctionOperation or IBlockOperation;

    /// <summary>True when <paramref name="return"/> leaves the summarized method itself, not a lambda or local function inside it.</summary>
    private static bool ReturnsFrom(IOperation @return, IOperation body)
    {
        for (var current = @return.Parent; current is not null; current = current.Parent)
        {
            if (current == body)
            {
                return true;
            }

            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return false;
    }
}

/// <summary>What a summarized method does with one of its parameters.</summary>
internal sealed class ParameterUse
{
    private ParameterUse(Dictionary<string, IOperation> assigned, bool escapes)
    {
        Assigned = assigned;
        Escapes = escapes;
    }

    /// <summary>The properties the method sets on the object it is given (<c>request.ServerSideEncryptionMethod = …</c>), last value seen.</summary>
    public IReadOnlyDictionary<string, IOperation> Assigned { get; }

    /// <summary>
    /// True when the object may be changed where the summary does not look: the parameter is replaced, aliased, stored,
    /// returned, or handed to code other than the AWS SDK and .NET.
    /// </summary>
    public bool Escapes { get; }

    public static ParameterUse Of(MethodFacts facts, IParameterSymbol parameter)
    {
        var symbol = facts.Of(parameter);
        var assigned = new Dictionary<string, IOperation>();
        var escapes = symbol.WholeWrites > 0 || parameter.RefKind != RefKind.None;
        foreach (var operation in symbol.Events)
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property, Value: var value })
            {
                assigned[property.Property.Name] = value;
            }
        }

        foreach (var read in symbol.Reads)
        {
            escapes |= Values.Outer(read).Parent switch
            {
                // request.Property (read, or the target of an assignment the events hold), request.Method(…)
                IPropertyReferenceOperation or IInvocationOperation { Instance: not null } => false,
                IArgumentOperation argument => MethodFacts.HandsOn(argument),
                IExpressionStatementOperation => false,
                _ => true,
            };
        }

        return new ParameterUse(assigned, escapes);
    }
}
