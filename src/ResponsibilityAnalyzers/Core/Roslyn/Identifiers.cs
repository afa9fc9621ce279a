using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The identifiers written in a syntax tree, read once per tree and shared by every rule: a gate that lets a rule skip
/// a type whose source never names what the rule looks for (a type without <c>PutBucket</c> cannot create a bucket),
/// before it asks the analyzer driver for per-type actions, which cost far more than the gate.
/// A gate only: it decides nothing by itself, so a name it finds is then bound as usual.
/// </summary>
internal static class Identifiers
{
    private static readonly ConditionalWeakTable<SyntaxTree, HashSet<string>> Cache = new();

    /// <summary>True when a file that declares <paramref name="symbol"/> writes one of <paramref name="names"/> as an identifier.</summary>
    public static bool AnyWritten(ISymbol symbol, string[] names)
    {
        foreach (var declaration in symbol.DeclaringSyntaxReferences)
        {
            var written = Cache.GetValue(declaration.SyntaxTree, Read);
            foreach (var name in names)
            {
                if (written.Contains(name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static HashSet<string> Read(SyntaxTree tree)
    {
        var written = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                written.Add(token.ValueText);
            }
        }

        return written;
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
