using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The properties an AWS request (or a model object inside one) is given within one method: its object
/// initializer, then assignments to the same local, field or parameter (<c>request.CannedACL = …</c>). The last
/// assignment seen wins; anything set elsewhere is unknown, and rules do not guess about it.
/// </summary>
internal sealed class RequestState
{
    private readonly Dictionary<string, IOperation> _values;
    private readonly ISymbol? _holder;

    private RequestState(IObjectCreationOperation? creation, Dictionary<string, IOperation> values, ISymbol? holder = null)
    {
        Creation = creation;
        _values = values;
        _holder = holder;
    }

    /// <summary>The <c>new XxxRequest { … }</c> this state starts from, when it is in the method.</summary>
    public IObjectCreationOperation? Creation { get; }

    /// <summary>The value last given to <paramref name="property"/>, or null when it is not set in this method.</summary>
    public IOperation? this[string property] => _values.TryGetValue(property, out var value) ? value : null;

    public bool IsSet(string property) => _values.ContainsKey(property);

    /// <summary>The compile-time string of the first of <paramref name="properties"/> that is set (a bucket or table name).</summary>
    public string? ConstantString(params string[] properties)
    {
        foreach (var property in properties)
        {
            if (this[property] is { } value)
            {
                return Values.ConstantString(value);
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="property"/> is provably never set: the object is created in this method, kept (if at
    /// all) in a local, and nothing in the method can set the property out of this state's sight — no assignment to it
    /// through another path or alias (<c>request.MetadataOptions.HttpTokens = …</c>), and neither the object nor
    /// anything of its SDK model namespace (the request holding it, a list of them) handed to code outside the AWS SDK
    /// and .NET, which may set it. A property set elsewhere, or an object built elsewhere, is unknown: false.
    /// </summary>
    public bool IsMissing(string property) =>
        !IsSet(property)
        && Creation is { } creation
        && _holder is null or ILocalSymbol
        && (_holder is not null || StaysInMethod(creation))
        && !MaySetElsewhere(creation, property)
        && !CallerMaySet(creation, property);

    /// <summary>The false or null constants the value of a bool property that must be true can be (nothing when unset or unknown).</summary>
    public IEnumerable<IOperation> FalseOrNullLeaves(string property) =>
        this[property] is { } value ? Values.FalseOrNullLeaves(value) : Enumerable.Empty<IOperation>();

    /// <summary>The state of an object held by a property (<c>Configuration = new PublicAccessBlockConfiguration { … }</c>).</summary>
    public RequestState? Nested(string property) =>
        this[property] is { } value && Values.Unwrap(value) is IObjectCreationOperation creation ? Of(creation) : null;

    /// <summary>The state of the object a property assignment writes to (its initializer's object, or the local/field/parameter).</summary>
    public static RequestState? OfAssignmentTarget(IPropertyReferenceOperation target) => target.Instance switch
    {
        IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } => ImplicitReceiverCreation(target) is { } creation ? Of(creation) : null,
        { } instance => OfValue(instance),
        null => null,
    };

    /// <summary>The state of the object an expression evaluates to: a creation, or a local/field/parameter holding one.</summary>
    public static RequestState? OfValue(IOperation value)
    {
        value = Values.Unwrap(value);
        return value switch
        {
            IObjectCreationOperation creation => Of(creation),
            ILocalReferenceOperation { Local: var local } => OfSymbol(value, local),
            IParameterReferenceOperation { Parameter: var parameter } => OfSymbol(value, parameter),
            IFieldReferenceOperation { Field: var field, Instance: null or IInstanceReferenceOperation } => OfSymbol(value, field),
            _ => null,
        };
    }

    /// <summary>
    /// The state of the request object an SDK call is given (<c>s3.PutBucketAsync(request)</c>); null when the call
    /// takes none. A request the method cannot see into (a parameter, a method's result) has no <see cref="Creation"/>.
    /// </summary>
    public static RequestState? OfRequestArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type is { Name: var name } && name.EndsWith("Request", System.StringComparison.Ordinal))
            {
                return OfValue(argument.Value) ?? new RequestState(null, new Dictionary<string, IOperation>());
            }
        }

        return null;
    }

    /// <summary>True when the request's content is known here: created in this method, or given values in it.</summary>
    public bool IsKnown => Creation is not null || _values.Count > 0;

