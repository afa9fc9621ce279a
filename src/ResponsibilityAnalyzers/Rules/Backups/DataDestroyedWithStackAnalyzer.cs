using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>
/// SRM4007 (CDK only): RemovalPolicy.DESTROY on a Bucket that also sets AutoDeleteObjects = true (without it,
/// CloudFormation cannot delete a bucket that holds objects), or on a Table, TableV2, DatabaseInstance or
/// DatabaseCluster. No fix: the remedy (RETAIN or SNAPSHOT, and AutoDeleteObjects off) is a decision about the stack.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DataDestroyedWithStackAnalyzer() : ConstructRuleAnalyzer(CdkRows)
{
    private const string RemovalPolicy = nameof(RemovalPolicy);

    private static readonly ConstructRule[] CdkRows =
    [
        Destroy(ResponsibilityModel.S3, AwsType.CdkBucket, AwsType.CdkBucketProps, "Bucket", "its objects", ResourceLifetime.AutoDeletesObjects),
        Destroy(ResponsibilityModel.DynamoDB, AwsType.CdkTable, AwsType.CdkTableProps, "Table", "its items", null),
        Destroy(ResponsibilityModel.DynamoDB, AwsType.CdkTableV2, AwsType.CdkTablePropsV2, "TableV2", "its items", null),
        Destroy(ResponsibilityModel.Rds, AwsType.CdkDatabaseInstance, AwsType.CdkDatabaseInstanceProps, "DatabaseInstance", "the database, with no final snapshot", null),
        Destroy(ResponsibilityModel.Rds, AwsType.CdkDatabaseCluster, AwsType.CdkDatabaseClusterProps, "DatabaseCluster", "the database, with no final snapshot", null),
    ];


    private static ConstructRule Destroy(AwsService service, AwsType construct, AwsType props, string name, string data, System.Func<RequestState, bool>? also) => new(
        Descriptors.SRM4007_DataDestroyedWithStack,
        service,
        construct,
        props,
        RemovalPolicy,
        AwsType.CdkRemovalPolicy,
        (value, state) => value == "DESTROY" && also?.Invoke(state) != false
            ? $"RemovalPolicy.DESTROY{(also is null ? "" : " with AutoDeleteObjects = true")} makes deleting the stack, or an update that replaces the CDK {name}, delete {data}"
            : null,
        safeValue: null);
}
