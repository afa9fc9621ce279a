using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>What a measured project compiles against.</summary>
internal enum ReferenceSet
{
    /// <summary>.NET 10 reference assemblies only: the projects without the AWS SDK.</summary>
    NoSdk,

    /// <summary>.NET 10 and the net10.0 build of the AWS SDK v4 packages.</summary>
    AwsNet10,

    /// <summary>.NET Framework 4.7.2 and the net472 build of the same AWS SDK v4 packages (with the synchronous methods).</summary>
    AwsNet472,

    /// <summary>.NET 10, the AWS SDK v4 packages and the AWS CDK v2 (Amazon.CDK.Lib, Constructs): the generated AWS project, whose stack files declare its infrastructure.</summary>
    AwsCdkNet10,
}

/// <summary>What the generated and corpus projects compile against.</summary>
internal static class References
{
    /// <summary>The AWS SDK packages' version; the bench's PackageReferences take the same (AwsSdkVersion in the csproj).</summary>
    public static string AwsSdkVersion { get; } = Metadata("AwsSdkVersion") ?? "4.1.0";

    /// <summary>The AWS SDK packages a measured project references, as NuGet ids (their dependencies come along).</summary>
    public static IReadOnlyList<string> AwsPackages { get; } = new[]
    {
        "AWSSDK.Core", "AWSSDK.S3", "AWSSDK.DynamoDBv2", "AWSSDK.EC2", "AWSSDK.KeyManagementService", "AWSSDK.SQS",
        "AWSSDK.SecurityToken", "AWSSDK.SimpleSystemsManagement", "AWSSDK.Extensions.NETCore.Setup",
    };

    /// <summary>The .NET 10 reference assemblies (Basic.Reference.Assemblies.Net100), as a net10.0 project sees them.</summary>
    public static ImmutableArray<MetadataReference> Framework { get; } =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();

    /// <summary>
    /// The AWS SDK packages above (net10.0 build) and what they depend on outside the framework, taken from the
    /// assemblies this process loaded through its own PackageReferences (so a project that references those packages
    /// sees the same set).
    /// </summary>
    public static ImmutableArray<MetadataReference> AwsSdk { get; } = LoadAwsSdk();

    /// <summary>The AWS CDK packages the generated AWS project references as well (the csproj's PackageDownloads), with the two the constructs' API is declared in.</summary>
    public static IReadOnlyList<(string Id, string Version)> CdkPackageVersions { get; } = new[]
    {
        ("Amazon.CDK.Lib", "2.160.0"), ("Constructs", "10.0.5"), ("Amazon.JSII.Runtime", "1.103.1"), ("Amazon.CDK.CloudAssembly.Schema", "38.0.0"),
    };

    public static IReadOnlyList<string> CdkPackages { get; } = CdkPackageVersions.Take(2).Select(p => $"{p.Id} {p.Version}").ToList();

    private static readonly Lazy<(ImmutableArray<MetadataReference> References, string? Error)> CdkReferences = new(LoadCdk);