    /// <summary>The state of a creation: its initializer, plus later assignments when it is stored in a local, field or parameter.</summary>
    public static RequestState Of(IObjectCreationOperation creation)
    {
        var holder = HolderOf(creation);
        return holder is null ? new RequestState(creation, InitializerValues(creation)) : OfSymbol(creation, holder);
    }

    private static RequestState OfSymbol(IOperation anyInMethod, ISymbol holder)
    {
        IObjectCreationOperation? creation = null;
        var values = new Dictionary<string, IOperation>();
        var facts = MethodFacts.Of(anyInMethod).Of(holder);
        var helpers = HelperCalls(facts);
        var next = 0;
        foreach (var operation in facts.Events)
        {
            // A helper of ours that completes the object before this point sets what its summary says.
            for (; next < helpers.Count && helpers[next].Position < operation.Syntax.SpanStart; next++)
            {
                Merge(values, helpers[next].Use);
            }

            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    if (declarator.Initializer is { } initializer && Values.Unwrap(initializer.Value) is IObjectCreationOperation declared)
                    {
                        creation = declared;
                        values = InitializerValues(declared);
                    }

                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property, Value: var value }:
                    values[property.Property.Name] = value;
                    break;
                case ISimpleAssignmentOperation { Value: var value }:
                    // A fresh object replaces everything set before.
                    creation = Values.Unwrap(value) as IObjectCreationOperation;
                    values = creation is null ? new Dictionary<string, IOperation>() : InitializerValues(creation);
                    break;
            }
        }

        for (; next < helpers.Count; next++)
        {
            Merge(values, helpers[next].Use);
        }

        return new RequestState(creation, values, holder);
    }

    /// <summary>The calls to methods of ours (summarized) that the object is handed to and that keep it to themselves, in source order.</summary>
    private static List<(int Position, ParameterUse Use)> HelperCalls(SymbolFacts facts)
    {
        var calls = new List<(int, ParameterUse)>();
        foreach (var read in facts.Reads)
        {
            if (Values.Outer(read).Parent is IArgumentOperation argument && HelperUse(argument) is { Escapes: false } use)
            {
                calls.Add((argument.Syntax.SpanStart, use));
            }
        }

        return calls;
    }

    private static void Merge(Dictionary<string, IOperation> values, ParameterUse use)
    {
        foreach (var assigned in use.Assigned)
        {
            values[assigned.Key] = assigned.Value;
        }
    }

    /// <summary>What a method of ours, called with <paramref name="argument"/>, does with it (see <see cref="MethodSummary"/>).</summary>
    private static ParameterUse? HelperUse(IArgumentOperation argument) =>
        argument.Parent is IInvocationOperation call && MethodSummary.Of(call) is { } summary ? summary.Use(argument) : null;

    /// <summary>
    /// True unless a creation kept in no local lands where other code may change it: a field or property initializer,
    /// or an assignment to a field or to a property of a type outside the AWS SDK.
    /// </summary>
    private static bool StaysInMethod(IObjectCreationOperation creation)
    {
        var current = Values.Outer(creation);

        return current.Parent switch
        {
            IFieldInitializerOperation or IPropertyInitializerOperation => false,
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.ContainingType: var type } } => MethodFacts.IsSdkOrFramework(type),
            ISimpleAssignmentOperation { Target: not ILocalReferenceOperation } => false,
            _ => true,
        };
    }

    /// <summary>
    /// For a request a method returns (<c>BuildCreateTableRequest()</c>): true when a caller in this file sets the
    /// property on the result, hands it on, or keeps it anywhere but a local, or when the method is used as a delegate.
    /// Callers in other files are not seen: the request as the method builds it is what is checked.
    /// </summary>
    private static bool CallerMaySet(IObjectCreationOperation creation, string property)
    {
        var facts = MethodFacts.Of(creation);
        var returned = false;
        foreach (IReturnOperation @return in facts.OfKind(OperationKind.Return))
        {
            returned |= @return.ReturnedValue is { } value && Values.Leaves(value).Contains(creation);
        }

        if (!returned || creation.SemanticModel is not { } model || model.GetEnclosingSymbol(creation.Syntax.SpanStart) is not IMethodSymbol method)
        {
            return false;
        }

        if (MethodSummary.CallsInFile(method, model) is not { } calls)
        {
            return true;
        }

        foreach (var call in calls)
        {
            switch (Values.Outer(call).Parent)
            {
                case IArgumentOperation { Parent: IInvocationOperation } argument when !MethodFacts.HandsOn(argument):
                    continue; // straight into the SDK
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } }
                    when !LocalIsCompleted(MethodFacts.Of(call).Of(local), property):
                    continue;
                case IExpressionStatementOperation:
                    continue;
                default:
                    return true;
            }
        }

        return false;
    }

    /// <summary>A local that is given <paramref name="property"/>, replaced, or handed on past the SDK.</summary>
    private static bool LocalIsCompleted(SymbolFacts local, string property) =>
        local.OtherWrites > 0
        || local.Events.Any(write => write is IAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } && name == property)
        || local.Reads.Any(read => Values.Outer(read).Parent switch
        {
            IArgumentOperation { Parent: IInvocationOperation } argument => MethodFacts.HandsOn(argument),
            IPropertyReferenceOperation => false,
            _ => true,
        });

    private static bool MaySetElsewhere(IObjectCreationOperation creation, string property)
    {
        var facts = MethodFacts.Of(creation);
        foreach (var write in facts.StatementPropertyWrites(property))
        {
            if (write is IAssignmentOperation { Target: IPropertyReferenceOperation target }
                && Symbols.DerivesFrom(creation.Type, target.Property.ContainingType)
                && !IsAnotherObject(target.Instance, creation))
            {
                return true;
            }
        }

        var modelNamespace = creation.Type?.ContainingNamespace;
        foreach (var argument in facts.ArgumentsToOtherCode)
        {
            var type = Values.Unwrap(argument.Value).Type;
            if (InNamespace(type, modelNamespace)
                && !IsAnotherObject(argument.Value, creation)
                && !(Symbols.DerivesFrom(type, creation.Type as INamedTypeSymbol) && HelperUse(argument) is { Escapes: false } use && !use.Assigned.ContainsKey(property)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="instance"/> is certainly another object: another creation, or a local that only ever holds one.</summary>
    private static bool IsAnotherObject(IOperation? instance, IObjectCreationOperation creation)
    {
        IOperation? single = null;
        foreach (var leaf in instance is null ? Enumerable.Empty<IOperation>() : Values.Leaves(instance))
        {
            if (single is not null)
            {
                return false;
            }

            single = leaf;
        }

        return single is IObjectCreationOperation other && other != creation;
    }

    /// <summary>Whether a type, its type arguments or its array element is declared in <paramref name="ns"/> (List&lt;BlockDeviceMapping&gt; → Amazon.EC2.Model).</summary>
    private static bool InNamespace(ITypeSymbol? type, INamespaceSymbol? ns) => type switch
    {
        null => false,
        _ when ns is null || ns.IsGlobalNamespace => false,
        IArrayTypeSymbol array => InNamespace(array.ElementType, ns),
        INamedTypeSymbol { IsGenericType: true } generic when generic.TypeArguments.Any(argument => InNamespace(argument, ns)) => true,
        _ => SymbolEqualityComparer.Default.Equals(type.ContainingNamespace, ns),
    };

    private static Dictionary<string, IOperation> InitializerValues(IObjectCreationOperation creation)
    {
        var values = new Dictionary<string, IOperation>();
        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                {
                    values[property.Property.Name] = assignment.Value;
                }
                else if (member is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation nested })
                {
                    // Options = { Flag = … } fills the object the property already holds: set, to a value not known here.
                    values[nested.Property.Name] = member;
                }
            }
        }

        return values;
    }

    /// <summary>The local or field a creation is stored in (<c>var r = new …</c>, <c>r = new …</c>), if any.</summary>
    private static ISymbol? HolderOf(IObjectCreationOperation creation)
    {
        var current = Values.Outer(creation);

        return current.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == current => local.Local,
            ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field } assignment when assignment.Value == current => field.Field,
            _ => null,
        };
    }

    /// <summary>For <c>new X { Prop = v }</c>, the <c>new X</c> that the implicit receiver of <c>Prop</c> refers to.</summary>
    internal static IObjectCreationOperation? ImplicitReceiverCreation(IOperation target)
    {
        for (var current = target.Parent; current is not null; current = current.Parent)
        {
            if (current is IObjectOrCollectionInitializerOperation initializer)
            {
                return initializer.Parent as IObjectCreationOperation;
            }
        }

        return null;
    }
}
