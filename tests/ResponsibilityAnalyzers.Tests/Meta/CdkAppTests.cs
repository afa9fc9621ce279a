using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Meta;

/// <summary>A CDK app references Amazon.CDK.Lib and Constructs, not the AWS SDK: every CDK form must run there.</summary>
public class CdkAppTests
{
    /// <summary>A key and an unexplained suppression in the app, next to the sample's stacks: SRM6001 and SRM0001 have no page section of their own for it.</summary>
    private const string Extra = """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        namespace DocumentStore.Infrastructure
        {
            public class ExportStack : Stack
            {
                public ExportStack(Construct scope) : base(scope, "Export", new StackProps { Env = new Environment { Region = "eu-central-1" } })
                {
        #pragma warning disable SRM7004
                    new Function(this, "Exporter", new FunctionProps
                    {
                        Runtime = Runtime.DOTNET_8,
                        Handler = "Exporter::Exporter.Function::Handle",
                        Code = Code.FromAsset("publish"),
                        Environment = new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "AKIA2E0A8F3B244C9986" },
                    });
        #pragma warning restore SRM7004
                }
            }
        }
        """;

    [Fact]
    public async Task CdkSampleWithoutTheSdk_ReportsEveryCdkForm()
    {
        var folder = Repository.Path("samples", "DocumentStore.Infrastructure");
        var separator = Path.DirectorySeparatorChar;
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f))
            .Append(CSharpSyntaxTree.ParseText(Extra, path: "/sample/ExportStack.cs"));
        var compilation = CSharpCompilation.Create(
            "DocumentStore.Infrastructure",
            trees,
            await AnalyzerRunner.ReferencesFor(Sdk.Cdk),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.DoesNotContain(compilation.ReferencedAssemblyNames, assembly => assembly.Name.StartsWith("AWSSDK.", StringComparison.Ordinal));

        // The encryption policies (SRM2003, SRM2004) speak only when their option asks for more than the defaults.
        var options = TestOptions.Create(new Dictionary<string, string>
        {
            ["srm.allowed_regions"] = "eu-central-1, eu-west-1",
            ["srm.required_s3_sse"] = "sse-kms",
            ["srm.required_dynamodb_key"] = "customer-managed",
        });
        var (diagnostics, exceptions) = await AnalyzerRunner.RunAsync(compilation, Catalog.Analyzers, options);

        Assert.Empty(exceptions);
        var withCdkForm = Directory.EnumerateFiles(Repository.Path("docs", "rules"), "SRM*.md")
            .Where(page => File.ReadAllText(page).Contains("\n## CDK form", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .Append("SRM6001")
            .Append("SRM0001");
        Assert.Empty(withCdkForm.Except(diagnostics.Select(d => d.Id)).OrderBy(id => id, StringComparer.Ordinal));
    }
}
