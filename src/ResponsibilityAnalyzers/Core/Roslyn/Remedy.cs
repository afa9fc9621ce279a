using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace ResponsibilityAnalyzers.Core;

// The one analyzer → fixer protocol: a rule says what the remedy is (which member gets which value, where), the
// fixer (RemedyFixer in the CodeFixes assembly, which decodes with this same file) builds the syntax. A rule whose
// SDK and CDK forms need different fixes has one RemedyFixer per form, each limited to the edit kinds of its form.

/// <summary>What an edit of a <see cref="Remedy"/> does to the code at its place.</summary>
internal enum EditKind
{
    /// <summary>The expression (or argument <see cref="Edit.Argument"/> of the invocation) becomes <see cref="Edit.Value"/>; with <see cref="Edit.Member"/>, the assignment there becomes <c>Member = Value</c>.</summary>
    Replace,

    /// <summary><c>Member = Value</c> goes into the initializer of the object creation at (or around) the place, unless it sets the member already.</summary>
    Set,

    /// <summary>
    /// A call of operation <see cref="Edit.Member"/> on the client of the SDK call at the place, waited for as that call is
    /// (<see cref="Edit.Form"/>; with its cancellation token, argument <see cref="Edit.Argument"/>), goes after its
    /// statement or the one at additional location <see cref="Edit.At"/>. Its request is a new <see cref="Edit.Value"/>
    /// (metadata name) given the <see cref="Edit.Settings"/>; with <see cref="Edit.Retry"/>, it is retried until accepted.
    /// </summary>
    InsertCall,

    /// <summary>The statement or collection element at the place goes (with its line); with <see cref="Edit.Argument"/>, that argument of the creation there.</summary>
    Remove,

    /// <summary>The client creation at the place becomes <see cref="Edit.Value"/>, a client of another type, whose namespace is imported.</summary>
    ReplaceClient,

    /// <summary>The argument list of the creation at the place becomes <see cref="Edit.Value"/> (arguments, without parentheses).</summary>
    ReplaceArguments,

    /// <summary>The <c>if</c> statement at the place (without else) becomes the one statement it guards.</summary>
    Unwrap,
}

/// <summary>One edit: what, where (the diagnostic's location, or additional location <see cref="At"/>) and with which facts.</summary>
internal sealed class Edit
{
    public Edit(EditKind kind, int? at = null, int? argument = null, string? member = null, string? value = null, string? choice = null,
        string? form = null, ImmutableArray<(string Path, string Value)> settings = default, Retry? retry = null)
    {
        Kind = kind;
        At = at;
        Argument = argument;
        Member = member;
        Value = value;
        Choice = choice;
        Form = form;
        Settings = settings.IsDefault ? ImmutableArray<(string, string)>.Empty : settings;
        Retry = retry;
    }

    public EditKind Kind { get; }

    /// <summary>The index of the additional location the edit applies at; null for the diagnostic's own location.</summary>
    public int? At { get; }

    /// <summary>The 0-based argument of the invocation or creation at the place.</summary>
    public int? Argument { get; }

    /// <summary>The property set (<see cref="EditKind.Set"/>) or assigned instead (<see cref="EditKind.Replace"/>).</summary>
    public string? Member { get; }

    /// <summary>C# with every name fully qualified (the fixer simplifies it to the file's usings); for <see cref="EditKind.InsertCall"/>, the request type's metadata name.</summary>
    public string? Value { get; }

    /// <summary>The alternative the edit belongs to (one code action each, e.g. a Region); null for every action.</summary>
    public string? Choice { get; }

    /// <summary>How the inserted call is waited for: a <see cref="CallForm"/> name (Awaited, Blocked, Synchronous).</summary>
    public string? Form { get; }

    /// <summary>The request's settings: a property path (<c>VersioningConfig.Status</c>, each object on the way created) and its value, C# as <see cref="Value"/>.</summary>
    public ImmutableArray<(string Path, string Value)> Settings { get; }

    public Retry? Retry { get; }

    public Edit WithAt(int? at) => new(Kind, at, Argument, Member, Value, Choice, Form, Settings, Retry);
}

/// <summary>
/// An inserted call retried until the service accepts it: up to <see cref="Attempts"/> times, <see cref="PauseSeconds"/>
/// apart, while it throws <see cref="Catch"/> that is one of <see cref="When"/> (metadata names); the loop is headed by
/// the comment <see cref="Note"/> and counts in <see cref="AttemptName"/>, a name free at the place.
/// </summary>
internal sealed class Retry
{
    public Retry(int attempts, int pauseSeconds, string @catch, ImmutableArray<string> when, string note, string attemptName, string exceptionName)
    {
        Attempts = attempts;
        PauseSeconds = pauseSeconds;
        Catch = @catch;
        When = when;
        Note = note;
        AttemptName = attemptName;
        ExceptionName = exceptionName;
    }

    public int Attempts { get; }

    public int PauseSeconds { get; }

