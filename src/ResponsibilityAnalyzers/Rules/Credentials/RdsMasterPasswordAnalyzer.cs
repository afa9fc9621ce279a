using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Credentials;

/// <summary>
/// SRM6102: <c>MasterUserPassword</c> of an RDS create or modify request (or the masterUserPassword argument of
/// CreateDBInstanceRequest's constructor) is a string the compiler knows: a literal or a constant. Fix (assignments
/// whose every value is such a string, on a request that does not set ManageMasterUserPassword): replace the
/// assignment with ManageMasterUserPassword = true, so RDS generates the password and keeps it in Secrets Manager.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RdsMasterPasswordAnalyzer : ResponsibilityAnalyzer
{
    private const string MasterUserPassword = nameof(MasterUserPassword);
    private const string ManageMasterUserPassword = nameof(ManageMasterUserPassword);

    public RdsMasterPasswordAnalyzer()
        : base(Descriptors.SRM6102_RdsMasterPasswordInSource)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var requests = types.Present(AwsType.CreateDBInstanceRequest, AwsType.CreateDBClusterRequest, AwsType.ModifyDBInstanceRequest, AwsType.ModifyDBClusterRequest);
        RequestChecks.OnAssignment(context, requests, MasterUserPassword, (operation, target, value) =>
        {
            var leaves = Values.Leaves(value).ToArray();
            var fixable = leaves.All(IsWrittenOut) && RequestState.OfAssignmentTarget(target)?.IsSet(ManageMasterUserPassword) == false;
            foreach (var leaf in leaves.Where(IsWrittenOut))
            {
                Report(operation, leaf, fixable ? operation.Operation.Syntax : null);
            }
        });

        RequestChecks.OnCreation(context, types.Present(AwsType.CreateDBInstanceRequest), (operation, creation, _) =>
        {
            foreach (var argument in creation.Arguments.Where(argument => argument.Parameter?.Name == "masterUserPassword"))
            {
                foreach (var leaf in Values.Leaves(argument.Value).Where(IsWrittenOut))
                {
                    Report(operation, leaf, assignment: null);
                }
            }
        });
    }

    private static bool IsWrittenOut(IOperation leaf) => Values.ConstantString(leaf) is { Length: > 0 };

    private static void Report(OperationAnalysisContext operation, IOperation leaf, SyntaxNode? assignment) =>
        operation.ReportDiagnostic(Descriptors.SRM6102_RdsMasterPasswordInSource.Create(
            leaf.Syntax.GetLocation(),
            ResponsibilityModel.Rds,
            $"the master password is {(leaf is ILiteralOperation ? "a string literal" : "a constant")} in the source, so everyone with the repository, its history or a build has the database's master credentials; set ManageMasterUserPassword = true to let RDS generate it and keep it in Secrets Manager",
            assignment is null ? null : Remedy.Reassign(ManageMasterUserPassword, "true"),
            assignment is null ? System.Array.Empty<Location>() : new[] { assignment.GetLocation() }));
}
