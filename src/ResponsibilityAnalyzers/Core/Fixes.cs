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

    /// <summary>Property key: the name of a property the reported object creation leaves unset, with <see cref="ReplacementKey"/> as its value.</summary>
    public const string SetPropertyKey = "srm.set_property";

    /// <summary>Property key: a statement (fully qualified C#, simplified by the fixer) to insert after another statement.</summary>
    public const string InsertStatementKey = "srm.insert";

    /// <summary>Property key: the index of the additional location that marks the statement to insert after; absent, the statement that holds the diagnostic.</summary>
    public const string InsertAfterKey = "srm.insert_after";

    public static ImmutableDictionary<string, string?> Replace(string expression) =>
        ImmutableDictionary<string, string?>.Empty.Add(ReplacementKey, expression);

    /// <summary>Adds <c>property = expression</c> to the initializer of the reported object creation.</summary>
    public static ImmutableDictionary<string, string?> SetProperty(string property, string expression) =>
        Replace(expression).Add(SetPropertyKey, property);

    /// <summary>Inserts <paramref name="statement"/> after the statement that holds the diagnostic.</summary>
    public static ImmutableDictionary<string, string?> InsertAfter(string statement) =>
        ImmutableDictionary<string, string?>.Empty.Add(InsertStatementKey, statement);

    /// <summary>Inserts <paramref name="statement"/> after the statement at additional location <paramref name="additionalLocation"/>.</summary>
    public static ImmutableDictionary<string, string?> InsertAfter(string statement, int additionalLocation) =>
        InsertAfter(statement).Add(InsertAfterKey, additionalLocation.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
