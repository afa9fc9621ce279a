using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionAtRest;

/// <summary>
/// SRM2102: <c>StorageEncrypted</c> of CreateDBInstanceRequest or CreateDBClusterRequest given false or null, or never
/// set on a request created in the method. Not for an instance that joins a cluster (DBClusterIdentifier: the cluster
/// decides) nor a cluster that replicates another (ReplicationSourceIdentifier, GlobalClusterIdentifier: it inherits
/// the source's encryption). Fix: StorageEncrypted = true.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnencryptedRdsStorageAnalyzer : ResponsibilityAnalyzer
{
    private const string StorageEncrypted = nameof(StorageEncrypted);
    private const string Consequence = "the database storage, its automated backups, snapshots and read replicas are unencrypted, and RDS cannot encrypt an existing database in place";

    public UnencryptedRdsStorageAnalyzer()
        : base(Descriptors.SRM2102_UnencryptedRdsStorage)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var requests = types.Present(AwsType.CreateDBInstanceRequest, AwsType.CreateDBClusterRequest);
        RequestChecks.OnAssignment(context, requests, StorageEncrypted, (operation, _, value) =>
        {
            foreach (var leaf in Values.FalseOrNullLeaves(value))
            {
                operation.ReportDiagnostic(Descriptors.SRM2102_UnencryptedRdsStorage.Create(
                    leaf.Syntax.GetLocation(),
                    ResponsibilityModel.Rds,
                    $"StorageEncrypted = {(Values.IsFalse(leaf) ? "false" : "null")}: {Consequence}",
                    Fixes.Replace("true")));
            }
        });

        RequestChecks.OnCreation(context, requests, (operation, creation, request) =>
        {
            if (!Rds.JoinsCluster(creation, request, types) && !Rds.Replicates(creation, request, types) && request.IsMissing(StorageEncrypted))
            {
                operation.ReportDiagnostic(Descriptors.SRM2102_UnencryptedRdsStorage.Create(
                    Locations.Head(creation),
                    ResponsibilityModel.Rds,
                    $"{RequestChecks.Operation(creation.Type)} does not set StorageEncrypted = true, so {Consequence}",
                    Fixes.Add((StorageEncrypted, "true"))));
            }
        });
    }
}
