using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// A gate that lets a rule skip a type or a file whose source never writes what the rule looks for (a type without
/// <c>PutBucket</c> cannot create a bucket; a file that never writes <c>SecretKey</c> cannot log one) before it does
/// the costly part: per-type actions, or following every logged value back to where it comes from. It reads the files' text once per file and set of names, with an ordinal search: a name in a
/// comment or a string lets the type through, where it is bound and judged as usual; a gate decides nothing itself.
/// </summary>
internal static class Identifiers
{
    private static readonly ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<string[], bool>> Cache = new();

    /// <summary>
    /// True when a file that declares <paramref name="symbol"/> writes one of <paramref name="names"/>. The answer is
    /// kept per file and per array, so <paramref name="names"/> must be one array for the life of the rule (a static
    /// field, or one made in the analyzer's constructor), not one made per compilation.
    /// </summary>
    public static bool AnyWritten(ISymbol symbol, string[] names)
    {
        foreach (var declaration in symbol.DeclaringSyntaxReferences)
        {
            if (WrittenIn(declaration.SyntaxTree, names))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the file <paramref name="tree"/> writes one of <paramref name="names"/> (one array for the life of the rule, as above).</summary>
    public static bool WrittenIn(SyntaxTree tree, string[] names)
    {
        var known = Cache.GetOrCreateValue(tree);
        if (!known.TryGetValue(names, out var written))
        {
            written = Contains(tree, names);
            known.TryAdd(names, written);
        }

        return written;
    }

    private static bool Contains(SyntaxTree tree, string[] names)
    {
        var text = tree.GetText().ToString();
        foreach (var name in names)
        {
            if (text.IndexOf(name, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An SDK operation's names as code writes them: the synchronous name and its Async twin.</summary>
    public static string[] Operation(params string[] operations)
    {
        var names = new string[operations.Length * 2];
        for (var i = 0; i < operations.Length; i++)
        {
            names[2 * i] = operations[i];
            names[(2 * i) + 1] = operations[i] + "Async";
        }

        return names;
    }
}
