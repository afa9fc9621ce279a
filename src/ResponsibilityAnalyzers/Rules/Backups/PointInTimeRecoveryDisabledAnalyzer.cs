using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>SRM4002: PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled set to false. Fix: true.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PointInTimeRecoveryDisabledAnalyzer : ResponsibilityAnalyzer
{
    public PointInTimeRecoveryDisabledAnalyzer()
        : base(Descriptors.SRM4002_PointInTimeRecoveryDisabled)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.PointInTimeRecoverySpecification] is not { } specification)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "PointInTimeRecoveryEnabled" } property }
                    || !SymbolEqualityComparer.Default.Equals(property.ContainingType, specification))
                {
                    return;
                }

                foreach (var leaf in Values.Leaves(assignment.Value))
                {
                    if (Values.IsFalse(leaf))
                    {
                        var site = Locations.Inside(assignment, leaf, assignment.Value);
                        operation.ReportDiagnostic(Descriptors.SRM4002_PointInTimeRecoveryDisabled.Create(
                            site.Location,
                            ResponsibilityModel.DynamoDB,
                            "PointInTimeRecoveryEnabled = false turns point-in-time recovery off, and with it every restore point of the table's last 35 days",
                            Fixes.Replace("true").At(site),
                            site.Additional));
                    }
                }
            },
            OperationKind.SimpleAssignment);
    }
}
