using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Backups;

/// <summary>
/// SRM4101: <c>BackupRetentionPeriod</c> of an RDS create or modify request given a constant below
/// srm.rds_min_backup_retention_days (7 by default), 0 included; on a create request also null or never set, which
/// gives RDS's default of 1 day (not for an instance that joins a cluster: the cluster keeps the backups).
/// Fix: the minimum.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RdsBackupRetentionAnalyzer : ResponsibilityAnalyzer
{
    private const string BackupRetentionPeriod = nameof(BackupRetentionPeriod);

    public RdsBackupRetentionAnalyzer()
        : base(Descriptors.SRM4101_RdsBackupRetention)
    {
    }

    private protected override bool HasCdkForm => true;

    /// <summary>
    /// The CDK form: <c>DatabaseInstanceProps.BackupRetention</c> or <c>DatabaseClusterProps.Backup.Retention</c> given
    /// <c>Duration.Days(n)</c> below the minimum, or left out (the CDK's default is 1 day). Fix: <c>Duration.Days(minimum)</c>.
    /// </summary>
    private protected override void RegisterConstructs(CompilationStartAnalysisContext context, AwsTypes types)
    {
        RegisterCfn(context, types);
        var instanceProps = types[AwsType.CdkDatabaseInstanceProps];
        var clusterProps = types[AwsType.CdkDatabaseClusterProps];
        if (types[AwsType.CdkDuration] is not { } duration || instanceProps is null && clusterProps is null)
        {
            return;
        }

        CdkOperations.Register(
            context,
            types,
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                var isInstance = SymbolEqualityComparer.Default.Equals(creation.Type, instanceProps);
                if (!isInstance && !SymbolEqualityComparer.Default.Equals(creation.Type, clusterProps))
                {
                    return;
                }

                var props = RequestState.Of(creation);
                if (props.Creation != creation)
                {
                    return;
                }

                var minimum = SrmOptions.RdsMinBackupRetentionDays.Get(operation.Options, creation.Syntax.SyntaxTree);
                var name = isInstance ? "DatabaseInstance" : "DatabaseCluster";
                var property = isInstance ? "BackupRetention" : "Backup";
                if (props[property] is not { } value)
                {
                    if (minimum > 1 && props.IsMissing(property) && !ResourceLifetime.DestroyedWithStack(props, bucket: false))
                    {
                        operation.ReportDiagnostic(Descriptors.SRM4101_RdsBackupRetention.Create(
                            Locations.Head(creation),
                            ResponsibilityModel.Rds,
                            Finding($"the CDK {name} does not set {(isInstance ? "BackupRetention" : "Backup.Retention")}, which gives the CDK's default of 1 day", 1, minimum),
                            Remedy.Set((property, isInstance ? CdkDays(minimum) : Fact.New("global::Amazon.CDK.AWS.RDS.BackupProps", members: new[] { ("Retention", CdkDays(minimum)) })))));
                    }

                    return;
                }

                var retention = isInstance ? value : RequestState.OfValue(value)?["Retention"];
                if (retention is null || !creation.Syntax.Span.Contains(retention.Syntax.Span))
                {
                    return;
                }

                foreach (var leaf in Values.Leaves(retention))
                {
                    if (leaf is IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Days" } days, Arguments.Length: 1 } call
                        && SymbolEqualityComparer.Default.Equals(days.ContainingType, duration)
                        && Values.SingleLeaf(call.Arguments[0].Value) is { ConstantValue: { HasValue: true, Value: var number } }
                        && number switch { int n => n, double n when n == System.Math.Floor(n) => (long)n, _ => (long?)null } is { } count
                        && count < minimum)
                    {
                        var site = Locations.Inside(creation, leaf, retention);
                        operation.ReportDiagnostic(Descriptors.SRM4101_RdsBackupRetention.Create(
                            site.Location,
                            ResponsibilityModel.Rds,
                            Finding($"the CDK {name} keeps automated backups Duration.Days({count})", count, minimum),
                            Remedy.Replace(CdkDays(minimum)).At(site),
                            site.Additional));
                    }
                }
            },
            OperationKind.ObjectCreation);
    }

    /// <summary>
    /// L1: <c>CfnDBInstanceProps</c> / <c>CfnDBClusterProps</c> whose <c>BackupRetentionPeriod</c> (days, as in the
    /// template) is below the minimum, or left out (CloudFormation's default is 1 day); not an instance that joins a
    /// cluster, whose cluster keeps the backups. Fix: the minimum.
    /// </summary>
    private static void RegisterCfn(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var cfnProps = types.Present(AwsType.CdkCfnDBInstanceProps, AwsType.CdkCfnDBClusterProps);
        if (cfnProps.IsEmpty)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (creation.Type is not INamedTypeSymbol type || !cfnProps.Contains(type, SymbolEqualityComparer.Default))
                {
                    return;
                }

                var props = RequestState.Of(creation);
                if (props.Creation != creation || props.IsSet("DbClusterIdentifier"))
                {
                    return;
                }

                var minimum = SrmOptions.RdsMinBackupRetentionDays.Get(operation.Options, creation.Syntax.SyntaxTree);
                var name = type.Name.Replace("Props", string.Empty);
                if (props[BackupRetentionPeriod] is not { } value)
                {
                    if (minimum > 1 && props.IsMissing(BackupRetentionPeriod))
                    {
                        operation.ReportDiagnostic(Descriptors.SRM4101_RdsBackupRetention.Create(
                            Locations.Head(creation),
                            ResponsibilityModel.Rds,
                            Finding($"the CDK {name} does not set BackupRetentionPeriod, which gives CloudFormation's default of 1 day", 1, minimum),
                            Remedy.Set((BackupRetentionPeriod, Days(minimum)))));
                    }

                    return;
                }

                foreach (var leaf in Values.Leaves(value))
                {
                    if (Values.IntegerConstant(leaf) is { } days && days < minimum)
                    {
                        var site = Locations.Inside(creation, leaf, value);
                        operation.ReportDiagnostic(Descriptors.SRM4101_RdsBackupRetention.Create(
                            site.Location,
                            ResponsibilityModel.Rds,
                            Finding($"the CDK {name} keeps automated backups BackupRetentionPeriod = {days} days", days, minimum),
                            Remedy.Replace(Days(minimum)).At(site),
                            site.Additional));
                    }
                }
            },
            OperationKind.ObjectCreation);
    }

    private static Fact CdkDays(int minimum) => Fact.Call("global::Amazon.CDK.Duration.Days", Days(minimum));

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var creates = types.Present(AwsType.CreateDBInstanceRequest, AwsType.CreateDBClusterRequest);
        var modifies = types.Present(AwsType.ModifyDBInstanceRequest, AwsType.ModifyDBClusterRequest);
        RequestChecks.OnAssignment(context, creates.AddRange(modifies), BackupRetentionPeriod, (operation, target, value) =>
        {
            var minimum = SrmOptions.RdsMinBackupRetentionDays.Get(operation.Options, operation.Operation.Syntax.SyntaxTree);
            var isCreate = RequestChecks.IsAny(target.Property, BackupRetentionPeriod, creates);
            foreach (var leaf in Values.Leaves(value))
            {
                // On a modify request null keeps the current period.
                var days = Values.IntegerConstant(leaf);
                var unset = isCreate && minimum > 1 && Values.TryGetConstant(leaf, out var constant) && constant is null;
                if ((days is { } d && d < minimum) || unset)
                {
                    var site = Locations.Inside(operation.Operation, leaf, value);
                    operation.ReportDiagnostic(Descriptors.SRM4101_RdsBackupRetention.Create(
                        site.Location,
                        ResponsibilityModel.Rds,
                        Finding(days is null ? "BackupRetentionPeriod = null gives RDS's default of 1 day" : $"BackupRetentionPeriod = {days}", days ?? 1, minimum),
                        Remedy.Replace(Days(minimum)),
                        site.Additional));
                }
            }
        });

        RequestChecks.OnCreation(context, creates, (operation, creation, request) =>
        {
            var minimum = SrmOptions.RdsMinBackupRetentionDays.Get(operation.Options, creation.Syntax.SyntaxTree);
            if (minimum > 1 && !Rds.JoinsCluster(creation, request, types) && request.IsMissing(BackupRetentionPeriod))
            {
                operation.ReportDiagnostic(Descriptors.SRM4101_RdsBackupRetention.Create(
                    Locations.Head(creation),
                    ResponsibilityModel.Rds,
                    Finding($"{RequestChecks.Operation(creation.Type)} does not set BackupRetentionPeriod, which gives RDS's default of 1 day", 1, minimum),
                    Remedy.Set((BackupRetentionPeriod, Days(minimum)))));
            }
        });
    }

    private static string Finding(string what, long days, int minimum) => days <= 0
        ? $"{what}: RDS takes no automated backups and the database cannot be restored to a point in time"
        : $"{what}, fewer than the minimum of {minimum} days (srm.rds_min_backup_retention_days): a mistake or corruption found later than that cannot be undone from automated backups";

    private static string Days(int minimum) => minimum.ToString(CultureInfo.InvariantCulture);
}
