using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>
/// SRM4102: <c>DeletionProtection</c> given false on an RDS create or modify request, null on a create request, or
/// never set on a CreateDBInstanceRequest or CreateDBClusterRequest created in the method (not for an instance that
/// joins a cluster: the cluster's setting protects it). Fix: DeletionProtection = true.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RdsDeletionProtectionAnalyzer : ResponsibilityAnalyzer
{
    private const string DeletionProtection = nameof(DeletionProtection);
    private const string Consequence = "one DeleteDBInstance or DeleteDBCluster call, by mistake or by an attacker, removes the database and, unless told otherwise, its automated backups";

    public RdsDeletionProtectionAnalyzer()
        : base(Descriptors.SRM4102_RdsDeletionProtection)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var creates = types.Present(AwsType.CreateDBInstanceRequest, AwsType.CreateDBClusterRequest);
        var modifies = types.Present(AwsType.ModifyDBInstanceRequest, AwsType.ModifyDBClusterRequest);
        RequestChecks.OnAssignment(context, creates.AddRange(modifies), DeletionProtection, (operation, target, value) =>
        {
            var isCreate = RequestChecks.IsAny(target.Property, DeletionProtection, creates);
            foreach (var leaf in Values.FalseOrNullLeaves(value))
            {
                // On a modify request null leaves the setting as it is.
                if (isCreate || Values.IsFalse(leaf))
                {
                    operation.ReportDiagnostic(Descriptors.SRM4102_RdsDeletionProtection.Create(
                        leaf.Syntax.GetLocation(),
                        ResponsibilityModel.Rds,
                        $"DeletionProtection = {(Values.IsFalse(leaf) ? "false" : "null")}: {Consequence}",
                        Fixes.Replace("true")));
                }
            }
        });

        RequestChecks.OnCreation(context, creates, (operation, creation, request) =>
        {
            if (!Rds.JoinsCluster(creation, request, types) && request.IsMissing(DeletionProtection))
            {
                operation.ReportDiagnostic(Descriptors.SRM4102_RdsDeletionProtection.Create(
                    Locations.Head(creation),
                    ResponsibilityModel.Rds,
                    $"{RequestChecks.Operation(creation.Type)} does not set DeletionProtection = true, so {Consequence}",
                    Fixes.Add((DeletionProtection, "true"))));
            }
        });
    }
}
