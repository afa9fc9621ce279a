using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

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

    /// <summary>
    /// Property key: <c>Property=expression</c> lines to add to the initializer of the object creation the diagnostic is
    /// on (or inside), creating the initializer when there is none.
    /// </summary>
    public const string AddKey = "srm.add";

    /// <summary>
    /// Property key: <c>Property=expression</c> that replaces the whole assignment at the diagnostic's first additional
    /// location, on the same object (<c>MasterUserPassword = "…"</c> → <c>ManageMasterUserPassword = true</c>).
    /// </summary>
    public const string ReplaceAssignmentKey = "srm.replace_assignment";

    /// <summary>Property key: a statement (fully qualified C#, simplified by the fixer) to insert after another statement.</summary>
    public const string InsertStatementKey = "srm.insert";

    /// <summary>Property key: the index of the additional location that marks the statement to insert after; absent, the statement that holds the diagnostic.</summary>
    public const string InsertAfterKey = "srm.insert_after";

    /// <summary>
    /// Property key: the index of the additional location whose code the fix edits instead of the diagnostic's location:
    /// the value itself, when the diagnostic is reported where the value is used (see <see cref="Locations.Inside(Microsoft.CodeAnalysis.IOperation, Microsoft.CodeAnalysis.Location, Microsoft.CodeAnalysis.IOperation?[])"/>).
    /// </summary>
    public const string FixAtKey = "srm.fix_at";

    /// <summary>The fix edits the value where it is written (<see cref="Site.Additional"/>[0]) when the site reports it elsewhere.</summary>
    public static ImmutableDictionary<string, string?> At(this ImmutableDictionary<string, string?> fix, Site site) =>
        site.Moved ? fix.SetItem(FixAtKey, "0") : fix;

    public static ImmutableDictionary<string, string?> Replace(string expression) =>
        ImmutableDictionary<string, string?>.Empty.Add(ReplacementKey, expression);

    /// <summary>Replace only argument <paramref name="argument"/> of the reported invocation with <paramref name="expression"/>.</summary>
    public static ImmutableDictionary<string, string?> ReplaceArgument(int argument, string expression) =>
        Replace(expression).Add(ArgumentKey, argument.ToString(CultureInfo.InvariantCulture));

    /// <summary>Property key: the properties (comma-separated) to add to the reported object creation's initializer.</summary>
    public const string AddPropertiesKey = "srm.add-properties";

    /// <summary>Add <c>Property = expression</c> for each of <paramref name="properties"/>, all with the same value.</summary>
    public static ImmutableDictionary<string, string?> AddToInitializer(IEnumerable<string> properties, string expression) =>
        AddToInitializer(properties.Select(property => (property, expression)));

    /// <summary>
    /// Property key: the fix deletes the code at the diagnostic's additional locations, each a statement in a block or
    /// an element of a collection initializer. The analyzer adds the key only when deleting them is the whole remedy.
    /// </summary>
    public const string RemoveKey = "srm.remove";

    public static ImmutableDictionary<string, string?> Remove() =>
        ImmutableDictionary<string, string?>.Empty.Add(RemoveKey, "additional-locations");

    /// <summary>Add <c>Property = expression</c> for each pair to the reported object creation's initializer.</summary>
    public static ImmutableDictionary<string, string?> Add(params (string Property, string Expression)[] properties) =>
        ImmutableDictionary<string, string?>.Empty.WithAdded(properties);

    /// <summary>Also add these properties to the initializer around the replaced expression (nothing when there are none).</summary>
    public static ImmutableDictionary<string, string?> WithAdded(this ImmutableDictionary<string, string?> fix, IEnumerable<(string Property, string Expression)> properties)
    {
        var lines = string.Join("\n", properties.Select(property => property.Property + "=" + property.Expression));
        return lines.Length == 0 ? fix : fix.Add(AddKey, lines);
    }

    /// <summary>Replace the assignment at the first additional location with <c>property = expression</c> on the same object.</summary>
    public static ImmutableDictionary<string, string?> ReplaceAssignment(string property, string expression) =>
        ImmutableDictionary<string, string?>.Empty.Add(ReplaceAssignmentKey, property + "=" + expression);

    /// <summary>"A=x\nB=y" → (A, x), (B, y): the inverse of <see cref="Add"/>.</summary>
    public static IEnumerable<(string Property, string Expression)> Parse(string? lines)
    {
        foreach (var line in (lines ?? string.Empty).Split('\n'))
        {
            var equals = line.IndexOf('=');
            if (equals > 0)
            {
                yield return (line.Substring(0, equals), line.Substring(equals + 1));
            }
        }
    }
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

    /// <summary>Inserts <paramref name="statement"/> after the statement that holds the diagnostic.</summary>
    public static ImmutableDictionary<string, string?> InsertAfter(string statement) =>
        ImmutableDictionary<string, string?>.Empty.Add(InsertStatementKey, statement);

    /// <summary>Inserts <paramref name="statement"/> after the statement at additional location <paramref name="additionalLocation"/>.</summary>
    public static ImmutableDictionary<string, string?> InsertAfter(string statement, int additionalLocation) =>
        InsertAfter(statement).Add(InsertAfterKey, additionalLocation.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Set a property the reported object creation leaves unset: <c>Property = expression</c> added to its initializer.</summary>
    public static ImmutableDictionary<string, string?> SetProperty(string property, string expression) => Add((property, expression));
}
