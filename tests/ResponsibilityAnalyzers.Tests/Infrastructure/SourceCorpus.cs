using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ResponsibilityAnalyzers.Tests.Infrastructure;

/// <summary>
/// Every C# source the tests feed the analyzers (the raw string literals in tests/, with diagnostic markup removed)
/// and every sample file: the corpus the crash harness mutates and the fix round-trip fixes.
/// </summary>
public static class SourceCorpus
{
    private static readonly Regex Markup = new(@"\{\|(#\d+|SRM\d{4}):|\|\}|\[\||\|\]", RegexOptions.Compiled);

    public static IReadOnlyList<(string Name, string Source)> All { get; } = Load();

    /// <summary>The stand-ins for libraries the registry does not serve (tests/…/StandIns): compiled beside every corpus source.</summary>
    public static IReadOnlyList<string> StandIns { get; } = RawStrings("StandIns").Select(s => s.Source).ToArray();

    private static List<(string Name, string Source)> Load()
    {
        var sources = RawStrings("Rules");
        foreach (var file in Directory.EnumerateFiles(Repository.Path("samples"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                              && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            sources.Add(("samples/" + Path.GetFileName(file), File.ReadAllText(file)));
        }

        return sources;
    }

    private static List<(string Name, string Source)> RawStrings(string folder)
    {
        var sources = new List<(string, string)>();
        var testsFolder = Repository.Path("tests", "ResponsibilityAnalyzers.Tests", folder);
        if (!Directory.Exists(testsFolder))
        {
            return sources;
        }

        foreach (var file in Directory.EnumerateFiles(testsFolder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file));
            var index = 0;
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && (token.ValueText.Contains("class ", StringComparison.Ordinal) || ScaffoldedStack(token) is not null))
                {
                    sources.Add(($"{Path.GetFileNameWithoutExtension(file)}#{index++}", Markup.Replace(ScaffoldedStack(token) ?? token.ValueText, "")));
                }
            }
        }

        return sources;
    }

    /// <summary>The file a <c>CdkStack.Of("S3", """…""", "IVpc vpc")</c> written with constants builds around <paramref name="body"/>; null for any other literal.</summary>
    private static string? ScaffoldedStack(SyntaxToken body)
    {
        if (body.Parent is not LiteralExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax list } argument }
            || list.Parent is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: nameof(CdkStack) }, Name.Identifier.ValueText: nameof(CdkStack.Of) } }
            || list.Arguments.IndexOf(argument) != 1
            || list.Arguments.Any(other => other.Expression is not LiteralExpressionSyntax))
        {
            return null;
        }

        var modules = ((LiteralExpressionSyntax)list.Arguments[0].Expression).Token.ValueText;
        var parameters = list.Arguments.Count > 2 ? ((LiteralExpressionSyntax)list.Arguments[2].Expression).Token.ValueText : "";
        return CdkStack.Of(modules, body.ValueText, parameters);
    }
}