    public string Catch { get; }

    public ImmutableArray<string> When { get; }

    public string Note { get; }

    public string AttemptName { get; }

    public string ExceptionName { get; }
}

/// <summary>
/// The typed remedy of one diagnostic: edits applied together, in one code action per <see cref="Alternatives"/> (one action
/// when there are none). Encoded in the diagnostic's properties under one key scheme, <c>srm.fix.&lt;n&gt;</c> (the kind)
/// and <c>srm.fix.&lt;n&gt;.&lt;field&gt;</c>; <see cref="Decode"/> reads it back and names every <c>srm.</c> key it did not read.
/// </summary>
internal sealed class Remedy
{
    private const string Prefix = "srm.fix.";

    private Remedy(ImmutableArray<Edit> edits) => Edits = edits;

    public ImmutableArray<Edit> Edits { get; }

    /// <summary>The alternatives, in the order the rule gives them; empty for one remedy.</summary>
    public ImmutableArray<string> Alternatives => Edits.Select(edit => edit.Choice).OfType<string>().Distinct().ToImmutableArray();

    /// <summary>The reported expression (or the one at additional location <paramref name="at"/>) becomes <paramref name="expression"/>.</summary>
    public static Remedy Replace(string expression, int? at = null) => Of(new Edit(EditKind.Replace, at: at, value: expression));

    /// <summary>Replace only argument <paramref name="argument"/> of the reported invocation (<c>AddDays(30)</c> → <c>AddDays(7)</c>).</summary>
    public static Remedy ReplaceArgument(int argument, string expression) => Of(new Edit(EditKind.Replace, argument: argument, value: expression));

    /// <summary>The assignment at the first additional location becomes <c>property = expression</c> on the same object.</summary>
    public static Remedy Reassign(string property, string expression) => Of(new Edit(EditKind.Replace, at: 0, member: property, value: expression));

    /// <summary>Set properties the reported object creation leaves unset: <c>Property = expression</c> in its initializer.</summary>
    public static Remedy Set(params (string Property, string Expression)[] properties) => Of(properties.Select(Setting).ToArray());

    public static Remedy Set(IEnumerable<(string Property, string Expression)> properties) => Set(properties.ToArray());

    /// <summary>Also set these properties in the initializer around the replaced expression.</summary>
    public Remedy AndSet(IEnumerable<(string Property, string Expression)> properties) =>
        new(Edits.AddRange(properties.Select(property => Setting(property).WithAt(Edits[0].At))));

    /// <summary>Also replace the expression at additional location <paramref name="at"/>.</summary>
    public Remedy AndReplace(int at, string expression) => new(Edits.Add(new Edit(EditKind.Replace, at: at, value: expression)));

    /// <summary>Also remove the statement at additional location <paramref name="at"/>.</summary>
    public Remedy AndRemove(int at) => new(Edits.Add(new Edit(EditKind.Remove, at: at)));

    /// <summary>The fix edits the value where it is written (<see cref="Site.Additional"/>[0]) when the site reports it elsewhere.</summary>
    public Remedy At(Site site) => site.Moved ? new(Edits.Select(edit => edit.At is null ? edit.WithAt(0) : edit).ToImmutableArray()) : this;

    /// <summary>Call <paramref name="operation"/> after the reported SDK call (or after the statement at additional location <paramref name="after"/>): see <see cref="EditKind.InsertCall"/>.</summary>
    public static Remedy InsertCall(string operation, CallForm form, int? token, string requestType, IEnumerable<(string Path, string Value)> settings, Retry? retry = null, int? after = null) =>
        Of(new Edit(EditKind.InsertCall, at: after, argument: token, member: operation, value: requestType, form: form.ToString(), settings: settings.ToImmutableArray(), retry: retry));

    /// <summary>Delete the code at the first <paramref name="count"/> additional locations (statements in a block, collection elements).</summary>
    public static Remedy RemoveAdditional(int count) => Of(Enumerable.Range(0, count).Select(i => new Edit(EditKind.Remove, at: i)).ToArray());

    /// <summary>Remove these arguments (0-based) of the creation at the first additional location.</summary>
    public static Remedy RemoveArguments(IEnumerable<int> positions) => Of(positions.Select(position => new Edit(EditKind.Remove, at: 0, argument: position)).ToArray());

    /// <summary>The arguments of the reported creation become <paramref name="arguments"/>.</summary>
    public static Remedy ReplaceArguments(string arguments) => Of(new Edit(EditKind.ReplaceArguments, value: arguments));

    /// <summary>The client creation at the first additional location becomes <paramref name="client"/>.</summary>
    public static Remedy ReplaceClient(string client) => Of(new Edit(EditKind.ReplaceClient, at: 0, value: client));

    /// <summary>The <c>if</c> at the first additional location becomes the statement it guards.</summary>
    public static Remedy Unwrap() => Of(new Edit(EditKind.Unwrap, at: 0));

