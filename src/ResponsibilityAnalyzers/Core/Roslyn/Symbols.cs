using System.Linq;
using Microsoft.CodeAnalysis;

namespace ResponsibilityAnalyzers.Core;

/// <summary>Symbol comparisons the rules share: which property an assignment writes, which type a value has.</summary>
internal static class Symbols
{
    /// <summary>True when <paramref name="property"/> is <paramref name="declaringType"/>'s <paramref name="name"/>, or overrides it.</summary>
    public static bool Is(IPropertySymbol property, INamedTypeSymbol? declaringType, string name)
    {
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            if (current.Name == name && SymbolEqualityComparer.Default.Equals(current.ContainingType?.OriginalDefinition, declaringType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/>, derives from it, or (for an interface) implements it.</summary>
    public static bool DerivesFromOrImplements(ITypeSymbol? type, INamedTypeSymbol? baseType) =>
        type is not null && baseType is not null
        && (DerivesFrom(type, baseType)
            || (baseType.TypeKind == TypeKind.Interface && type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, baseType))));
}
