using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>What the generated projects compile against.</summary>
internal static class References
{
    /// <summary>The .NET 10 reference assemblies (Basic.Reference.Assemblies.Net100), as a net10.0 project sees them.</summary>
    public static ImmutableArray<MetadataReference> Framework { get; } =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();

    /// <summary>
    /// AWSSDK.Core, AWSSDK.S3 and AWSSDK.DynamoDBv2 4.1.0 and what they depend on outside the framework, taken from the
    /// assemblies this process loaded through its own PackageReferences (so a project that references AWSSDK.S3 and
    /// AWSSDK.DynamoDBv2 sees the same set).
    /// </summary>
    public static ImmutableArray<MetadataReference> AwsSdk { get; } = LoadAwsSdk();

    public static IReadOnlyList<string> AwsSdkNames { get; } =
        AwsSdk.Select(r => Path.GetFileNameWithoutExtension(r.Display ?? "")).Order(StringComparer.Ordinal).ToList();

    public static ImmutableArray<MetadataReference> For(bool withAws) => withAws ? Framework.AddRange(AwsSdk) : Framework;

    private static ImmutableArray<MetadataReference> LoadAwsSdk()
    {
        var roots = new[]
        {
            typeof(Amazon.Runtime.ClientConfig).Assembly,
            typeof(Amazon.S3.AmazonS3Client).Assembly,
            typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient).Assembly,
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
}
