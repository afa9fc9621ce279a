using System.Collections.Generic;
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
    /// The CDK form, read per document: <c>DatabaseInstanceProps.BackupRetention</c> or <c>DatabaseClusterProps.Backup.Retention</c>
    /// given <c>Duration.Days(n)</c> below the minimum, or left out (the CDK's default is 1 day); L1, <c>CfnDBInstanceProps</c> /
    /// <c>CfnDBClusterProps</c> whose <c>BackupRetentionPeriod</c> (days, as in the template) is below the minimum, or left
    /// out (CloudFormation's default is 1 day), not an instance that joins a cluster, whose cluster keeps the backups. A
    /// value given in the props' initializer is reported at the props, one given later (<c>props.BackupRetention = …;</c>)
    /// where it is written, when it is the last the method gives. Fix: the minimum.
    /// </summary>
    private protected override void RegisterConstructs(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var forms = new Dictionary<INamedTypeSymbol, RetentionForm>(SymbolEqualityComparer.Default);
        if (types[AwsType.CdkDuration] is { } duration)
        {
            AddForm(forms, types[AwsType.CdkDatabaseInstanceProps], RetentionForm.Instance(duration));
            AddForm(forms, types[AwsType.CdkDatabaseClusterProps], RetentionForm.Cluster(duration));
        }

        AddForm(forms, types[AwsType.CdkCfnDBInstanceProps], RetentionForm.Cfn("CfnDBInstance", joinsCluster: true));
        AddForm(forms, types[AwsType.CdkCfnDBClusterProps], RetentionForm.Cfn("CfnDBCluster", joinsCluster: false));
        if (forms.Count == 0)
        {
            return;
        }

        CdkOperations.Register(
            context,
            types,
            operation =>
            {
                switch (operation.Operation)
                {
                    case IObjectCreationOperation { Type: INamedTypeSymbol type } creation when forms.TryGetValue(type, out var form):
                        CheckProps(operation, creation, form);
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } target } assignment
                        when forms.TryGetValue(target.Property.ContainingType, out var form) && target.Property.Name == form.Property:
                        CheckLaterAssignment(operation, assignment, target, form);
                        break;
                }
            },
            OperationKind.ObjectCreation,
            OperationKind.SimpleAssignment);
    }

    private static void AddForm(Dictionary<INamedTypeSymbol, RetentionForm> forms, INamedTypeSymbol? props, RetentionForm form)
    {
        if (props is not null)
        {
            forms[props] = form;
        }
    }

    private static void CheckProps(CdkOperation operation, IObjectCreationOperation creation, RetentionForm form)
    {
        var props = RequestState.Of(creation);
        if (props.Creation != creation || form.Inherits(props))
        {
            return;
        }

        var minimum = SrmOptions.RdsMinBackupRetentionDays.Get(operation.Options, creation.Syntax.SyntaxTree);
        if (props[form.Property] is not { } value)
        {
            if (minimum > 1 && props.IsMissing(form.Property) && !form.LeftOutIsFine(props))
            {
                operation.ReportDiagnostic(Descriptors.SRM4101_RdsBackupRetention.Create(
                    Locations.Head(creation),
                    ResponsibilityModel.Rds,
                    Finding($"the CDK {form.Name} does not set {form.Written}, which gives {form.Default} of 1 day", 1, minimum),
                    Remedy.Set((form.Property, form.LeftOutFix(minimum)))));
            }

            return;
        }

        CheckRetention(operation, creation, form, value, minimum); // a value given in a later statement is checked where it is written
    }

    private static void CheckLaterAssignment(CdkOperation operation, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, RetentionForm form)
    {
        if (RequestState.OfAssignmentTarget(target) is not { } props || props[form.Property] != assignment.Value || form.Inherits(props))
        {
            return; // a later value wins, or the props are not known here
        }

        CheckRetention(operation, assignment, form, assignment.Value, SrmOptions.RdsMinBackupRetentionDays.Get(operation.Options, assignment.Syntax.SyntaxTree));
    }

    /// <summary>The retention <paramref name="value"/> gives, when it is written inside <paramref name="trigger"/> (the props' <c>new</c> or a later assignment).</summary>
    private static void CheckRetention(CdkOperation operation, IOperation trigger, RetentionForm form, IOperation value, int minimum)
    {
        var retention = form.Retention(value);
        if (retention is null || !trigger.Syntax.Span.Contains(retention.Syntax.Span))
        {
            return;
        }

        foreach (var leaf in Values.Leaves(retention))
        {
            if (form.DaysOf(leaf) is { } days && days < minimum)
            {
                var site = Locations.Inside(trigger, leaf, retention);
                operation.ReportDiagnostic(Descriptors.SRM4101_RdsBackupRetention.Create(
                    site.Location,
                    ResponsibilityModel.Rds,
                    Finding($"the CDK {form.Name} keeps automated backups {form.Kept(days)}", days, minimum),
                    Remedy.Replace(form.ValueFix(minimum)).At(site),
                    site.Additional));
            }
        }
    }

    /// <summary>How one props class gives the retention: the property, how days are written, and what leaving it out means.</summary>
    private sealed class RetentionForm
    {
        private RetentionForm(string name, string property, string written, string @default, System.Func<IOperation, IOperation?> retention, System.Func<IOperation, long?> daysOf, System.Func<long, string> kept, System.Func<int, Fact> valueFix, System.Func<int, Fact> leftOutFix, System.Func<RequestState, bool> inherits, System.Func<RequestState, bool> leftOutIsFine)
        {
            Name = name;
            Property = property;
            Written = written;
            Default = @default;
            Retention = retention;
            DaysOf = daysOf;
            Kept = kept;
            ValueFix = valueFix;
            LeftOutFix = leftOutFix;
            Inherits = inherits;
            LeftOutIsFine = leftOutIsFine;
        }

        /// <summary>The construct, for the message (DatabaseInstance, CfnDBCluster).</summary>
        public string Name { get; }

        /// <summary>The props property that holds the retention (for a cluster, the BackupProps that hold it).</summary>
        public string Property { get; }

        /// <summary>The property as the message names it (Backup.Retention).</summary>
        public string Written { get; }

        /// <summary>Whose default 1 day is.</summary>
        public string Default { get; }

        public System.Func<IOperation, IOperation?> Retention { get; }

        public System.Func<IOperation, long?> DaysOf { get; }

        public System.Func<long, string> Kept { get; }

        public System.Func<int, Fact> ValueFix { get; }

        public System.Func<int, Fact> LeftOutFix { get; }

        /// <summary>The database takes its backups from elsewhere (an instance that joins a cluster): nothing is reported.</summary>
        public System.Func<RequestState, bool> Inherits { get; }

        /// <summary>Leaving the retention out is not reported (a database the stack destroys, SRM4007's).</summary>
        public System.Func<RequestState, bool> LeftOutIsFine { get; }

        public static RetentionForm Instance(INamedTypeSymbol duration) => new(
            "DatabaseInstance", "BackupRetention", "BackupRetention", "the CDK's default",
            value => value,
            leaf => CdkDaysOf(leaf, duration),
            days => $"Duration.Days({days})",
            CdkDays,
            CdkDays,
            _ => false,
            props => ResourceLifetime.DestroyedWithStack(props, bucket: false));

        public static RetentionForm Cluster(INamedTypeSymbol duration) => new(
            "DatabaseCluster", "Backup", "Backup.Retention", "the CDK's default",
            value => RequestState.OfValue(value)?["Retention"],
            leaf => CdkDaysOf(leaf, duration),
            days => $"Duration.Days({days})",
            CdkDays,
            minimum => Fact.New("global::Amazon.CDK.AWS.RDS.BackupProps", members: new[] { ("Retention", CdkDays(minimum)) }),
            _ => false,
            props => ResourceLifetime.DestroyedWithStack(props, bucket: false));

        public static RetentionForm Cfn(string name, bool joinsCluster) => new(
            name, BackupRetentionPeriod, BackupRetentionPeriod, "CloudFormation's default",
            value => value,
            Values.IntegerConstant,
            days => $"BackupRetentionPeriod = {days} days",
            minimum => Days(minimum),
            minimum => Days(minimum),
            props => joinsCluster && props.IsSet("DbClusterIdentifier"),
            _ => false);

        /// <summary><c>Duration.Days(n)</c> with a whole constant n.</summary>
        private static long? CdkDaysOf(IOperation leaf, INamedTypeSymbol duration) =>
            leaf is IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Days" } days, Arguments.Length: 1 } call
            && SymbolEqualityComparer.Default.Equals(days.ContainingType, duration)
            && Values.SingleLeaf(call.Arguments[0].Value) is { ConstantValue: { HasValue: true, Value: var number } }
                ? number switch { int n => n, double n when n == System.Math.Floor(n) => (long)n, _ => (long?)null }
                : null;
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
