using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Rules.AccessControl;
using ResponsibilityAnalyzers.Rules.Governance;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Meta;

/// <summary>
/// Test projects (build_property.IsTestProject = true, made visible by the package's build props) are not analyzed
/// unless srm.analyze_test_projects = true in a .globalconfig; SRM0000 still checks the options there.
/// </summary>
public class TestProjectTests
{
    private const string Source = """
        using Amazon.S3;
        using Amazon.S3.Model;

        class Fixtures
        {
            PutObjectRequest PublicAvatar() => new PutObjectRequest { BucketName = "avatars", CannedACL = {|#0:S3CannedACL.PublicRead|} };
        }
        """;

    [Theory]
    [MemberData(nameof(Catalog.AnalyzerNames), MemberType = typeof(Catalog))]
    public async Task Analyzer_InATestProject_RegistersNoAction_ExceptTheOptionCheck(string name)
    {
        var analyzer = Catalog.Analyzers.Single(a => a.GetType().Name == name);
        var compilation = await AnalyzerRunner.CompileAsync(Sdk.V4, Source.Replace("{|#0:", "").Replace("|}", ""));
        var options = TestOptions.Create(new Dictionary<string, string> { ["build_property.IsTestProject"] = "true" });
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        Assert.Empty(await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None));
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        var actions = telemetry.OperationActionsCount + telemetry.OperationBlockStartActionsCount + telemetry.SyntaxNodeActionsCount
            + telemetry.SyntaxTreeActionsCount + telemetry.SymbolActionsCount + telemetry.CompilationEndActionsCount
            + telemetry.CodeBlockStartActionsCount + telemetry.SymbolStartActionsCount + telemetry.SemanticModelActionsCount;
        if (analyzer is InvalidOptionAnalyzer)
        {
            Assert.NotEqual(0, actions);
        }
        else
        {
            Assert.Equal(0, actions);
        }
    }

    [Theory]
    [InlineData("build_property.IsTestProject = true\n", false)]
    [InlineData("build_property.IsTestProject = True\nsrm.analyze_test_projects = false\n", false)]
    [InlineData("build_property.IsTestProject = true\nsrm.analyze_test_projects = true\n", true)]
    [InlineData("build_property.IsTestProject = false\n", true)]
    [InlineData("build_property.IsTestProject = \n", true)]
    [InlineData("", true)]
    public Task PublicAcl_InATestProject_IsReportedOnlyWhenOptedIn(string globalConfig, bool reported)
    {
        var test = new CSharpCodeFixTest<PublicCannedAclAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = AwsSdk.V4,
            TestCode = reported ? Source : Source.Replace("{|#0:", "").Replace("|}", ""),
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        if (reported)
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.SRM5001_PublicCannedAcl).WithLocation(0).WithArguments("S3 is an abstracted service", "PublicRead makes it readable by anyone on the internet"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task MistypedOptIn_InATestProject_IsReportedBySrm0000()
    {
        var test = new CSharpCodeFixTest<InvalidOptionAnalyzer, EmptyCodeFixProvider, DefaultVerifier> { ReferenceAssemblies = AwsSdk.V4, TestCode = "class C { }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\nsrm.analyze_test_projects = yes\n"));
        var option = ResponsibilityAnalyzers.Core.SrmOptions.AnalyzeTestProjects;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.SRM0000_InvalidOption).WithArguments(option.Key, "yes", option.AcceptedForm));
        return test.RunAsync();
    }
}
