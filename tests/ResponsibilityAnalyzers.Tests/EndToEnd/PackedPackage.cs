using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

using ResponsibilityAnalyzers.Tests.Infrastructure;

namespace ResponsibilityAnalyzers.Tests.EndToEnd;

/// <summary>
/// The package as a user meets it: packed once from the source tree into a folder feed under a version no NuGet cache
/// has seen, and a few throwaway consumer projects restored from that feed plus nuget.org in one restore.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public const string AwsSdkVersion = "4.1.0";

    /// <summary>The line the consumer projects are flagged on; <see cref="FlaggedLocation"/> is computed from it.</summary>
    public const string FlaggedCode = "CannedACL = S3CannedACL.PublicRead,";

    public const string UploadsSource = """
        using Amazon.S3;
        using Amazon.S3.Model;

        namespace Consumer;

        public static class Uploads
        {
            /// <summary>Avatars are shown on public profile pages.</summary>
            public static PutObjectRequest Avatar(string bucket, string user, Stream picture) => new()
            {
                BucketName = bucket,
                Key = $"avatars/{user}.png",
                InputStream = picture,
                CannedACL = S3CannedACL.PublicRead,
            };

            public static PutObjectRequest Invoice(string bucket, string id, Stream pdf) => new()
            {
                BucketName = bucket,
                Key = $"invoices/{id}.pdf",
                InputStream = pdf,
                CannedACL = S3CannedACL.Private,
            };
        }
        """;

    /// <summary>Code with no AWS SDK at all, that merely looks like ACL handling.</summary>
    public const string NoAwsSdkSource = """
        namespace Consumer;

        public static class Acl
        {
            public const string PublicRead = "public-read";

            public static string Describe(string acl) => acl == PublicRead ? "anyone can read it" : "only the owner can read it";
        }
        """;

    /// <summary>
    /// Suppressions as a team writes them: one pragma with a reason, one without (SRM0001), and one of a rule the
    /// project's .globalconfig lists in srm.non_suppressible_rules (SRM0002, an error).
    /// </summary>
    public const string SharesSource = """
        using Amazon.S3;
        using Amazon.S3.Model;

        namespace Consumer;

        public static class Shares
        {
        #pragma warning disable SRM5001 // the press kit is public by design (ticket MKT-12)
            public static PutObjectRequest PressKit(string bucket) => new() { BucketName = bucket, Key = "press-kit.zip", CannedACL = S3CannedACL.PublicRead };
        #pragma warning restore SRM5001

        #pragma warning disable SRM5001
            public static PutObjectRequest Logo(string bucket) => new() { BucketName = bucket, Key = "logo.png", CannedACL = S3CannedACL.PublicRead };
        #pragma warning restore SRM5001

        #pragma warning disable SRM5004 // old pages link the files directly
            public static DeletePublicAccessBlockRequest OpenLegacy(string bucket) => new() { BucketName = bucket };
        #pragma warning restore SRM5004
        }
        """;

    private readonly Lazy<Consumers> _consumers;

    public PackedPackage()
    {
        RepositoryRoot = Repository.Root;
        Version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        WorkDirectory = Directory.CreateTempSubdirectory("srm-e2e-").FullName;
        Feed = Path.Combine(WorkDirectory, "feed");

        // Restore without the version property, so the checkout's own restore output stays as it was,
        // then pack under the unique version.
        var project = Path.Combine(RepositoryRoot, "src", "ResponsibilityAnalyzers.Package", "ResponsibilityAnalyzers.Package.csproj");
        Require(DotNetCli.Run(RepositoryRoot, "restore", project, "-nodeReuse:false"));
        PackResult = Require(DotNetCli.Run(
            RepositoryRoot,
            "pack", project, "--no-restore", "-c", "Release", "-o", Feed, "-p:PackageVersion=" + Version, "-nodeReuse:false"));

        PackagePath = Path.Combine(Feed, $"ResponsibilityAnalyzers.{Version}.nupkg");
        if (!File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack did not produce {PackagePath}.{Environment.NewLine}{PackResult}");
        }

        _consumers = new Lazy<Consumers>(CreateConsumers);
    }

    public string RepositoryRoot { get; }

    public string Version { get; }

    public string WorkDirectory { get; }

    public string Feed { get; }

    public string PackagePath { get; }

    public CommandResult PackResult { get; }

    /// <summary>The consumer projects, written and restored on first use (once for the whole class).</summary>
    public Consumers Consumers => _consumers.Value;

    /// <summary>Where the compiler must report the flagged line of <see cref="UploadsSource"/>: 1-based line and column.</summary>
    public static (int Line, int Column) FlaggedLocation
    {
        get
        {
            var lines = UploadsSource.Split('\n');
            var line = Array.FindIndex(lines, l => l.Contains(FlaggedCode, StringComparison.Ordinal));
            return (line + 1, lines[line].IndexOf("S3CannedACL.PublicRead", StringComparison.Ordinal) + 1);
        }
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("SRM_E2E_KEEP") is { Length: > 0 })
        {
            return;
        }

        TryDelete(WorkDirectory);

        // The unique version is of no use to anyone once the class is done; keep the global cache clean.
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(packages, "responsibilityanalyzers", Version.ToLowerInvariant()));
    }

    private static CommandResult Require(CommandResult result) =>
        result.Succeeded ? result : throw new InvalidOperationException("Setup command failed:" + Environment.NewLine + result);


    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private Consumers CreateConsumers()
    {
        var root = Path.Combine(WorkDirectory, "consumers");
        Directory.CreateDirectory(root);

        // Nothing above the temp folder may leak into the consumers' builds.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(root, file), "<Project />\n");
        }

        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local-e2e" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local-e2e">
                  <package pattern="ResponsibilityAnalyzers" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        var consumers = new Consumers(root);
        WriteProject(consumers.Flagged, withAwsSdk: true, "Uploads.cs", UploadsSource);
        WriteProject(consumers.Silenced, withAwsSdk: true, "Uploads.cs", UploadsSource);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(consumers.Silenced)!, ".editorconfig"), """
            root = true

            [*.cs]
            dotnet_diagnostic.SRM5001.severity = none
            """);
        WriteProject(consumers.NoAwsSdk, withAwsSdk: false, "Acl.cs", NoAwsSdkSource);

        // The project lists appsettings.json itself; the package must add appsettings.Development.json, and not add
        // appsettings.json a second time.
        WriteProject(consumers.Governed, withAwsSdk: true, "Shares.cs", SharesSource, """<ItemGroup><AdditionalFiles Include="appsettings.json" /></ItemGroup>""");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(consumers.Governed)!, ".globalconfig"), """
            is_global = true
            srm.non_suppressible_rules = SRM5004
            """);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(consumers.Governed)!, "appsettings.json"), """{ "AWS": { "Region": "eu-central-1" } }""");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(consumers.Governed)!, "appsettings.Development.json"), """{ "AWS": { "Profile": "dev" } }""");

        const string testProject = "<PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup>";
        WriteProject(consumers.TestProject, withAwsSdk: true, "Uploads.cs", UploadsSource, testProject);
        WriteProject(consumers.TestProjectOptedIn, withAwsSdk: true, "Uploads.cs", UploadsSource, testProject);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(consumers.TestProjectOptedIn)!, ".globalconfig"), """
            is_global = true
            srm.analyze_test_projects = true
            """);

        var projects = string.Join(
            Environment.NewLine,
            consumers.All.Select(project => $"""  <Project Path="{Path.GetRelativePath(root, project)}" />"""));
        File.WriteAllText(Path.Combine(root, "Consumers.slnx"), $"""
            <Solution>
            {projects}
            </Solution>
            """);

        consumers.Restore = Require(DotNetCli.Run(root, "restore", "Consumers.slnx", "-nodeReuse:false"));
        return consumers;
    }

    /// <summary>A consumer project; <paramref name="extraContent"/> is MSBuild elements added at the end of its Project.</summary>
    private void WriteProject(string projectPath, bool withAwsSdk, string sourceName, string source, string extraContent = "")
    {
        var directory = Path.GetDirectoryName(projectPath)!;
        Directory.CreateDirectory(directory);
        var awsSdk = withAwsSdk ? $"""<PackageReference Include="AWSSDK.S3" Version="{AwsSdkVersion}" />""" : string.Empty;
        File.WriteAllText(projectPath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {awsSdk}
                <PackageReference Include="ResponsibilityAnalyzers" Version="{Version}" PrivateAssets="all" />
              </ItemGroup>
              {extraContent}
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, sourceName), source);
    }

    /// <summary>
    /// A copy of samples/DocumentStore next to the consumer projects (their nuget.config and empty Directory.Build
    /// files) that takes the analyzers from the packed package instead of the source tree, with
    /// <paramref name="editorConfig"/> appended to its .editorconfig; restored. Returns the project file.
    /// </summary>
    public string CopySample(string name, string editorConfig)
    {
        var source = Path.Combine(RepositoryRoot, "samples", "DocumentStore");
        var target = Path.Combine(Consumers.Root, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }

        var project = Path.Combine(target, "DocumentStore.csproj");
        var xml = File.ReadAllText(project);
        var reference = System.Text.RegularExpressions.Regex.Replace(
            xml,
            @"<ProjectReference Include=""[^""]*ResponsibilityAnalyzers\.csproj""[^>]*/>",
            $@"<PackageReference Include=""ResponsibilityAnalyzers"" Version=""{Version}"" PrivateAssets=""all"" />");
        if (reference == xml)
        {
            throw new InvalidOperationException("The sample no longer references the analyzers as the copy expects:" + Environment.NewLine + xml);
        }

        File.WriteAllText(project, reference);
        File.AppendAllText(Path.Combine(target, ".editorconfig"), Environment.NewLine + editorConfig + Environment.NewLine);
        Require(DotNetCli.Run(target, "restore", project, "-nodeReuse:false"));
        return project;
    }

    /// <summary>True when the restore gave <paramref name="projectPath"/> the packed analyzer assembly to load.</summary>
    public bool RestoreResolvedAnalyzer(string projectPath)
    {
        var assets = Path.Combine(Path.GetDirectoryName(projectPath)!, "obj", "project.assets.json");
        using var document = JsonDocument.Parse(File.ReadAllText(assets));
        return document.RootElement.GetProperty("libraries").TryGetProperty($"ResponsibilityAnalyzers/{Version}", out var library)
            && library.GetProperty("files").EnumerateArray().Any(file => file.GetString() == "analyzers/dotnet/cs/ResponsibilityAnalyzers.dll");
    }
}

