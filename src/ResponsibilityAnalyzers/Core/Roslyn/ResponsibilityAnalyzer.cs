using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The base of every rule: no generated code, concurrent, and nothing registered at all when the compilation does
/// not reference the AWS SDK, so projects without it pay nothing, or when it is a test project that did not opt in
/// (see <see cref="SrmOptions.IsSkippedTestProject"/>).
/// </summary>
public abstract class ResponsibilityAnalyzer : DiagnosticAnalyzer
{
    private protected ResponsibilityAnalyzer(params DiagnosticDescriptor[] rules) =>
        SupportedDiagnostics = rules.ToImmutableArray();

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var types = AwsTypes.For(start.Compilation);
            if (types.HasAwsSdk && (RunsInTestProjects || !SrmOptions.IsSkippedTestProject(start.Options)))
            {
                Register(start, types);
            }
        });
    }

    /// <summary>True for a rule that also runs in test projects that did not opt in (SRM0000: a mistyped opt-in must show).</summary>
    private protected virtual bool RunsInTestProjects => false;

    /// <summary>Registers the rule's actions; called once per compilation that references the AWS SDK.</summary>
    private protected abstract void Register(CompilationStartAnalysisContext context, AwsTypes types);
}
