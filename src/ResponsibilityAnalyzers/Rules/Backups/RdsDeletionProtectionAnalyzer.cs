using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>
/// SRM4102: DeletionProtection false on an RDS create or modify request, null on a create request (on a modify
/// request null leaves the setting as it is), or left out on a create request that does not join a cluster.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RdsDeletionProtectionAnalyzer() : PropertyRuleAnalyzer(Row)
{
    /// <summary>The CDK form: a DatabaseInstance or DatabaseCluster whose props leave DeletionProtection out (with a RemovalPolicy other than RETAIN, which turns it on) or set it to false.</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(
        Cdk(AwsType.CdkDatabaseInstance, AwsType.CdkDatabaseInstanceProps),
        Cdk(AwsType.CdkDatabaseCluster, AwsType.CdkDatabaseClusterProps),
        Cfn(AwsType.CdkCfnDBInstance, AwsType.CdkCfnDBInstanceProps, state => state.IsSet("DbClusterIdentifier")),
        Cfn(AwsType.CdkCfnDBCluster, AwsType.CdkCfnDBClusterProps, null));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    private static ConstructRule Cdk(AwsType construct, AwsType props) => ConstructRule.MustBeTrue(
        Descriptors.SRM4102_RdsDeletionProtection,
        ResponsibilityModel.Rds,
        construct,
        props,
        "DeletionProtection",
        database => $"the CDK {database} is declared without deletion protection (DeletionProtection = true): a stack deletion or a replacing update removes the database",
        notRequired: state => ConstructRule.Sets(state, "RemovalPolicy", "RETAIN") || ResourceLifetime.DestroyedWithStack(state, bucket: false));

    /// <summary>L1: no RemovalPolicy in the props (it is set by ApplyRemovalPolicy); an instance of a cluster takes the cluster's protection.</summary>
    private static ConstructRule Cfn(AwsType construct, AwsType props, System.Func<RequestState, bool>? notRequired) => ConstructRule.MustBeTrue(
        Descriptors.SRM4102_RdsDeletionProtection,
        ResponsibilityModel.Rds,
        construct,
        props,
        "DeletionProtection",
        database => $"the CDK {database} is declared without deletion protection (DeletionProtection = true): a stack deletion or a replacing update removes the database",
        notRequired);

    private const string Consequence = "one DeleteDBInstance or DeleteDBCluster call, by mistake or by an attacker, removes the database and, unless told otherwise, its automated backups";

    private static PropertyRule Row => new(
        Descriptors.SRM4102_RdsDeletionProtection,
        ResponsibilityModel.Rds,
        property: "DeletionProtection",
        holders: Rds.Creates.Add(AwsType.ModifyDBInstanceRequest).Add(AwsType.ModifyDBClusterRequest),
        valueType: null,
        unsafeValue: (value, holder) => value == "false" || value == "null" && holder.StartsWith("Create", System.StringComparison.Ordinal)
            ? $"DeletionProtection = {value}: {Consequence}"
            : null,
        safeValue: "true",
        requiredOn: Rds.Creates,
        whenMissing: operation => $"{operation} does not set DeletionProtection = true, so {Consequence}",
        notRequired: Rds.JoinsCluster);
}
