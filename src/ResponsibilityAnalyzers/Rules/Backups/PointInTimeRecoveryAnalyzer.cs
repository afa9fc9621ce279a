using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>
/// SRM4001: a DynamoDB CreateTable with no UpdateContinuousBackups turning point-in-time recovery on for the same
/// table in the same type (any method of it), no AWS Backup selection that may cover the table, no DeleteTable or
/// Time to Live in the type that makes the table temporary, and srm.backups_managed_elsewhere not true. Fix: retry UpdateContinuousBackups until the new table accepts it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PointInTimeRecoveryAnalyzer() : ResourcePairingAnalyzer(Row)
{
    /// <summary>The CDK form: a Table or TableV2 whose props leave PointInTimeRecovery out or set it to false (newer CDK versions may set PointInTimeRecoverySpecification instead).</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(
        Cdk(AwsType.CdkTable, AwsType.CdkTableProps),
        Cdk(AwsType.CdkTableV2, AwsType.CdkTablePropsV2),
        new ConstructRule(
            Descriptors.SRM4001_TableWithoutPointInTimeRecovery,
            ResponsibilityModel.DynamoDB,
            AwsType.CdkCfnTable,
            AwsType.CdkCfnTableProps,
            "PointInTimeRecoverySpecification",
            null,
            (value, _) => value == "null" ? "PointInTimeRecoverySpecification = null: the CDK CfnTable is declared without point-in-time recovery, so a bad write or delete cannot be rolled back" : null,
            Fact.New("global::Amazon.CDK.AWS.DynamoDB.CfnTable.PointInTimeRecoverySpecificationProperty", members: new[] { ("PointInTimeRecoveryEnabled", Fact.Code("true")) }),
            table => $"the CDK {table} is declared without a PointInTimeRecoverySpecification (PointInTimeRecoveryEnabled = true), so point-in-time recovery is off: a bad write or delete cannot be rolled back"),
        ConstructRule.MustBeTrue(
            Descriptors.SRM4001_TableWithoutPointInTimeRecovery,
            ResponsibilityModel.DynamoDB,
            AwsType.CdkCfnTablePointInTimeRecovery,
            AwsType.CdkCfnTablePointInTimeRecovery,
            "PointInTimeRecoveryEnabled",
            table => $"the CDK {table}'s PointInTimeRecoverySpecification does not turn point-in-time recovery on (PointInTimeRecoveryEnabled = true): a bad write or delete cannot be rolled back"));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    private static ConstructRule Cdk(AwsType construct, AwsType props) => ConstructRule.MustBeTrue(
        Descriptors.SRM4001_TableWithoutPointInTimeRecovery,
        ResponsibilityModel.DynamoDB,
        construct,
        props,
        "PointInTimeRecovery",
        table => $"the CDK {table} is declared without point-in-time recovery (PointInTimeRecovery = true): a bad write or delete cannot be rolled back",
        notRequired: state => state.IsSet("PointInTimeRecoverySpecification") || ResourceLifetime.DestroyedWithStack(state, bucket: false));

    /// <summary>How long the inserted code keeps retrying: 60 tries, 5 seconds apart.</summary>
    private const int Attempts = 60;
    private const int PauseSeconds = 5;

    private static ResourcePairing Row => new(
        Descriptors.SRM4001_TableWithoutPointInTimeRecovery,
        ResponsibilityModel.DynamoDB,
        AwsType.IAmazonDynamoDB,
        create: "CreateTable",
        resourceProperty: ("TableName", "tableName"),
        protect: "UpdateContinuousBackups",
        setting: ("PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"),
        turnsOff: (enabled, _) => Values.IsFalse(enabled),
        finding: table => $"CreateTable creates {table} without point-in-time recovery, and no UpdateContinuousBackups in this method or type turns it on",
        alsoProtects: (invocation, types) => types.IsOperation(invocation, AwsType.IAmazonBackup, "CreateBackupSelection") ? SelectedTables(invocation) : default,
        ends: ResourceLifetime.EndsTable,
        fix: Fix);

    /// <summary>
    /// The tables an AWS Backup selection names in Resources (DynamoDB table ARNs); any table when it selects by tag,
    /// by wildcard, or by values the method cannot read.
    /// </summary>
    private static ImmutableArray<ResourceName> SelectedTables(IInvocationOperation invocation)
    {
        var any = ImmutableArray.Create(ResourceName.Any);
        if (RequestState.OfRequestArgument(invocation)?.Nested("BackupSelection") is not { } selection
            || selection.IsSet("ListOfTags") || selection.IsSet("Conditions")
            || selection["Resources"] is not { } resources
            || Values.Unwrap(resources) is not IObjectCreationOperation { Initializer: { } list })
        {
            return any;
        }

        var tables = ImmutableArray.CreateBuilder<ResourceName>();
        foreach (var element in list.Initializers)
        {
            if (element is not IInvocationOperation { Arguments.Length: 1 } add || Values.ConstantString(add.Arguments[0].Value) is not { } arn)
            {
                return any;
            }

            // arn:aws:dynamodb:eu-central-1:123456789012:table/orders
            var table = arn.IndexOf(":table/", System.StringComparison.Ordinal);
            if (arn.IndexOf(":dynamodb:", System.StringComparison.Ordinal) < 0 || table < 0)
            {
                if (arn.IndexOf('*') >= 0)
                {
                    return any;
                }

                continue;
            }

            var name = arn.Substring(table + ":table/".Length).Split('/')[0];
            if (name.IndexOf('*') >= 0)
            {
                return any;
            }

            tables.Add(ResourceName.Named(name));
        }

        return tables.ToImmutable();
    }

    /// <summary>
    /// UpdateContinuousBackups turning recovery on, retried until the new table accepts it, and where it goes: after the
    /// method's own wait for ACTIVE (a loop that calls DescribeTable for this table) when it has one, else after the
    /// CreateTable statement.
    /// </summary>
    private static ResourcePairing.FollowUp Fix(ResourcePairing.Creation create, AwsTypes types)
    {
        var site = create.Site;
        var wait = site.FollowingStatements().FirstOrDefault(statement => statement is ILoopOperation
            && statement.Descendants().OfType<IInvocationOperation>().Any(describe =>
                types.IsOperation(describe, AwsType.IAmazonDynamoDB, "DescribeTable")
                && ResourceName.MayBeSame(create.Resources, ResourceName.OfCall(describe, "TableName", "tableName"))));
        return new(
            "UpdateContinuousBackups",
            "Amazon.DynamoDBv2.Model.UpdateContinuousBackupsRequest",
            ImmutableArray.Create(("TableName", create.ResourceText), ("PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled", "true")),
            new Retry(
                Attempts,
                PauseSeconds,
                "Amazon.DynamoDBv2.AmazonDynamoDBException",
                ImmutableArray.Create("Amazon.DynamoDBv2.Model.ContinuousBackupsUnavailableException", "Amazon.DynamoDBv2.Model.TableNotFoundException"),
                "Point-in-time recovery: DynamoDB accepts it once the new table is ACTIVE and its backups are ready.",
                site.FreshLocalName("attempt"),
                site.FreshLocalName("exception")),
            wait?.Syntax.GetLocation());
    }
}
