using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// What a rule tells its code fix through the diagnostic's properties, so the analyzer decides the remedy and the
/// fixer only applies it.
/// </summary>
internal static class Fixes
{
    /// <summary>Property key: the C# expression (fully qualified, simplified by the fixer) that replaces the reported expression.</summary>
    public const string ReplacementKey = "srm.replacement";

    /// <summary>
    /// Property key: when set, the replacement goes in place of this argument (0-based) of the reported invocation
    /// instead of the whole reported expression (<c>AddDays(30)</c> → <c>AddDays(7)</c>).
    /// </summary>
    public const string ArgumentKey = "srm.replacement_argument";

    public static ImmutableDictionary<string, string?> Replace(string expression) =>
        ImmutableDictionary<string, string?>.Empty.Add(ReplacementKey, expression);

    /// <summary>Replace only argument <paramref name="argument"/> of the reported invocation with <paramref name="expression"/>.</summary>
    public static ImmutableDictionary<string, string?> ReplaceArgument(int argument, string expression) =>
        Replace(expression).Add(ArgumentKey, argument.ToString(CultureInfo.InvariantCulture));

    /// <summary>Property key: the properties (comma-separated) to add to the reported object creation's initializer.</summary>
    public const string AddPropertiesKey = "srm.add-properties";

    /// <summary>Property key: the C# expression every added property is set to.</summary>
    public const string AddedValueKey = "srm.added-value";

    public static ImmutableDictionary<string, string?> AddToInitializer(IEnumerable<string> properties, string expression) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(AddPropertiesKey, string.Join(",", properties))
            .Add(AddedValueKey, expression);

    /// <summary>Property key: with <see cref="AddPropertiesKey"/>, one C# expression per added property, separated by line breaks.</summary>
    public const string AddedValuesKey = "srm.added-values";

    /// <summary>Add <c>Property = value</c> for each pair to the reported object creation's initializer.</summary>
    public static ImmutableDictionary<string, string?> AddToInitializer(IEnumerable<(string Property, string Value)> assignments)
    {
        var list = new List<(string Property, string Value)>(assignments);
        return ImmutableDictionary<string, string?>.Empty
            .Add(AddPropertiesKey, string.Join(",", list.ConvertAll(a => a.Property)))
            .Add(AddedValuesKey, string.Join("\n", list.ConvertAll(a => a.Value)));
    }
}
