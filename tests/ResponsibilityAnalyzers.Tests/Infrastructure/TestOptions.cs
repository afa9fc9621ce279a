using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResponsibilityAnalyzers.Tests.Infrastructure;

/// <summary>srm.* options as .editorconfig would give them, for harnesses that run analyzers directly.</summary>
public sealed class TestOptions : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _options;

    public TestOptions(IReadOnlyDictionary<string, string> values) => _options = new DictionaryOptions(values);

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public static AnalyzerOptions Create(IReadOnlyDictionary<string, string> values) =>
        new(ImmutableArray<AdditionalText>.Empty, new TestOptions(values));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
