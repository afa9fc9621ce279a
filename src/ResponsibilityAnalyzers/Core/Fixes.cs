using System.Collections.Generic;
using System.Collections.Immutable;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// What a rule tells its code fix through the diagnostic's properties, so the analyzer decides the remedy and the
/// fixer only applies it.
/// </summary>
internal static class Fixes
{
    /// <summary>Property key: the C# expression (fully qualified, simplified by the fixer) that replaces the reported expression.</summary>
    public const string ReplacementKey = "srm.replacement";

    public static ImmutableDictionary<string, string?> Replace(string expression) =>
        ImmutableDictionary<string, string?>.Empty.Add(ReplacementKey, expression);

    /// <summary>Property key: the properties (comma-separated) to add to the reported object creation's initializer.</summary>
    public const string AddPropertiesKey = "srm.add-properties";

    /// <summary>Property key: the C# expression every added property is set to.</summary>
    public const string AddedValueKey = "srm.added-value";

    public static ImmutableDictionary<string, string?> AddToInitializer(IEnumerable<string> properties, string expression) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(AddPropertiesKey, string.Join(",", properties))
            .Add(AddedValueKey, expression);
}
