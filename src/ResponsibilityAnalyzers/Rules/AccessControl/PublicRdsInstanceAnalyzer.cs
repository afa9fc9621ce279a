using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.AccessControl;

/// <summary>SRM5104: PubliclyAccessible = true on an RDS create or modify request. Leaving it out is not reported: RDS decides from the subnet group.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublicRdsInstanceAnalyzer() : PropertyRuleAnalyzer(Row)
{
    /// <summary>The CDK form: DatabaseInstanceProps with PubliclyAccessible = true.</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(
        ConstructRule.MustNotBeTrue(
            Descriptors.SRM5104_PublicRdsInstance,
            ResponsibilityModel.Rds,
            AwsType.CdkDatabaseInstance,
            AwsType.CdkDatabaseInstanceProps,
            "PubliclyAccessible",
            "PubliclyAccessible = true gives the CDK DatabaseInstance a public address: its security group is then all that keeps the internet from the database"),
        ConstructRule.MustNotBeTrue(
            Descriptors.SRM5104_PublicRdsInstance,
            ResponsibilityModel.Rds,
            AwsType.CdkCfnDBInstance,
            AwsType.CdkCfnDBInstanceProps,
            "PubliclyAccessible",
            "PubliclyAccessible = true gives the CDK CfnDBInstance a public address: its security group is then all that keeps the internet from the database"));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    private static PropertyRule Row => new(
        Descriptors.SRM5104_PublicRdsInstance,
        ResponsibilityModel.Rds,
        property: "PubliclyAccessible",
        holders: Rds.Creates.Add(AwsType.ModifyDBInstanceRequest),
        valueType: null,
        unsafeValue: (value, _) => value == "true"
            ? "PubliclyAccessible = true gives the database a public address that resolves from the internet, so only its security group stands between the database and anyone who finds it; keep it private and reach it from inside the VPC"
            : null,
        safeValue: "false");
}
