using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.AccessControl;

/// <summary>
/// SRM5104: <c>PubliclyAccessible = true</c> on CreateDBInstanceRequest, CreateDBClusterRequest or
/// ModifyDBInstanceRequest. Leaving it out is not reported: RDS then decides from the subnet group and the default
/// VPC, which the code does not show. Fix: false.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublicRdsInstanceAnalyzer : ResponsibilityAnalyzer
{
    public PublicRdsInstanceAnalyzer()
        : base(Descriptors.SRM5104_PublicRdsInstance)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var requests = types.Present(AwsType.CreateDBInstanceRequest, AwsType.CreateDBClusterRequest, AwsType.ModifyDBInstanceRequest);
        RequestChecks.OnAssignment(context, requests, "PubliclyAccessible", (operation, _, value) =>
        {
            foreach (var leaf in Values.Leaves(value))
            {
                if (Values.IsTrue(leaf))
                {
                    var site = Locations.Inside(operation.Operation, leaf, value);
                    operation.ReportDiagnostic(Descriptors.SRM5104_PublicRdsInstance.Create(
                        site.Location,
                        ResponsibilityModel.Rds,
                        "PubliclyAccessible = true gives the database a public address that resolves from the internet, so only its security group stands between the database and anyone who finds it; keep it private and reach it from inside the VPC",
                        Fixes.Replace("false").At(site),
                        site.Additional));
                }
            }
        });
    }
}
