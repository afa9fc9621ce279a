using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Meta;

/// <summary>
/// Fixes of different rules that meet on the same code, applied as <c>dotnet format</c> does (Fix All of one rule,
/// then of the next, on the code the previous one left), in either order: the result is code a person would write.
/// </summary>
public class ComposedFixTests
{
    [Theory]
    [InlineData("SRM4004", "SRM4005")]
    [InlineData("SRM4005", "SRM4004")]
    public async Task VersioningInsertion_IsNotAdded_WhereALaterCallConfiguresVersioning(string first, string second)
    {
        var fixedSource = await FixAllInOrderAsync("""
            using System.Threading.Tasks;
            using Amazon.S3;
            using Amazon.S3.Model;

            class Archive
            {
                async Task CreateAsync(IAmazonS3 s3, string bucket)
                {
                    await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
                    await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                    {
                        BucketName = bucket,
                        VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended },
                    });
                }
            }
            """, editorConfig: null, first, second);

        Assert.Equal("""
            using System.Threading.Tasks;
            using Amazon.S3;
            using Amazon.S3.Model;

            class Archive
            {
                async Task CreateAsync(IAmazonS3 s3, string bucket)
                {
                    await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
                    await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                    {
                        BucketName = bucket,
                        VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
                    });
                }
            }
            """, fixedSource);
    }

    [Theory]
    [InlineData("SRM2002", "SRM2004")]
    [InlineData("SRM2004", "SRM2002")]
    public async Task EncryptionOnEveryPath_AndTheRequiredEncryption_GiveTheValue_NotAConditionalOfEqualArms(string first, string second)
    {
        var fixedSource = await FixAllInOrderAsync("""
            using Amazon.S3;
            using Amazon.S3.Model;

            class Reports
            {
                PutObjectRequest Export(bool includesNames, string bucket) => new PutObjectRequest
                {
                    BucketName = bucket,
                    Key = "report.csv",
                    ServerSideEncryptionMethod = includesNames ? ServerSideEncryptionMethod.AWSKMS : ServerSideEncryptionMethod.None,
                };
            }
            """, "srm.required_s3_sse = sse-kms", first, second);

        Assert.Equal("""
            using Amazon.S3;
            using Amazon.S3.Model;

            class Reports
            {
                PutObjectRequest Export(bool includesNames, string bucket) => new PutObjectRequest
                {
                    BucketName = bucket,
                    Key = "report.csv",
                    ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                };
            }
            """, fixedSource);
    }

    /// <summary>dotnet format takes the equivalence key from the first finding's first action: none when that finding has no fix.</summary>
    [Fact]
    public async Task FixAll_WithTheKeyOfAFindingThatHasNoFix_StillFixesTheOthers()
    {
        var fixedSource = await FixAllInOrderAsync("""
            using System.Threading.Tasks;
            using Amazon.S3;
            using Amazon.S3.Model;

            class Buckets
            {
                async Task ArchiveAsync(IAmazonS3 s3, string bucket)
                {
                    await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
                    await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
                    {
                        BucketName = bucket,
                        VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Suspended },
                    });
                }

                async Task DocumentsAsync(IAmazonS3 s3)
                {
                    await s3.PutBucketAsync(new PutBucketRequest { BucketName = "documents" });
                }
            }
            """, editorConfig: null, "SRM4004");

        Assert.Contains("""
                    await s3.PutBucketAsync(new PutBucketRequest { BucketName = "documents" });

                    await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            """, fixedSource);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(fixedSource, "PutBucketVersioningAsync\\(new PutBucketVersioningRequest\\s*\\{\\s*BucketName = bucket"));
    }

    private static async Task<string> FixAllInOrderAsync(string source, string? editorConfig, params string[] ids)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Composed", "Composed", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: await AnalyzerRunner.ReferencesFor(Sdk.V4)));
        var document = project.AddDocument("Test0.cs", SourceText.From(source), filePath: "/0/Test0.cs");
        if (editorConfig is not null)
        {
            document = document.Project.AddAnalyzerConfigDocument(".editorconfig", SourceText.From("root = true\n\n[*.cs]\n" + editorConfig), filePath: "/0/.editorconfig").Project.GetDocument(document.Id)!;
        }

        foreach (var id in ids)
        {
            document = await FixAllAsync(document, id);
        }

        return (await document.GetTextAsync()).ToString();
    }

    /// <summary>
    /// Fix All of rule <paramref name="id"/> as dotnet format runs it: in the solution, with the equivalence key of the
    /// first finding's first action (none when it has no fix), fixer by fixer where the rule has one per form (SDK, CDK).
    /// </summary>
    private static async Task<Document> FixAllAsync(Document document, string id)
    {
        foreach (var fixer in Catalog.Fixers.Where(f => f.FixableDiagnosticIds.Contains(id)))
        {
            document = await FixAllAsync(document, id, fixer);
        }

        return document;
    }

    private static async Task<Document> FixAllAsync(Document document, string id, CodeFixProvider fixer)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = (await AnalyzerRunner.RunAsync(compilation, Catalog.Analyzers, document.Project.AnalyzerOptions)).Diagnostics.Where(d => d.Id == id).ToImmutableArray();
        if (diagnostics.IsEmpty)
        {
            return document;
        }

        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (action, _) => actions.Add(action), CancellationToken.None));
        var context = new FixAllContext(document, fixer, FixAllScope.Solution, actions.FirstOrDefault()?.EquivalenceKey!, new[] { id }, new Diagnostics(diagnostics), CancellationToken.None);
        var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
        if (fixAll is null)
        {
            return document;
        }

        var apply = (await fixAll!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        return apply.ChangedSolution.GetDocument(document.Id)!;
    }

    private sealed class Diagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
