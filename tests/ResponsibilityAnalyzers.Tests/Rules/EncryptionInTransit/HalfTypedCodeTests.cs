using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Rules.EncryptionInTransit;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionInTransit;

/// <summary>Code being typed does not compile; the rules must stay silent on it, never throw (AD0001).</summary>
public class HalfTypedCodeTests
{
    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public async Task HalfTypedAssignments_DoNotThrow(Sdk sdk)
    {
        const string source = """
            using System;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Amazon.Runtime;

            class Typing
            {
                void Write(ClientConfig unknownConfig, Missing missing)
                {
                    var a = new AmazonS3Config { UseHttp = , ServiceURL = };
                    var b = new AmazonS3Config { ServiceURL = "http://" + , UseHttp = missing };
                    var c = new AmazonS3Config { ServiceURL = "http://", UseHttp = true };
                    missing.UseHttp = true;
                    unknownConfig.ServiceURL = "http://[";
                    var d = new GetPreSignedUrlRequest { Protocol = (Protocol), Expires = DateTime.UtcNow.AddDays( };
                    var e = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(1e300), Protocol = (Protocol)1.5 };
                    var f = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.Add(new TimeSpan(1, 2)), Protocol = Protocol. };
                    var g = new GetPreSignedUrlRequest { Expires = DateTime.MaxValue.AddDays(1) + TimeSpan.FromDays() };
                    var h = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddTicks(long.MaxValue).AddTicks(long.MaxValue) };
                    var i = new GetPreSignedUrlRequest { Expires = Missing.UtcNow.AddDays(30) };
                    new GetPreSignedUrlRequest().Expires = DateTime.UtcNow.AddYears(1);
                }
            }
            """;
        var references = await AwsSdk.For(sdk).ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Typing",
            new[] { CSharpSyntaxTree.ParseText(source) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PlainHttpEndpointAnalyzer(), new PresignedUrlOverHttpAnalyzer(), new PresignedUrlExpiryAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(diagnostics.Where(diagnostic => diagnostic.Id == "AD0001").Select(diagnostic => diagnostic.GetMessage()));
        // The rules still run on the rest: c's UseHttp = true is reported, as "http://" has no host to excuse it.
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "SRM3001" && diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan) == "true");
    }
}
