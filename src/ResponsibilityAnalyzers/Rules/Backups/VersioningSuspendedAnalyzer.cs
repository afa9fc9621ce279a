using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>SRM4005: S3BucketVersioningConfig.Status Suspended or Off.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class VersioningSuspendedAnalyzer() : PropertyRuleAnalyzer(Row)
{
    private static PropertyRule Row => new(
        Descriptors.SRM4005_VersioningSuspended,
        ResponsibilityModel.S3,
        property: "Status",
        holders: ImmutableArray.Create(AwsType.S3BucketVersioningConfig),
        valueType: AwsType.VersionStatus,
        unsafeValue: (status, _) => status is "Suspended" or "Off"
            ? "versioning is suspended: S3 stops keeping old versions, so an overwrite or a delete loses the object for good"
            : null,
        safeValue: "Amazon.S3.VersionStatus.Enabled");
}
