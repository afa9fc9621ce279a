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

    private protected override bool HasCdkForm => true;

    /// <summary>
    /// The CDK form: <c>Credentials.FromPassword(user, SecretValue.UnsafePlainText("…"))</c> (or the deprecated
    /// <c>SecretValue.PlainText</c>) with a string the compiler knows. Fix: <c>Credentials.FromGeneratedSecret(user)</c>,
    /// so the CDK generates the password and keeps it in Secrets Manager.
    /// </summary>
    private protected override void RegisterConstructs(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.CdkRdsCredentials] is not { } credentials || types[AwsType.CdkSecretValue] is not { } secretValue)
        {
            return;
        }

        CdkOperations.Register(
            context,
            types,
            operation =>
            {
                var call = (IInvocationOperation)operation.Operation;
                if (call.TargetMethod is not { IsStatic: true, Name: "FromPassword" } method
                    || !SymbolEqualityComparer.Default.Equals(method.ContainingType, credentials)
                    || call.Arguments.Length < 2)
                {
                    return;
                }

                var password = call.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "password")?.Value;
                var plain = password is null ? null : Values.Leaves(password).FirstOrDefault(leaf =>
                    leaf is IInvocationOperation { TargetMethod: { IsStatic: true, Name: "UnsafePlainText" or "PlainText" } wrap, Arguments.Length: 1 } written
                    && SymbolEqualityComparer.Default.Equals(wrap.ContainingType, secretValue)
                    && Values.ConstantString(written.Arguments[0].Value) is not null);
                if (plain is null)
                {
                    return;
                }

                var user = call.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "username")?.Value;

                // The user name moves with its comments; a comment anywhere else in the call would go with the password.
                var fixable = user is not null && !call.Syntax.DescendantTrivia().Any(trivia => (trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.MultiLineCommentTrivia))
                    && !user.Syntax.FullSpan.Contains(trivia.Span));
                operation.ReportDiagnostic(Descriptors.SRM6102_RdsMasterPasswordInSource.Create(
                    call.Syntax.GetLocation(),
                    ResponsibilityModel.Rds,
                    "the CDK database's master password is written in the code (SecretValue." + ((IInvocationOperation)plain).TargetMethod.Name + "): it is in the source, its history, the synthesized template and the CloudFormation console; let the CDK generate it in Secrets Manager",
                    fixable ? Remedy.Replace(Fact.Call("global::Amazon.CDK.AWS.RDS.Credentials.FromGeneratedSecret", Fact.Moved(0))) : null,
                    fixable ? new[] { user!.Syntax.GetLocation() } : System.Array.Empty<Location>()));
            },
            OperationKind.Invocation);
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
