using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The fact index of one method body (or lambda-holding member, or initializer): every operation of it, grouped by
/// kind, and per local, parameter or field what happens to it (declared, assigned, its properties assigned, read).
/// Built in one walk the first time any rule asks, then shared by every rule and every action on the same body, so
/// no rule walks a method per call it looks at: the cost is linear in the method's length.
/// Cached against the operation tree's root, which the analyzer driver hands to every analyzer alike; the table holds
/// its keys weakly, so it keeps no compilation alive, and it is safe under concurrent execution.
/// </summary>
internal sealed class MethodFacts
{
    private static readonly ConditionalWeakTable<IOperation, MethodFacts> Cache = new();
    private static readonly IReadOnlyList<IOperation> None = ImmutableArray<IOperation>.Empty;

    /// <summary>The kinds rules ask for by <see cref="OfKind"/>; the others are not kept, so building the index stays cheap.</summary>
    private static bool IsIndexed(OperationKind kind) => kind is OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.Argument
        or OperationKind.SimpleAssignment or OperationKind.PropertyReference or OperationKind.Return;

    private readonly Dictionary<OperationKind, List<IOperation>> _byKind = new();
    private readonly Dictionary<string, List<IOperation>> _propertyWrites = new();
    private readonly Dictionary<string, List<IOperation>> _statementPropertyWrites = new();
    private readonly List<IArgumentOperation> _argumentsToOtherCode = new();
    private readonly Dictionary<ISymbol, SymbolFacts> _symbols = new(SymbolEqualityComparer.Default);
    private ConcurrentDictionary<(string, object?), object>? _derived;

    private MethodFacts(IOperation root)
    {
        Root = root;
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (IsIndexed(operation.Kind))
            {
                Add(_byKind, operation.Kind, operation);
            }

            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    Symbol(declarator.Symbol).AddEvent(declarator);
                    break;
                case ISimpleAssignmentOperation { Target: var target } assignment:
                    if (target is IPropertyReferenceOperation written)
                    {
                        Add(_propertyWrites, written.Property.Name, assignment);
                    }

                    if (HeldSymbol(target) is { } assigned)
                    {
                        Symbol(assigned).AddEvent(assignment);
                    }
                    else if (target is IPropertyReferenceOperation property && assignment.Parent is not IObjectOrCollectionInitializerOperation)
                    {
                        Add(_statementPropertyWrites, property.Property.Name, assignment);
                        if (property.Instance is { } instance && HeldSymbol(instance) is { } owner)
                        {
                            Symbol(owner).AddEvent(assignment);
                        }
                    }

                    break;
                case IAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    Add(_statementPropertyWrites, property.Property.Name, assignment);
                    break;
                case IArgumentOperation argument when HandsOn(argument):
                    _argumentsToOtherCode.Add(argument);
                    break;
                case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation when HeldSymbol(operation) is { } referenced:
                    var facts = Symbol(referenced);
                    if (IsOtherWrite(operation))
                    {
                        facts.OtherWrites++;
                    }
                    else if (!IsSimpleWrite(operation))
                    {
                        facts.Reads.Add(operation);
                    }

                    break;
            }
        }
    }

    /// <summary>The outermost operation of the body: a method body block, a lambda's enclosing member, an initializer.</summary>
    public IOperation Root { get; }

    /// <summary>The facts of the body that holds <paramref name="anyInMethod"/>, built on first use.</summary>
    public static MethodFacts Of(IOperation anyInMethod) => Cache.GetValue(Values.Root(anyInMethod), root => new MethodFacts(root));

    /// <summary>Every operation of one kind in the body, in source order (parents before their children); only those <see cref="IsIndexed"/> names are kept.</summary>
    public IReadOnlyList<IOperation> OfKind(OperationKind kind) => _byKind.TryGetValue(kind, out var list) ? list : None;

    /// <summary>Every <c>P = …</c> to a property named <paramref name="property"/>, in object initializers and statements, in source order.</summary>
    public IReadOnlyList<IOperation> PropertyWrites(string property) => _propertyWrites.TryGetValue(property, out var list) ? list : None;

    /// <summary>Every assignment to a property named <paramref name="property"/> outside object initializers (<c>x.P = …</c>, <c>x.P ??= …</c>), in source order.</summary>
    public IReadOnlyList<IOperation> StatementPropertyWrites(string property) => _statementPropertyWrites.TryGetValue(property, out var list) ? list : None;

    /// <summary>The arguments handed to code outside the AWS SDK and .NET (the application's own methods, other libraries), which may change what they are given.</summary>
    public IReadOnlyList<IArgumentOperation> ArgumentsToOtherCode => _argumentsToOtherCode;

    /// <summary>What the body does to a local, parameter or field of this object (or a static one); empty facts when nothing.</summary>
    public SymbolFacts Of(ISymbol symbol) => _symbols.TryGetValue(symbol, out var facts) ? facts : SymbolFacts.Empty;

    /// <summary>
    /// A fact derived from this body once and shared (whether it encrypts anything, which locals hold ciphertext …):
    /// <paramref name="compute"/> runs at most a few times under contention, and one result is kept.
    /// </summary>
    public T Derived<T>(string fact, object? configuration, Func<MethodFacts, T> compute)
        where T : notnull
    {
        if (_derived is null)
        {
            System.Threading.Interlocked.CompareExchange(ref _derived, new ConcurrentDictionary<(string, object?), object>(), null);
        }

        return (T)_derived!.GetOrAdd((fact, configuration), _ => compute(this));
    }

    /// <summary>The local, parameter or field (of this object, or static) that <paramref name="operation"/> reads or writes; null for anything else.</summary>
    public static ISymbol? HeldSymbol(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation { ReferenceKind: not InstanceReferenceKind.ImplicitReceiver } } field => field.Field,
        _ => null,
    };

    /// <summary>
    /// True when an argument goes where code the engine cannot see may change it: to a method outside the AWS SDK and
    /// .NET, or into a field's or property's collection (<c>_pending.Add(request)</c>), which outlives the method.
    /// </summary>
    public static bool HandsOn(IArgumentOperation argument) =>
        !IsSdkOrFramework(Callee(argument.Parent)?.ContainingType)
        || argument.Parent is IInvocationOperation { Instance: IFieldReferenceOperation or IPropertyReferenceOperation, TargetMethod.ContainingType: var type }
            && RootNamespace(type) == "System"
            && argument.Value.Type is { IsReferenceType: true };

    /// <summary>A type of the AWS SDK or of .NET (Amazon.*, System.*): code that does not change a request behind the caller's back.</summary>
    public static bool IsSdkOrFramework(ITypeSymbol? type) => RootNamespace(type) is "Amazon" or "System";

    /// <summary>The outermost namespace of <paramref name="type"/> ("System" for System.Collections.Generic.List), without building a string.</summary>
    private static string? RootNamespace(ITypeSymbol? type)
    {
        var ns = type?.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: false } ? ns.Name : null;
    }

    private static IMethodSymbol? Callee(IOperation? call) => call switch
    {
        IInvocationOperation invocation => invocation.TargetMethod,
        IObjectCreationOperation objectCreation => objectCreation.Constructor,
        IPropertyReferenceOperation indexer => indexer.Property.SetMethod ?? indexer.Property.GetMethod,
        _ => null,
    };

    private SymbolFacts Symbol(ISymbol symbol)
    {
        if (!_symbols.TryGetValue(symbol, out var facts))
        {
            facts = new SymbolFacts();
            _symbols.Add(symbol, facts);
        }

        return facts;
    }

    private static void Add<TKey>(Dictionary<TKey, List<IOperation>> map, TKey key, IOperation operation)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = new List<IOperation>();
            map.Add(key, list);
        }

        list.Add(operation);
    }

    /// <summary>The reference is the target of <c>x = …</c>: recorded as an event of x, not as a read.</summary>
    private static bool IsSimpleWrite(IOperation reference) =>
        reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference;

    /// <summary>Writes other than <c>x = …</c>: compound and <c>??=</c> assignments, <c>++</c>, ref/out arguments, deconstruction, declarations by pattern.</summary>
    private static bool IsOtherWrite(IOperation reference) => reference.Parent switch
    {
        IAssignmentOperation assignment and not ISimpleAssignmentOperation => assignment.Target == reference,
        IIncrementOrDecrementOperation => true,
        IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } => true,
        ITupleOperation { Parent: IDeconstructionAssignmentOperation } => true,
        _ => reference is ILocalReferenceOperation { IsDeclaration: true } && reference.Parent is not IVariableDeclaratorOperation,
    };
}

