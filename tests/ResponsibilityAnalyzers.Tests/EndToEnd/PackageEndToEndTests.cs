using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
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
        Assert.Contains("build/ResponsibilityAnalyzers.props", entries);
        Assert.Contains("build/ResponsibilityAnalyzers.targets", entries);
        Assert.Contains("build/presets/strict.globalconfig", entries);
        Assert.Contains("build/presets/minimal.globalconfig", entries);
        Assert.Contains("build/presets/none.globalconfig", entries);
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

    [Fact]
    public void Sarif_CarriesRuleIdLocationAndHelpUri()
    {
        var log = Path.Combine(_package.WorkDirectory, "sarif", "flagged.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);

        // %2C is MSBuild's escape for the comma that separates the SARIF version from the path.
        var build = _package.Consumers.Build(_package.Consumers.Flagged, $"-p:ErrorLog={log}%2Cversion=2.1");

        Assert.True(build.Succeeded, build.ToString());
        Assert.True(File.Exists(log), "The compiler wrote no SARIF log." + Environment.NewLine + build);
        using var sarif = JsonDocument.Parse(File.ReadAllText(log));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];

        var result = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString()!.StartsWith("SRM", StringComparison.Ordinal));
        Assert.Equal("SRM5001", result.GetProperty("ruleId").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var uri = new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
        Assert.Equal(Path.Combine(Path.GetDirectoryName(_package.Consumers.Flagged)!, "Uploads.cs"), uri.LocalPath);
        var (line, column) = PackedPackage.FlaggedLocation;
        Assert.Equal(line, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(column, location.GetProperty("region").GetProperty("startColumn").GetInt32());

        var rule = Assert.Single(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "SRM5001");
        Assert.Equal(Descriptors.HelpLinkBase + "SRM5001.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal("AccessControl", rule.GetProperty("properties").GetProperty("category").GetString());
    }

    [Fact]
    public void StrictMode_MakesTheSrmWarningAnError_AndFailsTheBuild()
    {
        var build = _package.Consumers.Build(_package.Consumers.Flagged, "-p:ResponsibilityAnalysisMode=Strict");

        Assert.False(build.Succeeded, "Strict must fail the build on SRM5001." + Environment.NewLine + build);
        Assert.Matches(new Regex(@"Uploads\.cs\(\d+,\d+\): error SRM5001:", RegexOptions.CultureInvariant), build.Output);
        Assert.DoesNotContain("warning SRM5001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void NoneMode_SilencesEveryRule()
    {
        var build = _package.Consumers.Build(_package.Consumers.Flagged, "-p:ResponsibilityAnalysisMode=None");

        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotMatch(AnySrmDiagnostic, build.Output);
    }

    [Fact]
    public void UserEditorconfigSeverity_BeatsTheStrictPreset()
    {
        // Silenced sets dotnet_diagnostic.SRM5001.severity = none in its .editorconfig.
        var build = _package.Consumers.Build(_package.Consumers.Silenced, "-p:ResponsibilityAnalysisMode=Strict");

        Assert.True(build.Succeeded, "The project's own severity must win over the preset." + Environment.NewLine + build);
        Assert.DoesNotContain("SRM5001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownMode_FailsTheBuild_NamingTheValidModes()
    {
        var build = _package.Consumers.Build(_package.Consumers.Flagged, "-p:ResponsibilityAnalysisMode=Strcit");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains("ResponsibilityAnalysisMode is 'Strcit'; it must be Default, Strict, Minimal or None", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TestProject_IsNotAnalyzed_UnlessItOptsIn()
    {
        var skipped = _package.Consumers.Build(_package.Consumers.TestProject);
        Assert.True(skipped.Succeeded, skipped.ToString());
        Assert.DoesNotMatch(AnySrmDiagnostic, skipped.Output);

        var optedIn = _package.Consumers.Build(_package.Consumers.TestProjectOptedIn);
        Assert.True(optedIn.Succeeded, optedIn.ToString());
        Assert.Matches(new Regex(@"Uploads\.cs\(\d+,\d+\): warning SRM5001:", RegexOptions.CultureInvariant), optedIn.Output);
    }

    [Fact]
    public void Suppressions_AreGoverned_AndRecordedInSarif()
    {
        var log = Path.Combine(_package.WorkDirectory, "sarif", "governed.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);

        var build = _package.Consumers.Build(_package.Consumers.Governed, $"-p:ErrorLog={log}%2Cversion=2.1");

        Assert.False(build.Succeeded, "SRM0002 is an error." + Environment.NewLine + build);
        var lines = PackedPackage.SharesSource.Split('\n').Select(l => l.TrimEnd()).ToArray();
        int LineOf(string pragma) => Array.IndexOf(lines, pragma) + 1;
        var unjustified = Regex.Matches(build.Output, @"Shares\.cs\((\d+),\d+\): warning SRM0001:").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct();
        Assert.Equal(new[] { LineOf("#pragma warning disable SRM5001") }, unjustified);
        Assert.Matches(new Regex($@"Shares\.cs\({LineOf("#pragma warning disable SRM5004 // old pages link the files directly")},\d+\): error SRM0002: This #pragma warning disable suppresses SRM5004", RegexOptions.CultureInvariant), build.Output);
        Assert.DoesNotMatch(new Regex(@"warning SRM5001:", RegexOptions.CultureInvariant), build.Output);

        // The pragma hides SRM5001 from the build output, not from the log: auditors see every waived finding.
        using var sarif = JsonDocument.Parse(File.ReadAllText(log));
        var waived = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "SRM5001")
            .ToArray();
        Assert.Equal(2, waived.Length);
        Assert.All(waived, r => Assert.Equal("inSource", r.GetProperty("suppressions")[0].GetProperty("kind").GetString()));
    }

    [Fact]
    public void AppSettingsFiles_BecomeAdditionalFiles_Once()
    {
        var evaluation = DotNetCli.Run(
            Path.GetDirectoryName(_package.Consumers.Governed)!,
            "msbuild", _package.Consumers.Governed, "-getItem:AdditionalFiles", "-nodeReuse:false");

        Assert.True(evaluation.Succeeded, evaluation.ToString());
        using var items = JsonDocument.Parse(evaluation.Output);
        var files = items.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => Path.GetFileName(item.GetProperty("FullPath").GetString()!))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(new[] { "appsettings.Development.json", "appsettings.json" }, files);
    }
}
