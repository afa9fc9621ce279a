using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ResponsibilityAnalyzers.Model;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Meta;

/// <summary>Every rule is reachable from its id: analyzer, duty in the model, doc page, README row, release entry, help link.</summary>
public class RuleCatalogTests
{
    [Fact]
    public void EveryRule_HasExactlyOneAnalyzer_AndEveryAnalyzerReportsOnlyCatalogRules()
    {
        Assert.All(Catalog.Analyzers.SelectMany(a => a.SupportedDiagnostics), d => Assert.Contains(Descriptors.All, rule => rule.Descriptor == d));
        foreach (var rule in Descriptors.All)
        {
            var owners = Catalog.Analyzers.Where(analyzer => analyzer.SupportedDiagnostics.Any(d => d.Id == rule.Id)).ToArray();
            Assert.True(owners.Length == 1, $"{rule.Id} is supported by {owners.Length} analyzers");
        }
    }

    [Theory]
    [MemberData(nameof(Catalog.RuleIds), MemberType = typeof(Catalog))]
    public void Rule_IdRangeCategoryAndServices_FollowTheModel(string id)
    {
        var rule = Descriptors.All.Single(r => r.Id == id);
        Assert.Matches("^SRM[0-9]{4}$", id);
        Assert.Equal(ResponsibilityModel.IdRange(rule.Duty), id[3] - '0');
        Assert.Equal(rule.Duty.ToString(), rule.Descriptor.Category);
        var serviceTags = rule.Descriptor.CustomTags.Where(tag => tag != WellKnownDiagnosticTags.CompilationEnd);
        Assert.Equal(serviceTags, rule.Services.Select(s => s.Name));
        foreach (var service in rule.Services.Where(s => s != ResponsibilityModel.AnyService))
        {
            Assert.True(ResponsibilityModel.IsCustomerDuty(service, rule.Duty), $"{id}: {rule.Duty} is not a customer duty for {service.Name} ({service.Category})");
        }

        if (rule.Duty != Duty.Governance)
        {
            Assert.NotEmpty(rule.Services);
            Assert.Contains(ResponsibilityModel.Phrase(rule.Duty), rule.Descriptor.MessageFormat.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Catalog.RuleIds), MemberType = typeof(Catalog))]
    public void Rule_SilentUntilSet_IsWhatItsDescriptionSays(string id)
    {
        // srm-report counts a rule that waits for a policy option as not having run (docs/report.md).
        var rule = Descriptors.All.Single(r => r.Id == id);
        var description = rule.Descriptor.Description.ToString();
        foreach (var option in rule.SilentUntilSet)
        {
            Assert.Contains(option, description, StringComparison.Ordinal);
        }

        var saysSilent = Regex.IsMatch(description, @"Silent while srm\.|^Only with srm\.|while srm\.[a-z_]+ is set", RegexOptions.CultureInvariant);
        Assert.True(saysSilent == !rule.SilentUntilSet.IsEmpty, $"{id}: the description {(saysSilent ? "says" : "does not say")} the rule waits for an option, but SilentUntilSet is [{string.Join(", ", rule.SilentUntilSet)}]");
    }

