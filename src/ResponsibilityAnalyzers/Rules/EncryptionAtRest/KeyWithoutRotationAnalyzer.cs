using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionAtRest;

/// <summary>
/// SRM2106 (CDK only): an AWS CDK KMS Key whose props leave EnableKeyRotation out or set it to false, unless KeySpec
/// is set to something other than SYMMETRIC_DEFAULT (asymmetric and HMAC keys cannot rotate). Fix: EnableKeyRotation = true.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyWithoutRotationAnalyzer() : ConstructRuleAnalyzer(CdkRows)
{
    private static readonly ConstructRule[] CdkRows =
    [
        ConstructRule.MustBeTrue(
            Descriptors.SRM2106_KeyWithoutRotation,
            ResponsibilityModel.Kms,
            AwsType.CdkKey,
            AwsType.CdkKeyProps,
            "EnableKeyRotation",
            key => $"the CDK {key} is declared without EnableKeyRotation = true: its key material never changes, so one leak exposes everything it ever encrypted",
            notRequired: state => state.IsSet("KeySpec") && !ConstructRule.Sets(state, "KeySpec", "SYMMETRIC_DEFAULT")),
        ConstructRule.MustBeTrue(
            Descriptors.SRM2106_KeyWithoutRotation,
            ResponsibilityModel.Kms,
            AwsType.CdkCfnKey,
            AwsType.CdkCfnKeyProps,
            "EnableKeyRotation",
            key => $"the CDK {key} is declared without EnableKeyRotation = true: its key material never changes, so one leak exposes everything it ever encrypted",
            notRequired: state => state.IsSet("KeySpec") && state.ConstantString("KeySpec") != "SYMMETRIC_DEFAULT"),
    ];
}
