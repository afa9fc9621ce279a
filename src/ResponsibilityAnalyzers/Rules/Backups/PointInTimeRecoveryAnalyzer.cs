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
/// table in the same type (any method of it), no AWS Backup selection that may cover the table, and
/// srm.backups_managed_elsewhere not true. Fix: retry UpdateContinuousBackups until the new table accepts it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PointInTimeRecoveryAnalyzer : ResponsibilityAnalyzer
{
    /// <summary>How long the inserted code keeps retrying: 60 tries, 5 seconds apart.</summary>
    private const int Attempts = 60;
    private const int PauseSeconds = 5;

    public PointInTimeRecoveryAnalyzer()
        : base(Descriptors.SRM4001_TableWithoutPointInTimeRecovery)
    {
    }

    private enum Kind
    {
        Create,
        Enable,
        BackupSelection,
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.IAmazonDynamoDB] is null)
        {
            return;
        }

        TypeScope.RegisterInvocations(context, invocation => Classify(invocation, types), (end, calls) => Decide(end, calls, types));
    }

    private static Call? Classify(IInvocationOperation invocation, AwsTypes types)
    {
        if (types.IsOperation(invocation, AwsType.IAmazonDynamoDB, "CreateTable"))
        {
            return new Call(Kind.Create, invocation, ResourceName.OfCall(invocation, "TableName", "tableName"));
        }

        if (types.IsOperation(invocation, AwsType.IAmazonDynamoDB, "UpdateContinuousBackups") && EnablesRecovery(invocation))
        {
            return new Call(Kind.Enable, invocation, ResourceName.OfCall(invocation, "TableName", "tableName"));
        }

        if (types.IsOperation(invocation, AwsType.IAmazonBackup, "CreateBackupSelection"))
        {
            return new Call(Kind.BackupSelection, invocation, SelectedTables(invocation));
        }

        return null;
    }

    private static void Decide(SymbolAnalysisContext context, ImmutableArray<Call> calls, AwsTypes types)
    {
        var covers = calls.Where(call => call.Kind != Kind.Create).ToArray();
        foreach (var create in calls.Where(call => call.Kind == Kind.Create))
        {
            var tree = create.Invocation.Syntax.SyntaxTree;
            if (covers.Any(cover => ResourceName.MayBeSame(create.Tables, cover.Tables))
                || SrmOptions.BackupsManagedElsewhere.Get(context.Options, tree))
            {
                continue;
            }

            // The enabling calls for other tables are shown beside the finding: the pairing was decided across the type.
            var others = covers.Where(cover => cover.Kind == Kind.Enable).Select(cover => cover.Invocation.Syntax.GetLocation());
            var fix = Fix(create.Invocation, create.Tables, types);
            var wait = fix?.AfterWait is { } loop ? new[] { loop } : System.Array.Empty<Location>();
            var additional = wait.Concat(TypeScope.InSourceOrder(others.ToArray())).ToArray();
            var table = ResourceName.Describe(create.Tables) is { } name ? "table " + name : "a table";
            context.ReportDiagnostic(Descriptors.SRM4001_TableWithoutPointInTimeRecovery.Create(
                create.Invocation.Syntax.GetLocation(),
                ResponsibilityModel.DynamoDB,
                $"CreateTable creates {table} without point-in-time recovery, and no UpdateContinuousBackups in this method or type turns it on",
                fix is null ? null : wait.Length > 0 ? Fixes.InsertAfter(fix.Value.Statement, 0) : Fixes.InsertAfter(fix.Value.Statement),
                additional));
        }
    }

    /// <summary>PointInTimeRecoveryEnabled true, or anything the method cannot see (a request passed in): only a proven false does not enable.</summary>
    private static bool EnablesRecovery(IInvocationOperation invocation)
    {
        var request = RequestState.OfRequestArgument(invocation);
        if (request is null || !request.IsKnown)
        {
            return true;
        }

        if (!request.IsSet("PointInTimeRecoverySpecification"))
        {
            return false;
        }

        if (request.Nested("PointInTimeRecoverySpecification") is not { } specification)
        {
            return true;
        }

        return specification["PointInTimeRecoveryEnabled"] is { } enabled && Values.Leaves(enabled).Any(leaf => !Values.IsFalse(leaf));
    }

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
    /// The statement that turns recovery on, and where it goes: after the method's own wait for ACTIVE (a loop that
    /// calls DescribeTable for this table) when it has one, else after the CreateTable statement (AfterWait null).
    /// Null when the call is not waited for, is not in a statement list, or its client or table name is not a plain reference.
    /// </summary>
    private static (Location? AfterWait, string Statement)? Fix(IInvocationOperation create, ImmutableArray<ResourceName> tables, AwsTypes types)
    {
        if (CallSite.Of(create) is not { } site || TableText(create) is not { } table)
        {
            return null;
        }

        var exception = site.FreshLocalName("exception");
        var attempt = site.FreshLocalName("attempt");
        var call = site.FollowUp(
            "UpdateContinuousBackups",
            $$"""
            new global::Amazon.DynamoDBv2.Model.UpdateContinuousBackupsRequest
            {
                TableName = {{table}},
                PointInTimeRecoverySpecification = new global::Amazon.DynamoDBv2.Model.PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
            }
            """);
        if (call is null)
        {
            return null;
        }

        var wait = site.FollowingStatements().FirstOrDefault(statement => statement is ILoopOperation
            && statement.Descendants().OfType<IInvocationOperation>().Any(describe =>
                types.IsOperation(describe, AwsType.IAmazonDynamoDB, "DescribeTable")
                && ResourceName.MayBeSame(tables, ResourceName.OfCall(describe, "TableName", "tableName"))));
        var statement = $$"""
            // Point-in-time recovery: DynamoDB accepts it once the new table is ACTIVE and its backups are ready.
            for (var {{attempt}} = 1; ; {{attempt}}++)
            {
                try
                {
                    {{call}};
                    break;
                }
                catch (global::Amazon.DynamoDBv2.AmazonDynamoDBException {{exception}}) when ({{attempt}} < {{Attempts}} && ({{exception}} is global::Amazon.DynamoDBv2.Model.ContinuousBackupsUnavailableException || {{exception}} is global::Amazon.DynamoDBv2.Model.TableNotFoundException))
                {
                    {{site.Pause(PauseSeconds)}};
                }
            }
            """;
        return (wait?.Syntax.GetLocation(), statement);
    }

    /// <summary>How the fix names the table: <c>request.TableName</c> for a request held in a variable, else the plain value it was given.</summary>
    private static string? TableText(IInvocationOperation create)
    {
        foreach (var argument in create.Arguments)
        {
            if (argument.Parameter?.Name == "tableName")
            {
                return CallSite.PlainText(argument.Value);
            }

            if (argument.Parameter?.Type.Name == "CreateTableRequest")
            {
                return Values.Unwrap(argument.Value) is IObjectCreationOperation
                    ? RequestState.OfValue(argument.Value)?["TableName"] is { } name ? CallSite.PlainText(name) : null
                    : CallSite.PlainText(argument.Value) is { } request ? request + ".TableName" : null;
            }
        }

        return null;
    }

    private sealed class Call
    {
        public Call(Kind kind, IInvocationOperation invocation, ImmutableArray<ResourceName> tables)
        {
            Kind = kind;
            Invocation = invocation;
            Tables = tables;
        }

        public Kind Kind { get; }

        public IInvocationOperation Invocation { get; }

        public ImmutableArray<ResourceName> Tables { get; }
    }
}
