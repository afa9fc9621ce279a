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

    /// <summary>
    /// Property key: the fix deletes the code at the diagnostic's additional locations, each a statement in a block or
    /// an element of a collection initializer. The analyzer adds the key only when deleting them is the whole remedy.
    /// </summary>
    public const string RemoveKey = "srm.remove";

    public static ImmutableDictionary<string, string?> Remove() =>
        ImmutableDictionary<string, string?>.Empty.Add(RemoveKey, "additional-locations");

    /// <summary>Property key: the names of the remedies to offer, comma-separated, in order (one code action each).</summary>
    public const string ChoicesKey = "srm.choices";

    /// <summary>Property key prefix: <c>srm.choice.&lt;name&gt;</c> holds the C# expression that replaces the reported expression for that remedy.</summary>
    public const string ChoicePrefix = "srm.choice.";

    /// <summary>One replacement per named remedy (one per allowed Region): the fixer offers a code action for each.</summary>
    public static ImmutableDictionary<string, string?> Choices(IEnumerable<(string Name, string Expression)> choices)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        var names = new List<string>();
        foreach (var (name, expression) in choices)
        {
            names.Add(name);
            properties[ChoicePrefix + name] = expression;
        }

        properties[ChoicesKey] = string.Join(",", names);
        return properties.ToImmutable();
    }

    /// <summary>Property key: the 0-based positions (comma-separated) of the arguments to remove from the creation at the diagnostic's first additional location.</summary>
    public const string RemoveArgumentsKey = "srm.remove-arguments";

    public static ImmutableDictionary<string, string?> RemoveArguments(IEnumerable<int> positions) =>
        ImmutableDictionary<string, string?>.Empty.Add(RemoveArgumentsKey, string.Join(",", positions));
}
