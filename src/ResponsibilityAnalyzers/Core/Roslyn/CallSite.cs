using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>How a statement waits for an SDK call: the follow-up call a fix inserts must wait the same way.</summary>
internal enum CallForm
{
    /// <summary>The result is not waited for here (returned, stored as a Task, fire-and-forget): nothing may follow it safely.</summary>
    NotWaited,

    /// <summary><c>await client.XAsync(…)</c>, with or without ConfigureAwait.</summary>
    Awaited,

    /// <summary><c>client.XAsync(…).GetAwaiter().GetResult()</c>, <c>.Wait()</c> or <c>.Result</c>.</summary>
    Blocked,

    /// <summary><c>client.X(…)</c>: the synchronous method (AWS SDK builds for .NET Framework only).</summary>
    Synchronous,
}

/// <summary>
/// An SDK call as written in a method: the statement it stands in, how it is waited for, and the pieces of it a code
/// fix can reuse (client, request, cancellation token) when they are plain references that read the same later.
/// </summary>
internal sealed class CallSite
{
    private CallSite(IInvocationOperation invocation, IOperation statement, CallForm form)
    {
        Invocation = invocation;
        Statement = statement;
        Form = form;
    }

    public IInvocationOperation Invocation { get; }

    /// <summary>The statement of a block (or top-level statement) that holds the call.</summary>
    public IOperation Statement { get; }

    public CallForm Form { get; }

    /// <summary>The call in its block, or null when it is not in a statement list (expression-bodied member, field initializer).</summary>
    public static CallSite? Of(IInvocationOperation invocation)
    {
        var statement = StatementOf(invocation);
        return statement is null ? null : new CallSite(invocation, statement, FormOf(invocation));
    }

    /// <summary>The source text of the client the call is made on, when it is a plain reference (<c>this</c> for an implicit one).</summary>
    private string? ClientText => Invocation.Instance switch
    {
        IInstanceReferenceOperation { IsImplicit: true } => "this",
        { } instance => PlainText(instance),
        null => null,
    };

