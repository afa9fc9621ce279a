using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Region;

/// <summary>
/// SRM1002: <c>RegionEndpoint.GetBySystemName(x)</c> where x is one compile-time string (a literal, a constant, a
/// local holding one) naming a Region the SDK has a RegionEndpoint field for. Which fields exist, and the Region each
/// stands for, is read from the RegionEndpoint symbol once per compilation. Fix: the field.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RegionAsStringAnalyzer : ResponsibilityAnalyzer
{
    public RegionAsStringAnalyzer()
        : base(Descriptors.SRM1002_RegionAsString)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var endpoints = new RegionFields(types[AwsType.RegionEndpoint]);
        if (endpoints.Type is null)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                if (invocation.TargetMethod is not { IsStatic: true, Name: "GetBySystemName" } method
                    || !SymbolEqualityComparer.Default.Equals(method.ContainingType, endpoints.Type)
                    || invocation.Arguments.Length != 1
                    || Values.SingleLeaf(invocation.Arguments[0].Value) is not { } leaf
                    || Values.ConstantString(leaf) is not { } region
                    || endpoints.FieldFor(region) is not { } field
                    || endpoints.Expression(region) is not { } expression)
                {
                    return;
                }

                operation.ReportDiagnostic(Descriptors.SRM1002_RegionAsString.Create(
                    invocation.Syntax.GetLocation(),
                    ResponsibilityModel.AnyService,
                    $"RegionEndpoint.GetBySystemName(\"{region}\") can be RegionEndpoint.{field}, which the compiler checks; a mistyped string still compiles and names another Region, or none",
                    Remedy.Replace(expression)));
            },
            OperationKind.Invocation);
    }
}
