using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Core;

/// <summary>
/// AwsTypes looks a type up only in the assemblies that can declare it (the compiler's own lookup asks every reference);
/// on every reference set the tests use, and with the stand-ins declared in source, it must find exactly what the
/// compiler finds.
/// </summary>
public class AwsTypesTests
{
    public static TheoryData<Sdk> Sets => new() { Sdk.V3, Sdk.V4, Sdk.Cdk, Sdk.None };

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task EveryTypeResolvesAsTheCompilerDoes(Sdk sdk)
    {
        var all = typeof(AwsType).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetValue(null)).OfType<AwsType>().ToArray();
        Assert.Equal(AwsType.Count, all.Length);

        // A file that writes every namespace, so no type is skipped as unused (AwsTypes.MayBeUsed).
        var mentions = "// " + string.Join(" ", all.Select(type => type.MetadataName));
        var compilation = await AnalyzerRunner.CompileAsync(sdk, mentions);
        var types = AwsTypes.For(compilation);

        var found = 0;
        foreach (var type in all)
        {
            var expected = compilation.GetTypeByMetadataName(type.MetadataName);
            Assert.True(SymbolEqualityComparer.Default.Equals(expected, types[type]), $"{type.MetadataName}: the compiler finds {expected?.ContainingAssembly.Name ?? "nothing"}, AwsTypes {types[type]?.ContainingAssembly.Name ?? "nothing"}");
            found += expected is null ? 0 : 1;
        }

        // The sets really hold what is compared (no vacuous pass on an empty reference list).
        Assert.True(found > (sdk == Sdk.None ? 20 : 40), $"{found} types found");
    }
}
