using System.Collections.Immutable;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionAtRest;

/// <summary>
/// SRM2103: an EMR cluster without encryption — a RunJobFlowRequest created in the method that never names a
/// SecurityConfiguration (or names null or ""), or a CreateSecurityConfigurationRequest whose SecurityConfiguration
/// JSON, when the compiler knows it, has no EncryptionConfiguration or sets EnableAtRestEncryption or
/// EnableInTransitEncryption to false. No fix: a security configuration needs keys and certificates only the
/// account has.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnencryptedEmrClusterAnalyzer : ResponsibilityAnalyzer
{
    /// <summary>The CDK form (the L1 construct: EMR has no L2): CfnClusterProps without SecurityConfiguration.</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(new ConstructRule(
        Descriptors.SRM2103_UnencryptedEmrCluster,
        ResponsibilityModel.Emr,
        AwsType.CdkCfnCluster,
        AwsType.CdkCfnClusterProps,
        "SecurityConfiguration",
        valueType: null,
        unsafeValue: null,
        safeValue: null,
        whenMissing: _ => "the CDK CfnCluster names no SecurityConfiguration, so EMR encrypts neither the cluster's local disks and EBS volumes nor the traffic between its nodes; create a security configuration (CfnSecurityConfiguration) with at-rest and in-transit encryption and name it here"));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    private const string SecurityConfiguration = nameof(SecurityConfiguration);

    public UnencryptedEmrClusterAnalyzer()
        : base(Descriptors.SRM2103_UnencryptedEmrCluster)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        RequestChecks.OnCreation(context, types.Present(AwsType.RunJobFlowRequest), (operation, creation, cluster) =>
        {
            if (cluster.IsMissing(SecurityConfiguration))
            {
                operation.ReportDiagnostic(Descriptors.SRM2103_UnencryptedEmrCluster.Create(
                    Locations.Head(creation),
                    ResponsibilityModel.Emr,
                    "RunJobFlow names no SecurityConfiguration, so EMR encrypts neither the cluster's local disks and EBS volumes nor the traffic between its nodes; create a security configuration with at-rest and in-transit encryption and name it here"));
            }

            foreach (var leaf in cluster[SecurityConfiguration] is { } name ? Values.Leaves(name) : System.Linq.Enumerable.Empty<IOperation>())
            {
                if (Values.TryGetConstant(leaf, out var constant) && constant is null or "")
                {
                    var site = Locations.Inside(operation.Operation, leaf, cluster[SecurityConfiguration]);
                    operation.ReportDiagnostic(Descriptors.SRM2103_UnencryptedEmrCluster.Create(
                        site.Location,
                        ResponsibilityModel.Emr,
                        "SecurityConfiguration is empty, so EMR encrypts neither the cluster's local disks and EBS volumes nor the traffic between its nodes; name a security configuration with at-rest and in-transit encryption",
                        null,
                        site.Additional));
                }
            }
        });

        RequestChecks.OnAssignment(context, types.Present(AwsType.CreateSecurityConfigurationRequest), SecurityConfiguration, (operation, _, value) =>
        {
            foreach (var leaf in Values.Leaves(value))
            {
                if (Json.TryParse(Values.ConstantString(leaf), out var document) && document.Kind == JsonKind.Object && Gaps(document) is { Count: > 0 } gaps)
                {
                    var site = Locations.Inside(operation.Operation, leaf, value);
                    operation.ReportDiagnostic(Descriptors.SRM2103_UnencryptedEmrCluster.Create(
                        site.Location,
                        ResponsibilityModel.Emr,
                        $"the security configuration {string.Join(" and ", gaps)}, so clusters that use it keep that data unencrypted",
                        null,
                        site.Additional));
                }
            }
        });
    }

    /// <summary>What the configuration leaves unencrypted: "has no EncryptionConfiguration", "turns at-rest encryption off" …</summary>
    private static List<string> Gaps(JsonElement document)
    {
        var gaps = new List<string>();
        if (!document.TryGetProperty("EncryptionConfiguration", out var encryption) || encryption.Kind != JsonKind.Object)
        {
            gaps.Add("has no EncryptionConfiguration (at rest: local disks, EBS volumes and EMRFS data in S3; in transit: traffic between nodes)");
            return gaps;
        }

        if (encryption.TryGetProperty("EnableAtRestEncryption", out var atRest) && atRest.Kind == JsonKind.False)
        {
            gaps.Add("turns at-rest encryption off (local disks, EBS volumes, EMRFS data in S3)");
        }

        if (encryption.TryGetProperty("EnableInTransitEncryption", out var inTransit) && inTransit.Kind == JsonKind.False)
        {
            gaps.Add("turns in-transit encryption off (traffic between the cluster's nodes)");
        }

        return gaps;
    }
}
