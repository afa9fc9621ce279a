using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResponsibilityAnalyzers.Benchmark;

internal enum SetKind
{
    Srm,
    NoOp,
    Peer,
}

/// <summary>A set of analyzers measured together; a peer that failed to load has no analyzers and a load error.</summary>
internal sealed record AnalyzerSet(string Name, SetKind Kind, string Source, ImmutableArray<DiagnosticAnalyzer> Analyzers, string? LoadError)
{
    public bool Loaded => LoadError is null && !Analyzers.IsEmpty;
}

internal static class AnalyzerSets
{
    /// <summary>The peers: NuGet package id, version, and the analyzer assemblies to load from it.</summary>
    private static readonly (string Name, string Id, string Version, string[] Assemblies)[] PeerPackages =
    {
        ("SecurityCodeScan", "SecurityCodeScan.VS2019", "5.6.7", new[] { "SecurityCodeScan.VS2019.dll" }),
        ("Meziantou", "Meziantou.Analyzer", "3.0.321", new[] { "Meziantou.Analyzer.dll" }),
        ("Roslynator", "Roslynator.Analyzers", "5.0.1", new[] { "Roslynator.CSharp.Analyzers.dll" }),
    };

    /// <summary>Every C# DiagnosticAnalyzer in ResponsibilityAnalyzers.dll, found by reflection, so new rules join by themselves.</summary>
    public static AnalyzerSet Srm()
    {
        var assembly = typeof(ResponsibilityAnalyzers.Core.ResponsibilityAnalyzer).Assembly;
        var analyzers = assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        return new AnalyzerSet("SRM (all)", SetKind.Srm, $"ResponsibilityAnalyzers.dll {assembly.GetName().Version}", analyzers, null);
    }

    public static AnalyzerSet NoOp() =>
        new("No-op floor", SetKind.NoOp, "bench NoOpAnalyzer", ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer()), null);

    public static IReadOnlyList<AnalyzerSet> Peers()
    {
        var roslyn = typeof(Compilation).Assembly.GetName().Version!;
        var packageRoot = References.NuGetPackageRoot();
        var sets = new List<AnalyzerSet>();
        foreach (var (name, id, version, assemblies) in PeerPackages)
        {
            var label = $"{id} {version}";
            try
            {
                var packageFolder = Path.Combine(packageRoot, id.ToLowerInvariant(), version);
                if (!Directory.Exists(packageFolder))
                {
                    sets.Add(Failed(name, label, $"package folder {packageFolder} not found (restore the bench project)"));
                    continue;
                }

                var folder = AnalyzerFolder(packageFolder, roslyn);
                if (folder is null)
                {
                    sets.Add(Failed(name, label, $"no analyzers/dotnet folder for Roslyn {roslyn} in {packageFolder}"));
                    continue;
                }

                var loader = new FolderAssemblyLoader();
                var errors = new List<string>();
                var analyzers = new List<DiagnosticAnalyzer>();
                foreach (var file in assemblies)
                {
                    var reference = new AnalyzerFileReference(Path.Combine(folder, file), loader);
                    reference.AnalyzerLoadFailed += (_, e) => errors.Add($"{e.TypeName ?? file}: {e.ErrorCode} {e.Message}");
                    analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
                }

                var relative = Path.GetRelativePath(packageRoot, folder);
                var error = analyzers.Count == 0 ? (errors.Count > 0 ? string.Join("; ", errors.Take(3)) : "no C# analyzers found") : null;
                sets.Add(new AnalyzerSet(name, SetKind.Peer, $"{label} ({relative})", analyzers.ToImmutableArray(), error));
                foreach (var e in errors.Take(5))
                {
                    Console.Error.WriteLine($"  warning: {name}: {e}");
                }
            }
            catch (Exception ex)
            {
                sets.Add(Failed(name, label, ex.GetType().Name + ": " + ex.Message));
            }
        }

        return sets;
    }

    private static AnalyzerSet Failed(string name, string source, string error)
    {
        Console.Error.WriteLine($"  {name} not loaded: {error}");
        return new AnalyzerSet(name, SetKind.Peer, source, ImmutableArray<DiagnosticAnalyzer>.Empty, error);
    }

    /// <summary>
    /// The folder the .NET SDK would pick: analyzers/dotnet/roslynX.Y/cs with the highest X.Y not above the hosting
    /// Roslyn, else analyzers/dotnet/cs, else analyzers/dotnet.
    /// </summary>
    private static string? AnalyzerFolder(string packageFolder, Version roslyn)
    {
        var dotnet = Path.Combine(packageFolder, "analyzers", "dotnet");
        if (!Directory.Exists(dotnet))
        {
            return null;
        }

        var versioned = Directory.GetDirectories(dotnet, "roslyn*")
            .Select(d => (Folder: d, Ok: Version.TryParse(Path.GetFileName(d)["roslyn".Length..], out var v), Version: v))
            .Where(x => x.Ok && x.Version! <= roslyn)
            .OrderByDescending(x => x.Version)
            .Select(x => x.Folder)
            .FirstOrDefault();
        var candidates = new[] { versioned is null ? null : Path.Combine(versioned, "cs"), Path.Combine(dotnet, "cs"), dotnet };
        return candidates.FirstOrDefault(c => c is not null && Directory.Exists(c) && Directory.EnumerateFiles(c, "*.dll").Any());
    }

    /// <summary>
    /// Loads each analyzer assembly into its own load context: its dependencies come from its own folder, Roslyn and
    /// the framework from the host (so the analyzers see the same Microsoft.CodeAnalysis types as the driver).
    /// </summary>
    private sealed class FolderAssemblyLoader : IAnalyzerAssemblyLoader
    {
        private readonly Dictionary<string, FolderLoadContext> _contexts = new(StringComparer.Ordinal);

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath)
        {
            var folder = Path.GetDirectoryName(fullPath)!;
            if (!_contexts.TryGetValue(folder, out var context))
            {
                context = new FolderLoadContext(folder);
                _contexts.Add(folder, context);
            }

            return context.LoadFromAssemblyPath(fullPath);
        }
    }

    private sealed class FolderLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;

        public FolderLoadContext(string folder)
            : base("peer:" + folder) => _folder = folder;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is null || assemblyName.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            {
                return null;
            }

            var candidate = Path.Combine(_folder, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
