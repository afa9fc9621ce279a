using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.Rules.Governance;

/// <summary>SRM0000: a srm.* option whose value cannot be read. The rules fall back to their default; this says so once per key and value.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidOptionAnalyzer : ResponsibilityAnalyzer
{
    public InvalidOptionAnalyzer()
        : base(Descriptors.SRM0000_InvalidOption)
    {
    }

    /// <summary>Options are checked in test projects too, so that a mistyped srm.analyze_test_projects is not silently ignored.</summary>
    private protected override bool RunsInTestProjects => true;

    private protected override bool RunsInCdkApps => true;

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var invalid = new ConcurrentDictionary<(string Key, string Value), ISrmOption>();
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        context.RegisterSyntaxTreeAction(tree => Check(provider.GetOptions(tree.Tree), invalid));
        context.RegisterCompilationEndAction(end =>
        {
            Check(provider.GlobalOptions, invalid);
            foreach (var entry in invalid)
            {
                end.ReportDiagnostic(Diagnostic.Create(Descriptors.SRM0000_InvalidOption, Location.None, entry.Key.Key, entry.Key.Value, entry.Value.AcceptedForm));
            }
        });
    }

    private static void Check(AnalyzerConfigOptions options, ConcurrentDictionary<(string Key, string Value), ISrmOption> invalid)
    {
        foreach (var option in SrmOptions.All)
        {
            if (options.TryGetValue(option.Key, out var raw) && !option.IsValid(raw))
            {
                invalid.TryAdd((option.Key, raw), option);
            }
        }
    }
}
