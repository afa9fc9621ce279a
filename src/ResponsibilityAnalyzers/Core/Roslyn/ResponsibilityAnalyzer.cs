using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The base of every rule: generated code not analyzed, concurrent, and nothing registered at all when the compilation
/// references neither the AWS SDK nor the AWS CDK, so projects without them pay nothing, or when it is a test project
/// that did not opt in (see <see cref="SrmOptions.IsSkippedTestProject"/>). A rule's SDK form registers when the SDK is
/// referenced; its CDK form (its <see cref="Constructs"/> rows) when the CDK is; a rule about the project itself (the
/// governance rules, <see cref="RunsInCdkApps"/>) when either is.
/// </summary>
public abstract class ResponsibilityAnalyzer : DiagnosticAnalyzer
{
    private protected ResponsibilityAnalyzer(params DiagnosticDescriptor[] rules) =>
        SupportedDiagnostics = rules.ToImmutableArray();

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        // Generated code is not analyzed (no Analyze flag), so no rule reports in it, and the driver need not check each
        // finding's location for it (ReportDiagnostics): that check walks every token of a file the first time a rule
        // reports there, a cost paid per file per compilation on top of the rules' own.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var types = AwsTypes.For(start.Compilation);
            var sdk = HasSdkForm && (types.HasAwsSdk || (RunsInCdkApps && types.HasCdk));
            var cdk = HasCdkForm && types.HasCdk;
            if ((sdk || cdk) && (RunsInTestProjects || !SrmOptions.IsSkippedTestProject(start.Options)))
            {
                if (sdk)
                {
                    Register(start, types);
                }

                if (cdk)
                {
                    RegisterConstructs(start, types);
                }
            }
        });
    }

    /// <summary>True for a rule that also runs in test projects that did not opt in (SRM0000: a mistyped opt-in must show).</summary>
    private protected virtual bool RunsInTestProjects => false;

    /// <summary>True for a rule whose <see cref="Register"/> needs no SDK type (options, suppressions): it also runs in a CDK app without the SDK.</summary>
    private protected virtual bool RunsInCdkApps => false;

    /// <summary>Registers the rule's actions; called once per compilation that references the AWS SDK (or the CDK, for <see cref="RunsInCdkApps"/>).</summary>
    private protected abstract void Register(CompilationStartAnalysisContext context, AwsTypes types);

    /// <summary>False for a rule with a CDK form only: <see cref="Register"/> is then never called.</summary>
    private protected virtual bool HasSdkForm => true;

    /// <summary>The rule's CDK form, as rows: the same finding on AWS CDK constructs (registered when Amazon.CDK.Lib is referenced).</summary>
    private protected virtual ImmutableArray<ConstructRule> Constructs => ImmutableArray<ConstructRule>.Empty;

    /// <summary>True when the rule has a CDK form: rows in <see cref="Constructs"/>, or its own <see cref="RegisterConstructs"/>.</summary>
    private protected virtual bool HasCdkForm => !Constructs.IsEmpty;

    /// <summary>Registers the rule's CDK form; called once per compilation that references the AWS CDK. By default, the <see cref="Constructs"/> rows.</summary>
    private protected virtual void RegisterConstructs(CompilationStartAnalysisContext context, AwsTypes types) => ConstructRule.Register(context, types, Constructs);
}