    [Theory]
    [MemberData(nameof(Catalog.RuleIds), MemberType = typeof(Catalog))]
    public void Rule_HasADocPage_WithEverySection_AndAHelpLinkToIt(string id)
    {
        var rule = Descriptors.All.Single(r => r.Id == id);
        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", rule.Descriptor.HelpLinkUri);
        var page = Repository.Read("docs", "rules", id + ".md");
        Assert.StartsWith($"# {id}: ", page, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Why it matters", "## Non-compliant code", "## Compliant code", "## How to fix", "## Options", "## When to suppress" })
        {
            Assert.True(page.Contains(section, StringComparison.Ordinal), $"docs/rules/{id}.md lacks '{section}'");
        }

        if (rule.Duty != Duty.Governance)
        {
            Assert.Contains("```csharp", page, StringComparison.Ordinal);
        }

        Assert.Contains(Catalog.HasFix(id) ? "| Code fix | yes" : "| Code fix | no", page, StringComparison.Ordinal);
        Assert.Contains($"| Default severity | {rule.Descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Catalog.RuleIds), MemberType = typeof(Catalog))]
    public void Rule_IsInReleaseTracking_WithItsCategoryAndSeverity(string id)
    {
        var rule = Descriptors.All.Single(r => r.Id == id).Descriptor;
        var releases = Repository.Read("src", "ResponsibilityAnalyzers", "AnalyzerReleases.Shipped.md")
            + Repository.Read("src", "ResponsibilityAnalyzers", "AnalyzerReleases.Unshipped.md");
        Assert.Matches(new Regex($@"^{id} \| {rule.Category} \| {rule.DefaultSeverity} \|", RegexOptions.Multiline), releases);
    }

    /// <summary>The README table is generated from the catalog: on failure, paste the table this test prints.</summary>
    [Fact]
    public void ReadmeRulesTable_IsTheCatalog()
    {
        var expected = new StringBuilder()
            .AppendLine("| Id | Title | Duty | Category | Severity | Fix |")
            .AppendLine("|----|-------|------|----------|----------|-----|");
        foreach (var rule in Descriptors.All)
        {
            var categories = rule.Services.Length == 0 ? "—"
                : rule.Services.Contains(ResponsibilityModel.AnyService) ? "all"
                : string.Join(", ", rule.Services.Select(s => s.Category.ToString().ToLowerInvariant()).Distinct());
            var services = rule.Services.Length == 0 || rule.Services.Contains(ResponsibilityModel.AnyService) ? "" : " (" + string.Join(", ", rule.Services.Select(s => s.Name)) + ")";
            expected.AppendLine($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Descriptor.Title} | {rule.Duty} | {categories}{services} | {rule.Descriptor.DefaultSeverity} | {(Catalog.HasFix(rule.Id) ? "yes" : "no")} |");
        }

        var readme = Repository.Read("README.md").Replace("\r\n", "\n", StringComparison.Ordinal);
        var table = Regex.Match(readme, "<!-- rules -->\n(.*?)<!-- /rules -->", RegexOptions.Singleline);
        Assert.True(table.Success, "README.md lacks the <!-- rules --> … <!-- /rules --> table");
        var wanted = expected.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(wanted == table.Groups[1].Value, "README.md's rules table differs from the catalog; it should be:\n" + wanted);
    }

    [Fact]
    public void EveryOption_IsDocumented()
    {
        var page = Repository.Read("docs", "configuration.md");
        foreach (var option in ResponsibilityAnalyzers.Core.SrmOptions.All)
        {
            Assert.Contains("`" + option.Key + "`", page, StringComparison.Ordinal);
        }
    }

    /// <summary>The package description a user reads on the registry names every duty and every service the rules check today.</summary>
    [Fact]
    public void PackageDescription_NamesEveryDutyAndServiceTheRulesCheck()
    {
        var project = System.Xml.Linq.XDocument.Load(Repository.Path("src", "ResponsibilityAnalyzers.Package", "ResponsibilityAnalyzers.Package.csproj"));
        var description = project.Descendants("Description").Single().Value;
        var duties = new Dictionary<Duty, string>
        {
            [Duty.Region] = "Region",
            [Duty.EncryptionAtRest] = "encryption at rest",
            [Duty.ClientSideEncryption] = "client-side encryption",
            [Duty.EncryptionInTransit] = "encryption in transit",
            [Duty.Backups] = "backups",
            [Duty.AccessControl] = "access control",
            [Duty.NetworkFirewall] = "network firewalls",
            [Duty.Credentials] = "credentials",
            [Duty.Platform] = "platform",
        };
        Assert.All(Descriptors.All.Where(rule => rule.Duty != Duty.Governance), rule => Assert.Contains(duties[rule.Duty], description, StringComparison.Ordinal));
        Assert.All(Descriptors.All.SelectMany(rule => rule.Services).Select(service => service.Name).Distinct(), service => Assert.Contains(service, description, StringComparison.Ordinal));
    }
}
