using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResponsibilityAnalyzers.Tests.Infrastructure;

/// <summary>
/// Runs an analyzer over code that does not compile (as in an editor while typing) and returns the exceptions it threw:
/// the analyzer driver turns them into AD0001 diagnostics, which the verifier cannot show next to compiler errors.
/// </summary>
public static class HalfTypedCode
{
    public static async Task<ImmutableArray<Diagnostic>> AnalyzerExceptions<TAnalyzer>(Sdk sdk, string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var references = await AwsSdk.For(sdk).ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "HalfTyped",
            new[] { CSharpSyntaxTree.ParseText(source) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return diagnostics.Where(diagnostic => diagnostic.Id == "AD0001").ToImmutableArray();
    }
}
