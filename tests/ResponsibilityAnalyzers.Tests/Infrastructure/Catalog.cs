using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.CodeFixes.Core;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.Tests.Infrastructure;

/// <summary>Every analyzer and fixer the package ships, found by reflection so a new rule cannot escape the meta-tests.</summary>
public static class Catalog
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(ResponsibilityAnalyzer).Assembly.GetTypes()
        .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> Fixers { get; } = typeof(RemedyFixer).Assembly.GetTypes()
        .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract)
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static IEnumerable<object[]> RuleIds => Descriptors.All.Select(rule => new object[] { rule.Id });

    public static IEnumerable<object[]> AnalyzerNames => Analyzers.Select(analyzer => new object[] { analyzer.GetType().Name });

    public static IEnumerable<object[]> FixerNames => Fixers.Select(fixer => new object[] { fixer.GetType().Name });

    public static bool HasFix(string id) => Fixers.Any(fixer => fixer.FixableDiagnosticIds.Contains(id));
}