/// <summary>What one body does to one local, parameter or field.</summary>
internal sealed class SymbolFacts
{
    public static readonly SymbolFacts Empty = new();

    /// <summary>
    /// In source order: its declarators, the assignments <c>x = …</c> to it, and the assignments <c>x.P = …</c> to its
    /// properties (outside object initializers).
    /// </summary>
    public List<IOperation> Events { get; } = new();

    /// <summary>The references that read it (every reference that is not a write).</summary>
    public List<IOperation> Reads { get; } = new();

    /// <summary>Writes that are not <c>x = …</c> (compound, <c>++</c>, ref/out, deconstruction): a value no rule follows.</summary>
    public int OtherWrites { get; set; }

    /// <summary>How many times it is given a whole value: declarators with an initializer, <c>x = …</c>, and the other writes.</summary>
    public int WholeWrites
    {
        get
        {
            var count = OtherWrites;
            foreach (var operation in Events)
            {
                count += operation switch
                {
                    IVariableDeclaratorOperation { Initializer: not null } => 1,
                    ISimpleAssignmentOperation { Target: not IPropertyReferenceOperation } => 1,
                    _ => 0,
                };
            }

            return count;
        }
    }

    /// <summary>The value of its one whole write, when it has exactly one and it is an initializer or a simple assignment.</summary>
    public IOperation? SingleValue
    {
        get
        {
            if (WholeWrites != 1)
            {
                return null;
            }

            foreach (var operation in Events)
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer: { } initializer }:
                        return initializer.Value;
                    case ISimpleAssignmentOperation { Target: not IPropertyReferenceOperation } assignment:
                        return assignment.Value;
                }
            }

            return null;
        }
    }

    internal void AddEvent(IOperation operation) => Events.Add(operation);
}
