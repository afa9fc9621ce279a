using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Platform;

/// <summary>
/// SRM7002: AutoMinorVersionUpgrade = false on an RDS create or modify request. Leaving it out is not reported: RDS
/// upgrades minor versions by default; null on a modify request leaves the setting as it is. An RDS Custom database
/// (an Engine starting with "custom-") must be created with false, so that is not reported either.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RdsMinorVersionUpgradeAnalyzer() : PropertyRuleAnalyzer(Row)
{
    private static PropertyRule Row => new(
        Descriptors.SRM7002_RdsMinorVersionUpgradeOff,
        ResponsibilityModel.Rds,
        property: "AutoMinorVersionUpgrade",
        holders: Rds.Creates.Add(AwsType.ModifyDBInstanceRequest).Add(AwsType.ModifyDBClusterRequest),
        valueType: null,
        unsafeValue: (value, _) => value == "false"
            ? "AutoMinorVersionUpgrade = false keeps the database engine on its current minor version, so the security fixes AWS ships in newer minor versions are not applied in the maintenance window; let RDS upgrade it"
            : null,
        safeValue: "true",
        exempt: (_, assignment) => assignment.Target is IPropertyReferenceOperation target
            && RequestState.OfAssignmentTarget(target)?.ConstantString("Engine") is { } engine
            && engine.StartsWith("custom-", StringComparison.OrdinalIgnoreCase));
}
