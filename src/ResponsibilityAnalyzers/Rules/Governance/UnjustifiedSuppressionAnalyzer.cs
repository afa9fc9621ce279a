using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.Rules.Governance;

/// <summary>
/// SRM0001: an SRM rule waived without a reason — a <c>#pragma warning disable</c> of an SRM id (or of every
/// warning) with no <c>// comment</c> on its line, or a SuppressMessage / UnconditionalSuppressMessage for an SRM id
/// with no Justification (or the "&lt;Pending&gt;" placeholder). No fix: only the author knows the reason.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnjustifiedSuppressionAnalyzer : ResponsibilityAnalyzer
{
    private const string RulePrefix = "SRM";

    public UnjustifiedSuppressionAnalyzer()
        : base(Descriptors.SRM0001_UnjustifiedSuppression)
    {
    }

    private protected override bool RunsInCdkApps => true;

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types) =>
        InSourceSuppression.Register(context, types, (id, tree, options) => id.StartsWith(RulePrefix, System.StringComparison.Ordinal), (suppression, options, report) =>
        {
            if (suppression.IsJustified || !(suppression.Id is null || suppression.Id.StartsWith(RulePrefix, System.StringComparison.Ordinal)))
            {
                return;
            }

            report(Diagnostic.Create(
                Descriptors.SRM0001_UnjustifiedSuppression,
                suppression.Location,
                suppression.Form,
                suppression.Id ?? "every warning, SRM rules included,",
                suppression.IsPragma ? "write why on the same line, after //" : "set Justification to why the check is waived"));
        });
}
