using System;
using System.IO;
using System.Text.Json.Nodes;
using ResponsibilityAnalyzers.Tests.EndToEnd;
using ResponsibilityAnalyzers.Tests.Infrastructure;

namespace ResponsibilityAnalyzers.Tests.Report;

/// <summary>
/// srm-report as CI and users run it: the tool the test build built (src/ResponsibilityAnalyzers.Report, referenced by
/// the test project without its assembly), started with <c>dotnet srm-report.dll</c> on the sample and on throwaway
/// projects in a temp folder. Each run happens once for the whole class, on first use.
/// </summary>
public sealed class ReportRuns : IDisposable
{
    public const string GovernedSource = """
        using System.Diagnostics.CodeAnalysis;
        using Amazon;
        using Amazon.S3;
        using Amazon.S3.Model;

        namespace Governed;

        public static class Buckets
        {
            // SRM4004 would report this bucket, but the project's .globalconfig says backups are set up elsewhere.
            public static Task Create(IAmazonS3 s3) => s3.PutBucketAsync(new PutBucketRequest { BucketName = "governed-docs" });

            [SuppressMessage("AccessControl", "SRM5001:S3 canned ACL makes data public", Justification = "the press kit is public by design (MKT-12)")]
            public static PutObjectRequest PressKit(string bucket) => new() { BucketName = bucket, Key = "press-kit.zip", CannedACL = S3CannedACL.PublicRead };

            public static AmazonS3Client Client() => new("AKIAGOVERNEDTEST0001", "Zr8vQ3nX2wL7tB4mH9cK6pD1sF5gY0zUaE/k+Wd7", RegionEndpoint.EUWest1);
        }
        """;

    private readonly Lazy<ToolRun> _sample;
    private readonly Lazy<JsonNode> _sampleBuild;
    private readonly Lazy<ToolRun> _noSdk;
    private readonly Lazy<ToolRun> _broken;
    private readonly Lazy<ToolRun> _governed;
    private readonly Lazy<ToolRun> _cdk;

    public ReportRuns()
    {
        WorkDirectory = Directory.CreateTempSubdirectory("srm-report-").FullName;

        // Nothing above the temp folder may leak into the throwaway projects' builds.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(WorkDirectory, file), "<Project />\n");
        }

        _sample = new Lazy<ToolRun>(() => Run(Repository.Path("samples", "DocumentStore"), "sample", "--fail-on", "warning"));
        _sampleBuild = new Lazy<JsonNode>(BuildSample);
        _cdk = new Lazy<ToolRun>(() => Run(Repository.Path("samples", "DocumentStore.Infrastructure"), "cdk", "--fail-on", "none"));
        _noSdk = new Lazy<ToolRun>(() => Run(WriteProject("NoSdk", withAwsSdk: false, "Acl.cs", PackedPackage.NoAwsSdkSource), "no-sdk"));
        _broken = new Lazy<ToolRun>(() =>
        {
            var project = Path.Combine(WorkDirectory, "Broken", "Broken.csproj");
            Directory.CreateDirectory(Path.GetDirectoryName(project)!);
            File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup\n");
            return Run(project, "broken");
        });
        _governed = new Lazy<ToolRun>(() =>
        {
            var project = WriteProject("Governed", withAwsSdk: true, "Buckets.cs", GovernedSource);
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(project)!, ".globalconfig"), "is_global = true\nsrm.backups_managed_elsewhere = true\n");
            return Run(project, "governed");
        });
    }

    public string WorkDirectory { get; }

    /// <summary>The tool on samples/DocumentStore with <c>--fail-on warning</c>.</summary>
    public ToolRun Sample => _sample.Value;

    /// <summary>The SARIF log of <c>dotnet build samples/DocumentStore</c>: the build's own findings.</summary>
    public JsonNode SampleBuild => _sampleBuild.Value;

    public ToolRun NoSdk => _noSdk.Value;

    /// <summary>The tool on samples/DocumentStore.Infrastructure, the CDK app, with <c>--fail-on none</c>.</summary>
    public ToolRun Cdk => _cdk.Value;

    public ToolRun Broken => _broken.Value;

    /// <summary>A project with an SRM error, a justified SuppressMessage and srm.backups_managed_elsewhere = true.</summary>
    public ToolRun Governed => _governed.Value;

    /// <summary>The configuration the tests were built in: the tool was built in the same one.</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string ToolPath => Repository.Path("src", "ResponsibilityAnalyzers.Report", "bin", Configuration, "net10.0", "srm-report.dll");

    public CommandResult RunTool(string workingDirectory, params string[] arguments) =>
        DotNetCli.Run(workingDirectory, DotNetCli.DefaultTimeout, [ToolPath, .. arguments]);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("SRM_E2E_KEEP") is { Length: > 0 })
        {
            return;
        }

        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private ToolRun Run(string input, string name, params string[] extra)
    {
        var output = Path.Combine(WorkDirectory, "out-" + name);
        var result = RunTool(WorkDirectory, [input, "--out", output, .. extra]);
        return new ToolRun(result, output);
    }

    private JsonNode BuildSample()
    {
        // The tool's run restored the sample; the test build built the analyzers it references, in this configuration.
        _ = Sample;
        var log = Path.Combine(WorkDirectory, "sample-build.sarif");
        var build = DotNetCli.Run(
            Repository.Root,
            "build", Repository.Path("samples", "DocumentStore", "DocumentStore.csproj"), "--no-restore", "--no-incremental", "-c", Configuration,
            "-p:BuildProjectReferences=false", "-nodeReuse:false", $"-p:ErrorLog={log}%2Cversion=2.1");
        if (!build.Succeeded || !File.Exists(log))
        {
            throw new InvalidOperationException("The sample did not build with a SARIF log:" + Environment.NewLine + build);
        }

        return JsonNode.Parse(File.ReadAllText(log))!;
    }

    private string WriteProject(string name, bool withAwsSdk, string sourceName, string source)
    {
        var directory = Path.Combine(WorkDirectory, name);
        Directory.CreateDirectory(directory);
        var awsSdk = withAwsSdk ? $"""<ItemGroup><PackageReference Include="AWSSDK.S3" Version="{PackedPackage.AwsSdkVersion}" /></ItemGroup>""" : string.Empty;
        var project = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              {awsSdk}
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, sourceName), source);
        return project;
    }
}

/// <summary>One run of the tool: what it printed and where it wrote.</summary>
public sealed record ToolRun(CommandResult Result, string OutputDirectory)
{
    public string Read(string format) => File.ReadAllText(Path.Combine(OutputDirectory, "srm-report." + format));

    public JsonNode Json => JsonNode.Parse(Read("json"))!;

    public override string ToString() => Result.ToString();
}