/// <summary>The throwaway projects that consume the package.</summary>
public sealed class Consumers
{
    public Consumers(string root)
    {
        Root = root;
        Flagged = Path.Combine(root, "Flagged", "Flagged.csproj");
        Silenced = Path.Combine(root, "Silenced", "Silenced.csproj");
        NoAwsSdk = Path.Combine(root, "NoAwsSdk", "NoAwsSdk.csproj");
        Governed = Path.Combine(root, "Governed", "Governed.csproj");
        TestProject = Path.Combine(root, "TestProject", "TestProject.csproj");
        TestProjectOptedIn = Path.Combine(root, "TestProjectOptedIn", "TestProjectOptedIn.csproj");
    }

    public string Root { get; }

    /// <summary>AWS SDK + package, code with a public canned ACL.</summary>
    public string Flagged { get; }

    /// <summary>The same, with SRM5001 turned off in .editorconfig.</summary>
    public string Silenced { get; }

    /// <summary>The package without the AWS SDK.</summary>
    public string NoAwsSdk { get; }

    /// <summary>AWS SDK + package, suppressions with and without a reason, srm.non_suppressible_rules, appsettings files.</summary>
    public string Governed { get; }

    /// <summary>The public-ACL code in a project with IsTestProject = true.</summary>
    public string TestProject { get; }

    /// <summary>The same, with srm.analyze_test_projects = true in its .globalconfig.</summary>
    public string TestProjectOptedIn { get; }

    public string[] All => [Flagged, Silenced, NoAwsSdk, Governed, TestProject, TestProjectOptedIn];

    public CommandResult? Restore { get; set; }

    /// <summary>A full (not incremental) build, so the compiler runs and reports every time.</summary>
    public CommandResult Build(string projectPath, params string[] extra) =>
        DotNetCli.Run(Root, ["build", projectPath, "--no-restore", "--no-incremental", "-nodeReuse:false", .. extra]);
}
