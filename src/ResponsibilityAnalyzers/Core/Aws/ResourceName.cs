using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// Which resource (a table, a bucket) a name value denotes, as far as the code shows: a compile-time string
/// ("orders", a const), a named holder (a field, a property of the app's own settings, a local), or any resource
/// (a parameter, a method's result, an SDK property nobody set here). Two calls name the same resource when they give
/// the same string or the same holder, or either may name any resource — rules never claim two names differ unless
/// the code proves it.
/// </summary>
internal readonly struct ResourceName
{
    private ResourceName(string? text, ISymbol? holder, ISymbol? origin = null)
    {
        Text = text;
        Holder = holder;
        Origin = origin;
    }

    /// <summary>A name the code does not pin down.</summary>
    public static ResourceName Any => default;

    /// <summary>The compile-time name, when there is one.</summary>
    public string? Text { get; }

    /// <summary>The field, property or local that holds the name, when it is not a compile-time string.</summary>
    public ISymbol? Holder { get; }

    /// <summary>
    /// For a name the code does not pin down, the parameter, local, field or property it is read from
    /// (<c>$"test-{Guid.NewGuid()}"</c> kept in a local): still any name to <see cref="MayBeSame"/>, but the same name
    /// wherever it is read again for <see cref="AllAmong"/>.
    /// </summary>
    public ISymbol? Origin { get; }

    public bool IsAny => Text is null && Holder is null;

    /// <summary>A name known as text (read from an ARN, say).</summary>
    public static ResourceName Named(string text) => new(text, null);

    /// <summary>
    /// The resource an SDK call names: the <paramref name="property"/> of its request object (<c>TableName</c>), or its
    /// <paramref name="parameter"/> argument in the overloads that take the name directly (<c>tableName</c>).
    /// </summary>
    public static ImmutableArray<ResourceName> OfCall(IInvocationOperation invocation, string property, string parameter)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return Of(argument.Value);
            }
        }

        return Of(RequestState.OfRequestArgument(invocation)?[property]);
    }

    /// <summary>
    /// The names a value can be (one per leaf of <see cref="Values.Leaves"/>). <c>request.TableName</c> is read through
    /// the request's <see cref="RequestState"/>, so "the same request's TableName" is the same name.
    /// </summary>
    public static ImmutableArray<ResourceName> Of(IOperation? value) => Of(value, depth: 0);

    /// <summary>True unless the code proves the two sets name different resources.</summary>
    public static bool MayBeSame(ImmutableArray<ResourceName> left, ImmutableArray<ResourceName> right)
    {
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                if (a.IsAny || b.IsAny
                    || (a.Text is not null && a.Text == b.Text)
                    || (a.Holder is not null && SymbolEqualityComparer.Default.Equals(a.Holder, b.Holder)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True only when the code proves that every name in <paramref name="names"/> is one of <paramref name="among"/>: the
    /// same compile-time string, or the same field, property, local or parameter (<see cref="Origin"/>).
    /// </summary>
    public static bool AllAmong(ImmutableArray<ResourceName> names, ImmutableArray<ResourceName> among)
    {
        foreach (var name in names)
        {
            var found = false;
            foreach (var other in among)
            {
                if ((name.Text is not null && name.Text == other.Text)
                    || (name.Holder is not null && SymbolEqualityComparer.Default.Equals(name.Holder, other.Holder))
                    || (name.Origin is not null && SymbolEqualityComparer.Default.Equals(name.Origin, other.Origin)))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return !names.IsDefaultOrEmpty;
    }

    /// <summary>"'orders'" when every leaf is the same compile-time string; otherwise null.</summary>
    public static string? Describe(ImmutableArray<ResourceName> names)
    {
        string? text = null;
        foreach (var name in names)
        {
            if (name.Text is null || (text is not null && text != name.Text))
            {
                return null;
            }

            text = name.Text;
        }

        return text is null ? null : "'" + text + "'";
    }

    private static ImmutableArray<ResourceName> Of(IOperation? value, int depth)
    {
        if (value is null || depth > 4)
        {
            return ImmutableArray.Create(Any);
        }

        var origin = Values.Unwrap(value) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
            IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Arguments.IsEmpty: true } property => property.Property,
            _ => (ISymbol?)null,
        };
        var names = ImmutableArray.CreateBuilder<ResourceName>();
        foreach (var leaf in Values.Leaves(value))
        {
            if (Values.ConstantString(leaf) is { } text)
            {
                names.Add(new ResourceName(text, null));
                continue;
            }

            switch (leaf)
            {
                // request.TableName: whatever the request was given in this method.
                case IPropertyReferenceOperation { Instance: { } instance and not IInstanceReferenceOperation } property
                    when Given(instance, property.Property.Name) is { } given:
                    names.AddRange(Of(given, depth + 1));
                    break;

                // An SDK object's property that nobody set here could hold any name.
                case IPropertyReferenceOperation { Property: var property } when IsSdkMember(property):
                    names.Add(Any);
                    break;
                case IPropertyReferenceOperation { Property: var property, Arguments.IsEmpty: true }:
                    names.Add(new ResourceName(null, property));
                    break;
                case IFieldReferenceOperation { Field: var field }:
                    names.Add(new ResourceName(null, field));
                    break;
                case ILocalReferenceOperation { Local: var local }:
                    names.Add(new ResourceName(null, local));
                    break;
                default:
                    names.Add(new ResourceName(null, null, origin));
                    break;
            }
        }

        return names.Count == 0 ? ImmutableArray.Create(Any) : names.ToImmutable();
    }

    private static IOperation? Given(IOperation request, string property) => RequestState.OfValue(request) is { } state ? state[property] : null;

    private static bool IsSdkMember(ISymbol member)
    {
        for (var ns = member.ContainingType?.ContainingNamespace; ns is not null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (ns.ContainingNamespace is { IsGlobalNamespace: true } && ns.Name == "Amazon")
            {
                return true;
            }
        }

        return false;
    }
}