    /// <summary>One replacement of the reported expression per named alternative (one per allowed Region).</summary>
    public static Remedy Choices(IEnumerable<(string Name, string Expression)> choices) =>
        Of(choices.Select(choice => new Edit(EditKind.Replace, value: choice.Expression, choice: choice.Name)).ToArray());

    /// <summary>The diagnostic properties that carry this remedy.</summary>
    public ImmutableDictionary<string, string?> Encode()
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        for (var i = 0; i < Edits.Length; i++)
        {
            var edit = Edits[i];
            var key = Prefix + i.ToString(CultureInfo.InvariantCulture);
            properties[key] = edit.Kind.ToString();
            Put(key + ".at", edit.At?.ToString(CultureInfo.InvariantCulture));
            Put(key + ".argument", edit.Argument?.ToString(CultureInfo.InvariantCulture));
            Put(key + ".member", edit.Member);
            Put(key + ".value", edit.Value);
            Put(key + ".choice", edit.Choice);
            Put(key + ".form", edit.Form);
            for (var j = 0; j < edit.Settings.Length; j++)
            {
                Put(key + ".set." + j.ToString(CultureInfo.InvariantCulture), edit.Settings[j].Path);
                Put(key + ".set." + j.ToString(CultureInfo.InvariantCulture) + ".value", edit.Settings[j].Value);
            }

            if (edit.Retry is { } retry)
            {
                Put(key + ".retry.attempts", retry.Attempts.ToString(CultureInfo.InvariantCulture));
                Put(key + ".retry.pause", retry.PauseSeconds.ToString(CultureInfo.InvariantCulture));
                Put(key + ".retry.catch", retry.Catch);
                Put(key + ".retry.when", string.Join(" ", retry.When));
                Put(key + ".retry.note", retry.Note);
                Put(key + ".retry.names", retry.AttemptName + " " + retry.ExceptionName);
            }
        }

        return properties.ToImmutable();

        void Put(string key, string? value)
        {
            if (value is not null)
            {
                properties[key] = value;
            }
        }
    }

    /// <summary>The remedy in <paramref name="properties"/> (null when there is none or it does not read); <paramref name="unread"/>: the <c>srm.</c> keys not part of it.</summary>
    public static Remedy? Decode(ImmutableDictionary<string, string?> properties, out ImmutableArray<string> unread)
    {
        var read = new HashSet<string>();
        var edits = ImmutableArray.CreateBuilder<Edit>();
        var valid = true;
        for (var i = 0; properties.TryGetValue(Prefix + i.ToString(CultureInfo.InvariantCulture), out var kindText); i++)
        {
            var key = Prefix + i.ToString(CultureInfo.InvariantCulture);
            read.Add(key);
            var at = Number(key + ".at");
            var argument = Number(key + ".argument");
            var member = Text(key + ".member");
            var value = Text(key + ".value");
            var choice = Text(key + ".choice");
            var form = Text(key + ".form");
            var settings = ImmutableArray.CreateBuilder<(string, string)>();
            for (var j = 0; Text(key + ".set." + j.ToString(CultureInfo.InvariantCulture)) is { } path; j++)
            {
                settings.Add((path, Text(key + ".set." + j.ToString(CultureInfo.InvariantCulture) + ".value") ?? ""));
            }

            var retry = ReadRetry(key + ".retry.");
            if (!System.Enum.TryParse<EditKind>(kindText, out var kind) || at == -1 || argument == -1 || retry is { Attempts: < 1 })
            {
                valid = false;
                continue;
            }

            edits.Add(new Edit(kind, at, argument, member, value, choice, form, settings.ToImmutable(), retry));
        }

        unread = properties.Keys.Where(key => key.StartsWith("srm.", System.StringComparison.Ordinal) && !read.Contains(key)).OrderBy(key => key, System.StringComparer.Ordinal).ToImmutableArray();
        return valid && edits.Count > 0 ? new Remedy(edits.ToImmutable()) : null;

        string? Text(string key)
        {
            if (properties.TryGetValue(key, out var value))
            {
                read.Add(key);
                return value;
            }

            return null;
        }

        int? Number(string key) => Text(key) is not { } text ? null
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;

        // A retry missing a part reads as zero attempts: not a remedy.
        Retry? ReadRetry(string prefix) =>
            Number(prefix + "attempts") is not { } attempts ? null
            : Number(prefix + "pause") is { } pause && Text(prefix + "catch") is { } caught && Text(prefix + "when") is { } when && Text(prefix + "note") is { } note
                && Text(prefix + "names")?.Split(' ') is { Length: 2 } names
                ? new Retry(attempts, pause, caught, when.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries).ToImmutableArray(), note, names[0], names[1])
                : new Retry(0, 0, "", ImmutableArray<string>.Empty, "", "", "");
    }

    private static Remedy Of(params Edit[] edits) => new(edits.ToImmutableArray());

    private static Edit Setting((string Property, string Expression) property) => new(EditKind.Set, member: property.Property, value: property.Expression);
}
