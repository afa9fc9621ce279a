using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.Rules.Governance;

/// <summary>
/// SRM0002: a <c>#pragma warning disable</c> (with the id, or with no ids at all) or a SuppressMessage /
/// UnconditionalSuppressMessage attribute that waives a rule listed in srm.non_suppressible_rules, or SRM0002
/// itself while the list is set. Silent when the option is not set. No fix: the finding has to be fixed instead.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonSuppressibleRuleAnalyzer : ResponsibilityAnalyzer
{
    private static readonly string Self = Descriptors.SRM0002_NonSuppressibleRuleSuppressed.Id;

    public NonSuppressibleRuleAnalyzer()
        : base(Descriptors.SRM0002_NonSuppressibleRuleSuppressed)
    {
    }

    private protected override bool RunsInCdkApps => true;

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        // Silent while the list is set nowhere: then there is nothing to read, in pragmas or attributes.
        if (!SrmOptions.NonSuppressibleRules.IsSetAnywhere(context.Options, context.Compilation))
        {
            return;
        }

        InSourceSuppression.Register(
            context,
            types,
            (id, tree, options) => id == Self || SrmOptions.NonSuppressibleRules.Get(options, tree).Contains(id),
            (suppression, options, report) =>
            {
                var listed = SrmOptions.NonSuppressibleRules.Get(options, suppression.Location.SourceTree!);
                if (listed.IsEmpty)
                {
                    return;
                }

                // While the list is set, SRM0002 guards it: waiving SRM0002 would waive the list.
                var waived = listed.Add(Self).Where(suppression.Covers).OrderBy(id => id, StringComparer.Ordinal).ToArray();
                if (waived.Length == 0)
                {
                    return;
                }

                report(Diagnostic.Create(
                    Descriptors.SRM0002_NonSuppressibleRuleSuppressed,
                    suppression.Location,
                    suppression.Form,
                    suppression.Id ?? "every warning, " + string.Join(", ", waived) + " included"));
            });
    }
}
