using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Meta;

public class AnalyzerRobustnessTests
{
    [Theory]
    [MemberData(nameof(Catalog.AnalyzerNames), MemberType = typeof(Catalog))]
    public async Task Analyzer_OnAnEmptyFile_ReportsNothing_AndDoesNotThrow(string name)
    {
        var analyzer = Catalog.Analyzers.Single(a => a.GetType().Name == name);
        foreach (var sdk in new[] { Sdk.V3, Sdk.V4, Sdk.None, Sdk.Cdk })
        {
            var (diagnostics, exceptions) = await AnalyzerRunner.RunAsync(await AnalyzerRunner.CompileAsync(sdk, ""), ImmutableArray.Create(analyzer));
            Assert.Empty(exceptions);
            Assert.Empty(diagnostics);
        }
    }

    /// <summary>Without the AWS SDK and the AWS CDK an analyzer must register no action at all: projects that do not use AWS pay nothing.</summary>
    [Theory]
    [MemberData(nameof(Catalog.AnalyzerNames), MemberType = typeof(Catalog))]
    public async Task Analyzer_WithoutTheAwsSdkOrCdk_RegistersNoAction(string name)
    {
        var analyzer = Catalog.Analyzers.Single(a => a.GetType().Name == name);
        var compilation = await AnalyzerRunner.CompileAsync(Sdk.None, "class C { void M() { var x = new System.Text.StringBuilder(); x.Capacity = 3; } }");
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount + telemetry.OperationBlockStartActionsCount + telemetry.SyntaxNodeActionsCount
            + telemetry.SyntaxTreeActionsCount + telemetry.SymbolActionsCount + telemetry.CompilationEndActionsCount
            + telemetry.CodeBlockStartActionsCount + telemetry.SymbolStartActionsCount + telemetry.SemanticModelActionsCount);
    }
}
