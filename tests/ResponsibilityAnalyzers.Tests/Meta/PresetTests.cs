using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Meta;

/// <summary>
/// The ResponsibilityAnalysisMode presets (src/ResponsibilityAnalyzers.Package/build/presets/*.globalconfig) are
/// generated from the catalog, not written by hand. On failure, paste the content this test prints, or run the tests
/// with SRM_WRITE_PRESETS=1 to write the files.
/// </summary>
public class PresetTests
{
    /// <summary>Every mode that ships a file; Default is the catalog's own severities and needs none.</summary>
    public static IEnumerable<object[]> Modes => Presets.Modes.Select(mode => new object[] { mode });

    [Theory]
    [MemberData(nameof(Modes))]
    public void Preset_IsGeneratedFromTheCatalog(string mode)
    {
        var expected = Presets.Generate(mode);
        var path = Presets.PathOf(mode);
        if (Environment.GetEnvironmentVariable("SRM_WRITE_PRESETS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : "(missing)";
        Assert.True(expected == actual, $"{path} is not what the catalog gives; it should be:\n{expected}");
    }

    [Fact]
    public void PresetFolder_HoldsExactlyTheGeneratedModes_AndTheTargetsAcceptsEachOfThem()
    {
        var files = Directory.EnumerateFiles(Path.GetDirectoryName(Presets.PathOf("None"))!)
            .Select(Path.GetFileName)
            .OrderBy(name => name, StringComparer.Ordinal);
        Assert.Equal(Presets.Modes.Select(mode => mode.ToLowerInvariant() + ".globalconfig").OrderBy(name => name, StringComparer.Ordinal), files);

        var targets = Repository.Read("src", "ResponsibilityAnalyzers.Package", "build", "ResponsibilityAnalyzers.targets");
        foreach (var mode in Presets.Modes)
        {
            Assert.Contains($"'$(_ResponsibilityAnalysisMode)' == '{mode.ToLowerInvariant()}'", targets, StringComparison.Ordinal);
        }
    }
}

/// <summary>The preset generator: one globalconfig per mode, every rule of the catalog by id.</summary>
public static class Presets
{
    public static readonly string[] Modes = { "Strict", "Minimal", "None" };

    public static string PathOf(string mode) =>
        Repository.Path("src", "ResponsibilityAnalyzers.Package", "build", "presets", mode.ToLowerInvariant() + ".globalconfig");

    /// <summary>The .editorconfig severity a mode gives a rule of <paramref name="severity"/>.</summary>
    public static string Severity(string mode, DiagnosticSeverity severity) => (mode, severity) switch
    {
        ("Strict", DiagnosticSeverity.Error or DiagnosticSeverity.Warning) => "error",
        ("Strict", DiagnosticSeverity.Info) => "warning",
        ("Strict", _) => "suggestion",
        ("Minimal", DiagnosticSeverity.Error) => "error",
        ("Minimal", DiagnosticSeverity.Hidden) => "silent",
        ("Minimal", _) => "suggestion",
        ("None", _) => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static string Generate(string mode)
    {
        var summary = mode switch
        {
            "Strict" => "Warning rules become errors and Info rules warnings; Error rules stay errors.",
            "Minimal" => "Only the Error rules are reported in the build; the others become suggestions (IDE only).",
            "None" => "Every rule is off.",
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
        };

        var text = new StringBuilder()
            .Append("# ResponsibilityAnalysisMode = ").Append(mode).Append(": ").Append(summary).Append('\n')
            .Append("# Generated from the rule catalog (src/ResponsibilityAnalyzers/Descriptors.cs) by\n")
            .Append("# tests/ResponsibilityAnalyzers.Tests/Meta/PresetTests.cs; do not edit by hand.\n")
            .Append("# global_level -100: a severity you set yourself, in .editorconfig or a .globalconfig, wins over this file.\n")
            .Append("is_global = true\n")
            .Append("global_level = -100\n");
        foreach (var rule in Descriptors.All)
        {
            var descriptor = rule.Descriptor;
            text.Append('\n')
                .Append("# ").Append(rule.Id).Append(": ").Append(descriptor.Title).Append(" (default ").Append(descriptor.DefaultSeverity).Append(")\n")
                .Append("dotnet_diagnostic.").Append(rule.Id).Append(".severity = ").Append(Severity(mode, descriptor.DefaultSeverity)).Append('\n');
        }

        return text.ToString();
    }
}
