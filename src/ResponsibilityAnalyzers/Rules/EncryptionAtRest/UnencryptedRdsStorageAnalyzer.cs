using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionAtRest;

/// <summary>
/// SRM2102: StorageEncrypted false or null, or left out, on an RDS create request; not for an instance that joins
/// a cluster (the cluster decides) nor a cluster that replicates another (it inherits the source's encryption).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnencryptedRdsStorageAnalyzer() : PropertyRuleAnalyzer(Row)
{
    /// <summary>The CDK form: a DatabaseInstance or DatabaseCluster whose props leave StorageEncrypted out (and give no StorageEncryptionKey) or set it to false.</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(
        Cdk(AwsType.CdkDatabaseInstance, AwsType.CdkDatabaseInstanceProps),
        Cdk(AwsType.CdkDatabaseCluster, AwsType.CdkDatabaseClusterProps),
        Cfn(AwsType.CdkCfnDBInstance, AwsType.CdkCfnDBInstanceProps, "DbClusterIdentifier", "SourceDbInstanceIdentifier", "DbSnapshotIdentifier", "DbClusterSnapshotIdentifier", "SourceDbClusterIdentifier"),
        Cfn(AwsType.CdkCfnDBCluster, AwsType.CdkCfnDBClusterProps, "SnapshotIdentifier", "SourceDbClusterIdentifier", "ReplicationSourceIdentifier"));

    /// <summary>L1: StorageEncrypted left out is unencrypted, unless the database takes its encryption from a cluster, a snapshot or a source it copies.</summary>
    private static ConstructRule Cfn(AwsType construct, AwsType props, params string[] inherits) => ConstructRule.MustBeTrue(
        Descriptors.SRM2102_UnencryptedRdsStorage,
        ResponsibilityModel.Rds,
        construct,
        props,
        "StorageEncrypted",
        database => $"the CDK {database} is declared with unencrypted storage (StorageEncrypted = true encrypts it), and storage cannot be encrypted after creation",
        notRequired: state => System.Array.Exists(inherits, state.IsSet));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    private static ConstructRule Cdk(AwsType construct, AwsType props) => ConstructRule.MustBeTrue(
        Descriptors.SRM2102_UnencryptedRdsStorage,
        ResponsibilityModel.Rds,
        construct,
        props,
        "StorageEncrypted",
        database => $"the CDK {database} is declared with unencrypted storage (StorageEncrypted = true or a StorageEncryptionKey encrypts it), and storage cannot be encrypted after creation",
        notRequired: state => state.IsSet("StorageEncryptionKey"));

    private const string Consequence = "the database storage, its automated backups, snapshots and read replicas are unencrypted, and RDS cannot encrypt an existing database in place";

    private static PropertyRule Row => new(
        Descriptors.SRM2102_UnencryptedRdsStorage,
        ResponsibilityModel.Rds,
        property: "StorageEncrypted",
        holders: Rds.Creates,
        valueType: null,
        unsafeValue: (value, _) => value is "false" or "null" ? $"StorageEncrypted = {value}: {Consequence}" : null,
        safeValue: "true",
        requiredOn: Rds.Creates,
        whenMissing: operation => $"{operation} does not set StorageEncrypted = true, so {Consequence}",
        notRequired: (creation, request, types) => Rds.JoinsCluster(creation, request, types) || Rds.Replicates(creation, request, types));
}
