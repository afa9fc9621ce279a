using System.Composition;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
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
        Assert.Same(WellKnownFixAllProviders.BatchFixer, fixer.GetFixAllProvider());
    }
}
