using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>
/// The floor: registers the same kinds of action as the SRM rules (compilation start, then operation actions on
/// assignments, object creations and invocations, a syntax tree action and a compilation end action) and does nothing
/// in them. What it costs is what the analyzer driver charges any analyzer of that shape. Unlike the SRM rules it
/// registers these actions whether or not the compilation references the AWS SDK.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "BENCH0001",
        "No-op",
        "Never reported",
        "Benchmark",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterOperationAction(_ => { }, OperationKind.SimpleAssignment, OperationKind.ObjectCreation, OperationKind.Invocation);
            start.RegisterSyntaxTreeAction(_ => { });
            start.RegisterCompilationEndAction(_ => { });
        });
    }
}