    /// <summary>The position in the argument list of the cancellation token passed explicitly, when it is a plain reference (a follow-up call passes it on).</summary>
    public int? CancellationTokenArgument
    {
        get
        {
            foreach (var argument in Invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.Explicit
                    && argument.Parameter?.Type is { Name: "CancellationToken", ContainingNamespace.Name: "Threading" }
                    && PlainText(argument.Value) is not null
                    && argument.Syntax is ArgumentSyntax { Parent: ArgumentListSyntax list } syntax)
                {
                    return list.Arguments.IndexOf(syntax);
                }
            }

            return null;
        }
    }

    /// <summary>The statements of the same block or switch section that follow this one.</summary>
    public IEnumerable<IOperation> FollowingStatements()
    {
        var statements = Statement.Parent switch
        {
            IBlockOperation block => block.Operations,
            ISwitchCaseOperation section => section.Body,
            _ => System.Collections.Immutable.ImmutableArray<IOperation>.Empty,
        };
        var seen = false;
        foreach (var operation in statements)
        {
            if (seen)
            {
                yield return operation;
            }

            seen |= operation == Statement;
        }
    }

    /// <summary>
    /// True when a call to <paramref name="operation"/> on the same client can follow this one, waited for the same way
    /// (<see cref="Form"/>): the call is waited for, its client is a plain reference, and a synchronous call has a
    /// synchronous <paramref name="operation"/>.
    /// </summary>
    public bool CanFollowUp(string operation) => ClientText is not null && Form switch
    {
        CallForm.Awaited or CallForm.Blocked => true,
        CallForm.Synchronous => HasSynchronous(operation),
        _ => false,
    };

    /// <summary>
    /// A name for a local declared by a statement inserted after this one: <paramref name="wanted"/>, or wanted2,
    /// wanted3 …, whichever no enclosing scope (block, loop, using, catch, switch section, lambda or method parameters)
    /// already declares. Sibling statements may reuse it: their scopes do not overlap.
    /// </summary>
    public string FreshLocalName(string wanted)
    {
        var taken = new HashSet<string>();
        for (var scope = Statement.Parent; scope is not null; scope = scope.Parent)
        {
            var locals = scope switch
            {
                IBlockOperation block => block.Locals,
                ILoopOperation loop => loop.Locals,
                ICatchClauseOperation clause => clause.Locals,
                IUsingOperation @using => @using.Locals,
                ISwitchCaseOperation @case => @case.Locals,
                _ => default,
            };
            if (!locals.IsDefault)
            {
                foreach (var local in locals)
                {
                    taken.Add(local.Name);
                }
            }

            if (scope is IAnonymousFunctionOperation { Symbol: var lambda })
            {
                foreach (var parameter in lambda.Parameters)
                {
                    taken.Add(parameter.Name);
                }
            }
            else if (scope is ILocalFunctionOperation { Symbol: var function })
            {
                foreach (var parameter in function.Parameters)
                {
                    taken.Add(parameter.Name);
                }
            }
        }

        if (Invocation.SemanticModel?.GetEnclosingSymbol(Invocation.Syntax.SpanStart) is { } enclosing)
        {
            for (ISymbol? symbol = enclosing; symbol is IMethodSymbol method; symbol = method.ContainingSymbol)
            {
                foreach (var parameter in method.Parameters)
                {
                    taken.Add(parameter.Name);
                }
            }
        }

        var name = wanted;
        for (var i = 2; taken.Contains(name); i++)
        {
            name = wanted + i;
        }

        return name;
    }

    /// <summary>
    /// The source of a value that reads the same anywhere later in the method: a constant, a local, a parameter, or
    /// a field or property of this object, a static one, or one of those (<c>_settings.Bucket</c>). Null for anything
    /// that computes (calls, interpolations, indexers), which a fix must not evaluate twice.
    /// </summary>
    public static string? PlainText(IOperation value)
    {
        var unwrapped = Values.Unwrap(value);

        // An implicit operation (a default argument, an implicit receiver) has no source text of its own.
        if (!unwrapped.IsImplicit && (unwrapped.ConstantValue.HasValue || IsPlainReference(unwrapped)))
        {
            return unwrapped.Syntax.ToString();
        }

        return null;
    }

    private static bool IsPlainReference(IOperation operation) => operation switch
    {
        ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation => true,
        IFieldReferenceOperation { Instance: var instance } => instance is null || IsPlainReference(Values.Unwrap(instance)),
        IPropertyReferenceOperation { Arguments.IsEmpty: true, Instance: var instance } => instance is null || IsPlainReference(Values.Unwrap(instance)),
        _ => false,
    };

    private bool HasSynchronous(string operation)
    {
        var client = Invocation.Instance?.Type ?? Invocation.TargetMethod.ContainingType;
        foreach (var type in Self(client))
        {
            foreach (var member in type.GetMembers(operation))
            {
                if (member is IMethodSymbol { Parameters.Length: 1 })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<ITypeSymbol> Self(ITypeSymbol type)
    {
        yield return type;
        foreach (var implemented in type.AllInterfaces)
        {
            yield return implemented;
        }
    }

    private static IOperation? StatementOf(IOperation operation)
    {
        for (var current = operation; current.Parent is not null; current = current.Parent)
        {
            if (current.Parent is IBlockOperation or ISwitchCaseOperation)
            {
                // Expression bodies (=> call) are implicit statements: there is no statement list to add to.
                return current.IsImplicit ? null : current;
            }

            // A statement that is not in a list (the body of an if or a loop without braces) has no "after" of its own.
            if (current.Syntax is StatementSyntax && !current.IsImplicit)
            {
                return null;
            }
        }

        return null;
    }

    private static CallForm FormOf(IInvocationOperation invocation)
    {
        if (!invocation.TargetMethod.Name.EndsWith("Async", System.StringComparison.Ordinal))
        {
            return CallForm.Synchronous;
        }

        var current = Values.Outer(invocation);

        // task.ConfigureAwait(false)
        if (current.Parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configureAwait && configureAwait.Instance is { } configured && Values.Outer(configured) == current)
        {
            current = Values.Outer(configureAwait);
        }

        return current.Parent switch
        {
            IAwaitOperation => CallForm.Awaited,
            IPropertyReferenceOperation { Property.Name: "Result" } => CallForm.Blocked,
            IInvocationOperation { TargetMethod.Name: "Wait", Arguments.IsEmpty: true } => CallForm.Blocked,
            IInvocationOperation { TargetMethod.Name: "GetAwaiter" } getAwaiter
                when Values.Outer(getAwaiter).Parent is IInvocationOperation { TargetMethod.Name: "GetResult" } => CallForm.Blocked,
            _ => CallForm.NotWaited,
        };
    }
}
