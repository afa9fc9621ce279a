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

    /// <summary>
    /// Property key: the fix deletes the code at the diagnostic's additional locations, each a statement in a block or
    /// an element of a collection initializer. The analyzer adds the key only when deleting them is the whole remedy.
    /// </summary>
    public const string RemoveKey = "srm.remove";

    public static ImmutableDictionary<string, string?> Remove() =>
        ImmutableDictionary<string, string?>.Empty.Add(RemoveKey, "additional-locations");
}