    /// <summary>
    /// The AWS CDK's assemblies (netcoreapp3.1 builds, the only ones the packages ship) from the package folders. The jsii
    /// runtime's own dependencies (Microsoft.Extensions.*, Newtonsoft.Json) are left out: the constructs' API does not
    /// expose them, and the generated project declares its own stand-in of Microsoft.Extensions.Options.
    /// </summary>
    private static (ImmutableArray<MetadataReference>, string?) LoadCdk()
    {
        var root = NuGetPackageRoot();
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var (id, version) in CdkPackageVersions)
        {
            var folder = Path.Combine(root, id.ToLowerInvariant(), version, "lib", "netcoreapp3.1");
            if (!Directory.Exists(folder))
            {
                return (ImmutableArray<MetadataReference>.Empty, $"{folder} not found (restore the bench project)");
            }

            references.AddRange(Directory.GetFiles(folder, "*.dll").Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)));
        }

        return (references.ToImmutable(), null);
    }

    public static IReadOnlyList<string> AwsSdkNames { get; } =
        AwsSdk.Select(r => Path.GetFileNameWithoutExtension(r.Display ?? "")).Order(StringComparer.Ordinal).ToList();

    private static readonly Lazy<(ImmutableArray<MetadataReference> References, string? Error)> Net472 = new(LoadNet472);

    /// <summary>Why the net472 references could not be assembled (a package folder missing), else null.</summary>
    public static string? Net472Error => Net472.Value.Error;

    public static ImmutableArray<MetadataReference> For(ReferenceSet set) => set switch
    {
        ReferenceSet.NoSdk => Framework,
        ReferenceSet.AwsNet10 => Framework.AddRange(AwsSdk),
        ReferenceSet.AwsCdkNet10 => CdkReferences.Value.Error is { } error ? throw new InvalidOperationException(error) : Framework.AddRange(AwsSdk).AddRange(CdkReferences.Value.References),
        _ => Net472.Value.Error is { } error ? throw new InvalidOperationException(error) : Net472.Value.References,
    };

    /// <summary>The NuGet global packages folder restore used for the bench (baked in at build), else NUGET_PACKAGES, else ~/.nuget/packages.</summary>
    public static string NuGetPackageRoot()
    {
        var baked = Metadata("NuGetPackageRoot");
        if (!string.IsNullOrEmpty(baked) && Directory.Exists(baked))
        {
            return baked;
        }

        var environment = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return !string.IsNullOrEmpty(environment)
            ? environment
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    private static string? Metadata(string key) =>
        typeof(References).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;

    private static ImmutableArray<MetadataReference> LoadAwsSdk()
    {
        var roots = new[]
        {
            typeof(Amazon.Runtime.ClientConfig).Assembly,
            typeof(Amazon.S3.AmazonS3Client).Assembly,
            typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient).Assembly,
            typeof(Amazon.EC2.AmazonEC2Client).Assembly,
            typeof(Amazon.KeyManagementService.AmazonKeyManagementServiceClient).Assembly,
            typeof(Amazon.SQS.AmazonSQSClient).Assembly,
            typeof(Amazon.SecurityToken.AmazonSecurityTokenServiceClient).Assembly,
            typeof(Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient).Assembly,
            typeof(Amazon.Extensions.NETCore.Setup.AWSOptions).Assembly,
        };
        var applicationFolder = Path.GetFullPath(AppContext.BaseDirectory);
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>(roots);
        while (pending.Count > 0)
        {
            var assembly = pending.Dequeue();
            if (!paths.Add(assembly.Location))
            {
                continue;
            }

            foreach (var name in assembly.GetReferencedAssemblies())
            {
                // Only the package assemblies copied next to the bench; the framework comes from the reference assemblies.
                if (File.Exists(Path.Combine(applicationFolder, name.Name + ".dll")))
                {
                    pending.Enqueue(Assembly.Load(name));
                }
            }
        }

        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }

    /// <summary>
    /// .NET Framework 4.7.2 (Microsoft.NETFramework.ReferenceAssemblies.net472, facades included), the net472 build of
    /// the AWS SDK packages, and the net4x builds of what AWSSDK.Core's net472 build depends on, all from the NuGet
    /// package folders (the csproj's PackageReferences and PackageDownloads put them there). AWSSDK.Extensions.NETCore.Setup
    /// has no .NET Framework build and is left out.
    /// </summary>
    private static (ImmutableArray<MetadataReference>, string?) LoadNet472()
    {
        var root = NuGetPackageRoot();
        var framework = Path.Combine(root, "microsoft.netframework.referenceassemblies.net472", "1.0.3", "build", ".NETFramework", "v4.7.2");
        if (!Directory.Exists(framework))
        {
            return (ImmutableArray<MetadataReference>.Empty, $"{framework} not found (restore the bench project)");
        }

        // The folder also holds native images (System.EnterpriseServices.Thunk/Wrapper) that are no reference.
        var files = Directory.GetFiles(framework, "*.dll").Concat(Directory.GetFiles(Path.Combine(framework, "Facades"), "*.dll"))
            .Where(IsAssembly)
            .ToList();
        var packages = AwsPackages.Where(p => p != "AWSSDK.Extensions.NETCore.Setup").Select(p => (p, AwsSdkVersion))
            .Append(("AWSSDK.Extensions.Numerics", AwsSdkVersion))
            .Concat(new[]
            {
                ("System.Memory", "4.6.3"), ("System.Buffers", "4.6.1"), ("System.Numerics.Vectors", "4.6.1"),
                ("System.Runtime.CompilerServices.Unsafe", "6.1.2"), ("System.Threading.Tasks.Extensions", "4.5.4"),
                ("System.Text.Json", "8.0.6"), ("System.Text.Encodings.Web", "8.0.0"), ("Microsoft.Bcl.AsyncInterfaces", "8.0.0"),
                ("System.IO.Hashing", "11.0.0"),
            });
        var fromPackages = new List<string>();
        foreach (var (id, version) in packages)
        {
            var lib = Path.Combine(root, id.ToLowerInvariant(), version, "lib");
            var folder = new[] { "net472", "net471", "net47", "net462", "net461", "net46", "net45", "netstandard2.0" }
                .Select(f => Path.Combine(lib, f))
                .FirstOrDefault(f => Directory.Exists(f) && Directory.EnumerateFiles(f, "*.dll").Any());
            if (folder is null)
            {
                return (ImmutableArray<MetadataReference>.Empty, $"no .NET Framework build of {id} {version} under {lib} (restore the bench project)");
            }

            fromPackages.AddRange(Directory.GetFiles(folder, "*.dll"));
        }

        // A package's assembly replaces the framework facade of the same name.
        var packageNames = fromPackages.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var all = files.Where(f => !packageNames.Contains(Path.GetFileName(f))).Concat(fromPackages);
        return (all.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray(), null);
    }

    private static bool IsAssembly(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        return pe.HasMetadata && System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe).IsAssembly;
    }
}
