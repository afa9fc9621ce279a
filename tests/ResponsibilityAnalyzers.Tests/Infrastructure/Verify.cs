using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Rules.Governance;

namespace ResponsibilityAnalyzers.Tests.Infrastructure;

/// <summary>
/// A thin layer over Microsoft.CodeAnalysis.Testing: compile <c>source</c> against the chosen AWS SDK, run the
/// analyzer, and compare with the diagnostics marked in the source (<c>{|SRM5001:…|}</c>); for fixes, compare the
/// fixed source and the Fix All result. <c>standIns</c> are extra files that declare the public API of libraries
/// the package registry does not serve (see StandIns/); they are compiled with the source and never changed.
/// </summary>
public static class Verify<TAnalyzer, TFixer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TFixer : CodeFixProvider, new()
{
    public static Task Diagnostics(Sdk sdk, string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        Diagnostics(sdk, [], source, editorConfig, expected);

    public static Task Diagnostics(Sdk sdk, string[] standIns, string source, string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = Create(sdk, editorConfig, standIns, source, fixedSource: null);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static Task Fix(Sdk sdk, string source, string fixedSource, string? editorConfig = null, string? equivalenceKey = null, params DiagnosticResult[] expected) =>
        Fix(sdk, [], source, fixedSource, editorConfig, equivalenceKey, expected);

    public static Task Fix(Sdk sdk, string[] standIns, string source, string fixedSource, string? editorConfig = null, string? equivalenceKey = null, params DiagnosticResult[] expected)
    {
        var test = Create(sdk, editorConfig, standIns, source, fixedSource);
        test.CodeActionEquivalenceKey = equivalenceKey;
        test.ExpectedDiagnostics.AddRange(expected);
        if (source.Contains("Amazon.CDK", System.StringComparison.Ordinal) && Settings(fixedSource).Except(Settings(source)).Select(setting => setting.Member).Distinct().ToArray() is { Length: > 0 } members)
        {
            // A CDK fix's title names the CDK members it sets (not the SDK's, where a rule has both forms).
            test.CodeActionVerifier = (action, verifier) =>
                verifier.True(members.All(member => action.Title.Contains(member, System.StringComparison.Ordinal)), $"The fix title '{action.Title}' does not name what it sets: {string.Join(", ", members)}");
        }

        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The settings in object initializers (<c>Member = value</c>; not strings, which are names and descriptions, nor objects, whose own settings count) of <paramref name="source"/>, markup removed.</summary>
    private static System.Collections.Generic.HashSet<(string Member, string Value)> Settings(string source) =>
        CSharpSyntaxTree.ParseText(Regex.Replace(source, @"\{\|[^:|]*:|\|\}|\[\||\|\]", "")).GetRoot().DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .Where(assignment => assignment is { Parent: InitializerExpressionSyntax, Left: IdentifierNameSyntax }
                && !assignment.Right.IsKind(SyntaxKind.StringLiteralExpression) && assignment.Right is not BaseObjectCreationExpressionSyntax { Initializer: not null })
            .Select(assignment => (assignment.Left.ToString(), assignment.Right.ToString())).ToHashSet();

    /// <summary>Fix All on <paramref name="source"/>: one batch pass must leave <paramref name="fixedSource"/>.</summary>
    public static Task FixAll(Sdk sdk, string source, string fixedSource, string? editorConfig = null) =>
        FixAll(sdk, [], source, fixedSource, editorConfig);

    public static Task FixAll(Sdk sdk, string[] standIns, string source, string fixedSource, string? editorConfig = null)
    {
        var test = Create(sdk, editorConfig, standIns, source, fixedSource);
        test.BatchFixedState.Sources.Add(("/0/Test0.cs", fixedSource));
        AddStandIns(test.BatchFixedState, standIns);
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync(CancellationToken.None);
    }

    private static CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier> Create(Sdk sdk, string? editorConfig, string[] standIns, string source, string? fixedSource)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier>
        {
            ReferenceAssemblies = AwsSdk.For(sdk),
        };

        // The framework re-runs every test under an added "#pragma warning disable" and expects silence; the
        // governance rules report that very pragma, so for them the check proves nothing.
        if (typeof(TAnalyzer) == typeof(UnjustifiedSuppressionAnalyzer) || typeof(TAnalyzer) == typeof(NonSuppressibleRuleAnalyzer))
        {
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        }
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        AddStandIns(test.TestState, standIns);
        if (fixedSource is not null)
        {
            test.FixedState.Sources.Add(("/0/Test0.cs", fixedSource));
            AddStandIns(test.FixedState, standIns);
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }

        return test;
    }

    private static void AddStandIns(SolutionState state, string[] standIns)
    {
        for (var i = 0; i < standIns.Length; i++)
        {
            state.Sources.Add(($"/0/StandIn{i}.cs", standIns[i]));
        }
    }
}

/// <summary>For rules that have no code fix.</summary>
public static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task Diagnostics(Sdk sdk, string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        Verify<TAnalyzer, EmptyCodeFixProvider>.Diagnostics(sdk, source, editorConfig, expected);

    public static Task Diagnostics(Sdk sdk, string[] standIns, string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        Verify<TAnalyzer, EmptyCodeFixProvider>.Diagnostics(sdk, standIns, source, editorConfig, expected);
}
