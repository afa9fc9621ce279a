using System.Composition;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Meta;

public class FixerConventionTests
{
    [Theory]
    [MemberData(nameof(Catalog.FixerNames), MemberType = typeof(Catalog))]
    public void Fixer_IsExported_Shared_FixesAKnownRule_AndSupportsFixAll(string name)
    {
        var fixer = Catalog.Fixers.Single(f => f.GetType().Name == name);
        var export = fixer.GetType().GetCustomAttribute<ExportCodeFixProviderAttribute>();
        Assert.NotNull(export);
        Assert.Contains("C#", export!.Languages);
        Assert.NotNull(fixer.GetType().GetCustomAttribute<SharedAttribute>());
        Assert.NotEmpty(fixer.FixableDiagnosticIds);
        Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(Descriptors.All, rule => rule.Id == id));

        // One fixer base, and a Fix All that merges the edits of a document (BatchFixer drops edits that meet).
        Assert.IsAssignableFrom<RemedyFixer>(fixer);
        var fixAll = fixer.GetFixAllProvider();
        Assert.NotNull(fixAll);
        Assert.NotSame(WellKnownFixAllProviders.BatchFixer, fixAll);
        Assert.Contains(FixAllScope.Document, fixAll!.GetSupportedFixAllScopes());
        Assert.Contains(FixAllScope.Project, fixAll.GetSupportedFixAllScopes());
        Assert.Contains(FixAllScope.Solution, fixAll.GetSupportedFixAllScopes());
    }
}
