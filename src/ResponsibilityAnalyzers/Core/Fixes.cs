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
}
