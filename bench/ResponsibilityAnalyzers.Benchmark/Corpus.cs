using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>
/// --corpus DIR: each first-level folder of DIR is one project made of every *.cs file under it (bin/ and obj/ left
/// out), built twice: against .NET 10 with the net10.0 AWS SDK, and against .NET Framework 4.7.2 with the net472 AWS SDK
/// (the build with the synchronous methods, such as client.PutObject(request)).
/// </summary>
internal static partial class Corpus
{
    /// <summary>
    /// What .NET Framework projects that use newer C# add themselves (by hand or through a polyfill package) so that
    /// records, init accessors and required members compile; added to the net472 build of a corpus project that does
    /// not declare the type itself.
    /// </summary>
    private static readonly (string Type, string Source)[] Net472Polyfills =
    {
        ("IsExternalInit", "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }"),
        ("RequiredMemberAttribute", "namespace System.Runtime.CompilerServices { [System.AttributeUsage(System.AttributeTargets.All, Inherited = false)] internal sealed class RequiredMemberAttribute : System.Attribute { } }"),
        ("CompilerFeatureRequiredAttribute", "namespace System.Runtime.CompilerServices { [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true, Inherited = false)] internal sealed class CompilerFeatureRequiredAttribute : System.Attribute { public CompilerFeatureRequiredAttribute(string featureName) { } } }"),
        ("SetsRequiredMembersAttribute", "namespace System.Diagnostics.CodeAnalysis { [System.AttributeUsage(System.AttributeTargets.Constructor, Inherited = false)] internal sealed class SetsRequiredMembersAttribute : System.Attribute { } }"),
    };

    public static IReadOnlyList<GeneratedProject> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ArgumentException($"--corpus: folder {folder} not found.");
        }

        var projects = new List<GeneratedProject>();
        foreach (var directory in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(directory);
            var files = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(directory, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                .Order(StringComparer.Ordinal)
                .Select(f =>
                {
                    var text = File.ReadAllText(f);
                    return new GeneratedFile("/" + name + "/" + Path.GetRelativePath(directory, f).Replace('\\', '/'), text, AmazonUsage().IsMatch(text));
                })
                .ToList();
            if (files.Count == 0)
            {
                continue;
            }

            projects.Add(new GeneratedProject(name, $"{name} (net10.0)", ProjectKind.Corpus, ReferenceSet.AwsNet10, files));
            var polyfills = Net472Polyfills
                .Where(p => !files.Any(f => f.Text.Contains("class " + p.Type, StringComparison.Ordinal)))
                .Select(p => new GeneratedFile($"/{name}/obj/bench-net472-polyfill-{p.Type}.cs", p.Source, false));
            projects.Add(new GeneratedProject(name, $"{name} (net472)", ProjectKind.Corpus, ReferenceSet.AwsNet472, files.Concat(polyfills).ToList()));
        }

        if (projects.Count == 0)
        {
            throw new ArgumentException($"--corpus: no folder under {folder} holds a *.cs file (each first-level folder is one project).");
        }

        return projects;
    }

    /// <summary>A file that names the AWS SDK (a using of an Amazon namespace or a qualified Amazon.* name).</summary>
    [GeneratedRegex(@"\busing\s+Amazon\b|\bAmazon\.[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex AmazonUsage();
}
