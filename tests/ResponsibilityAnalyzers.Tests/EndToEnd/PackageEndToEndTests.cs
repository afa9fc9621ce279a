using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.EndToEnd;

/// <summary>
/// The NuGet package as a user meets it: packed from this checkout, restored from a folder feed next to nuget.org,
/// built with the real dotnet CLI and the real AWS SDK.
/// </summary>
public sealed class PackageEndToEndTests : IClassFixture<PackedPackage>
{
    private static readonly Regex AnySrmDiagnostic = new(@"\bSRM\d{4}\b", RegexOptions.CultureInvariant);

    private readonly PackedPackage _package;

    public PackageEndToEndTests(PackedPackage package) => _package = package;

    [Fact]
    public void Build_ReportsSrm5001Warning_WithFileLineAndColumn()
    {
        var build = _package.Consumers.Build(_package.Consumers.Flagged);

        Assert.True(build.Succeeded, "A warning must not fail the build." + Environment.NewLine + build);
        var (line, column) = PackedPackage.FlaggedLocation;
        var expected = new Regex(
            $@"Uploads\.cs\({line},{column}\): warning SRM5001: S3 is an abstracted service: controlling who can reach its data is the customer's duty; PublicRead makes it readable by anyone on the internet",
            RegexOptions.CultureInvariant);
        Assert.True(expected.IsMatch(build.Output), $"Expected SRM5001 at Uploads.cs({line},{column}).{Environment.NewLine}{build}");
        Assert.True(
            AnySrmDiagnostic.Matches(build.Output).Select(match => match.Value).Distinct().SequenceEqual(new[] { "SRM5001" }),
            "Only SRM5001 is expected, and only on the public ACL (the private one is safe)." + Environment.NewLine + build);
    }

    [Fact]
    public void BuildWithWarnAsError_FailsWithErrorSrm5001()
    {
        var build = _package.Consumers.Build(_package.Consumers.Flagged, "-warnaserror");

        Assert.False(build.Succeeded, "-warnaserror must fail the build on SRM5001." + Environment.NewLine + build);
        Assert.Matches(new Regex(@"Uploads\.cs\(\d+,\d+\): error SRM5001:", RegexOptions.CultureInvariant), build.Output);
    }

    [Fact]
    public void EditorconfigSeverityNone_SilencesSrm5001()
    {
        Assert.True(
            _package.RestoreResolvedAnalyzer(_package.Consumers.Silenced),
            "The restore must hand the analyzer to the project, or this test proves nothing." + Environment.NewLine + _package.Consumers.Restore);

        var build = _package.Consumers.Build(_package.Consumers.Silenced);

        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain("SRM5001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectWithoutAwsSdk_BuildsWithNoSrmDiagnostic()
    {
        Assert.True(
            _package.RestoreResolvedAnalyzer(_package.Consumers.NoAwsSdk),
            "The restore must hand the analyzer to the project, or this test proves nothing." + Environment.NewLine + _package.Consumers.Restore);

        var build = _package.Consumers.Build(_package.Consumers.NoAwsSdk);

        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotMatch(AnySrmDiagnostic, build.Output);
    }

    [Fact]
    public void Package_HoldsBothAssembliesUnderAnalyzers_NoLibAndNoDependencies()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        var entries = archive.Entries.Select(entry => entry.FullName.Replace('\\', '/')).ToArray();
        var listing = string.Join(Environment.NewLine, entries);

        Assert.Contains("analyzers/dotnet/cs/ResponsibilityAnalyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ResponsibilityAnalyzers.CodeFixes.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.True(
            entries.Where(entry => entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).All(entry => entry.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)),
            "Every assembly belongs under analyzers/dotnet/cs:" + Environment.NewLine + listing);
        Assert.False(
            entries.Any(entry => entry.StartsWith("lib/", StringComparison.OrdinalIgnoreCase) || entry.StartsWith("ref/", StringComparison.OrdinalIgnoreCase)),
            "An analyzer package has no lib/ or ref/:" + Environment.NewLine + listing);

        var nuspecEntry = archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        var metadata = nuspec.Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;

        Assert.Equal("ResponsibilityAnalyzers", Value("id"));
        Assert.Equal(_package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(
            nuspec.Descendants().Any(element => element.Name.LocalName is "dependencies" or "dependency"),
            "The package must have no dependencies:" + Environment.NewLine + nuspec);
    }

    [Fact]
    public void PackagedAnalyzer_AssemblyVersionFollowsVersionPrefix_NotThePackageVersion()
    {
        var props = XDocument.Load(Path.Combine(_package.RepositoryRoot, "Directory.Build.props"));
        var versionPrefix = props.Descendants().Single(element => element.Name.LocalName == "VersionPrefix").Value.Trim();

        using var archive = ZipFile.OpenRead(_package.PackagePath);
        var entry = archive.GetEntry("analyzers/dotnet/cs/ResponsibilityAnalyzers.dll");
        Assert.NotNull(entry);
        var extracted = Path.Combine(_package.WorkDirectory, "inspect", "ResponsibilityAnalyzers.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(extracted)!);
        entry.ExtractToFile(extracted, overwrite: true);

        // Each release's assembly version changes with it, so IDEs and the build server never keep a stale analyzer.
        Assert.Equal(new Version(versionPrefix + ".0"), System.Reflection.AssemblyName.GetAssemblyName(extracted).Version);
    }
}
