using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// Where an object goes within one method: the places that read it (the expression itself, or every read of the
/// one local it is stored in), and the object each place hands it to: <c>new S3Grant { Grantee = g }</c> hands
/// <c>g</c> to the grant, <c>new List&lt;S3Grant&gt; { grant }</c> to the list, <c>request.Grants.Add(grant)</c> and
/// <c>new PutObjectRequest { Grants = list }</c> to the request, <c>acl.AddGrant(g, …)</c> to the ACL.
/// Anything else (a call that takes it, a field, a second assignment) is not followed.
/// </summary>
internal static class Flow
{
    /// <summary>
    /// The operations that read the object <paramref name="value"/> evaluates to: the value itself or, when it is
    /// stored in (or is a read of) a local that is assigned exactly once, every read of that local.
    /// </summary>
    public static ImmutableArray<IOperation> Uses(IOperation value) => Uses(value, out _);

    /// <inheritdoc cref="Uses(IOperation)"/>
    /// <param name="value">The object.</param>
    /// <param name="complete">
    /// True when these are all the uses: the object is created here, and stays in that expression or in one local
    /// assigned once. False when other code may hold it too (a parameter, a field, a call's result).
    /// </param>
    public static ImmutableArray<IOperation> Uses(IOperation value, out bool complete)
    {
        var outer = Values.WithCasts(value);
        complete = outer is IObjectCreationOperation;
        var local = outer switch
        {
            ILocalReferenceOperation reference => reference.Local,
            _ => outer.Parent switch
            {
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == outer => target.Local,
                _ => null,
            },
        };
        if (local is null)
        {
            return ImmutableArray.Create(outer);
        }

        var facts = MethodFacts.Of(outer).Of(local);
        if (facts.WholeWrites != 1)
        {
            complete = false;
            return ImmutableArray.Create(outer);
        }

        var assigned = facts.SingleValue;
        var reads = ImmutableArray.CreateRange(facts.Reads);
        complete = assigned is not null && Values.Unwrap(assigned) is IObjectCreationOperation;
        return reads;
    }

    /// <summary>
    /// The object that <paramref name="use"/> is handed to: the <c>x</c> of <c>x.P = use</c> or <c>new X { P = use }</c>,
    /// of <c>x.P.Add(use)</c>, of <c>x.Method(use)</c>, or the collection that <c>{ use }</c> initializes. Null otherwise.
    /// </summary>
    public static IOperation? Owner(IOperation use)
    {
        var outer = Values.WithCasts(use);
        switch (outer.Parent)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when assignment.Value == outer:
                return ObjectOf(property);
            case IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Parent: IObjectOrCollectionInitializerOperation initializer } }:
                return initializer.Parent switch
                {
                    IObjectCreationOperation creation => creation,
                    IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } => ObjectOf(property),
                    _ => null,
                };
            case IArgumentOperation { Parent: IInvocationOperation { Instance: { } instance } }:
                return instance is IPropertyReferenceOperation held ? ObjectOf(held) : instance;
            default:
                return null;
        }
    }

    /// <summary>
    /// The compile-time string of the first of <paramref name="properties"/> set on the object, or else on the object it
    /// is handed to, and so on up (a grant → its list → the request's BucketName).
    /// </summary>
    public static string? ConstantString(IOperation value, params string[] properties)
    {
        IOperation? current = value;
        for (var depth = 0; current is not null && depth < 8; depth++)
        {
            if (RequestState.OfValue(current)?.ConstantString(properties) is { } text)
            {
                return text;
            }

            current = FirstOwner(current);
        }

        return null;
    }

    private static IOperation? FirstOwner(IOperation value)
    {
        foreach (var use in Uses(value))
        {
            if (Owner(use) is { } owner)
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>The object a property belongs to: the receiver, or the creation whose initializer sets it.</summary>
    private static IOperation? ObjectOf(IPropertyReferenceOperation property) =>
        property.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            ? RequestState.ImplicitReceiverCreation(property)
            : property.Instance;
}
