using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>SRM4002: PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled = false.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PointInTimeRecoveryDisabledAnalyzer() : PropertyRuleAnalyzer(Row)
{
    private static PropertyRule Row => new(
        Descriptors.SRM4002_PointInTimeRecoveryDisabled,
        ResponsibilityModel.DynamoDB,
        property: "PointInTimeRecoveryEnabled",
        holders: ImmutableArray.Create(AwsType.PointInTimeRecoverySpecification),
        valueType: null,
        unsafeValue: (value, _) => value == "false"
            ? "PointInTimeRecoveryEnabled = false turns point-in-time recovery off, and with it every restore point of the table's last 35 days"
            : null,
        safeValue: "true");
}
