using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>SRM4005: S3BucketVersioningConfig.Status set to VersionStatus.Suspended or Off. Fix: VersionStatus.Enabled.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class VersioningSuspendedAnalyzer : ResponsibilityAnalyzer
{
    public VersioningSuspendedAnalyzer()
        : base(Descriptors.SRM4005_VersioningSuspended)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.S3BucketVersioningConfig] is not { } config || types[AwsType.VersionStatus] is not { } versionStatus)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation { Property: var property }
                    || !SymbolEqualityComparer.Default.Equals(property.ContainingType, config)
                    || !SymbolEqualityComparer.Default.Equals(property.Type, versionStatus))
                {
                    return;
                }

                foreach (var leaf in Values.Leaves(assignment.Value))
                {
                    if (Values.MemberName(leaf, versionStatus) is "Suspended" or "Off")
                    {
                        var site = Locations.Inside(assignment, leaf, assignment.Value);
                        operation.ReportDiagnostic(Descriptors.SRM4005_VersioningSuspended.Create(
                            site.Location,
                            ResponsibilityModel.S3,
                            "versioning is suspended: S3 stops keeping old versions, so an overwrite or a delete loses the object for good",
                            Fixes.Replace("Amazon.S3.VersionStatus.Enabled").At(site),
                            site.Additional));
                    }
                }
            },
            OperationKind.SimpleAssignment);
    }
}
