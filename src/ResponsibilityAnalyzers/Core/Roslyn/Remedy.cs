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

    /// <summary>The <c>if</c> statement at the place (without else) becomes the one statement it guards.</summary>
    Unwrap,
}

/// <summary>One edit: what, where (the diagnostic's location, or additional location <see cref="At"/>) and with which facts.</summary>
internal sealed class Edit
{
    public Edit(EditKind kind, int? at = null, int? argument = null, string? member = null, Fact? value = null, string? choice = null,
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

    /// <summary>The value written: see <see cref="Fact"/>; for <see cref="EditKind.InsertCall"/>, the request type's metadata name (a <see cref="FactKind.Code"/>).</summary>
    public Fact? Value { get; }

    /// <summary>The alternative the edit belongs to (one code action each, e.g. a Region); null for every action.</summary>
    public string? Choice { get; }

    /// <summary>How the inserted call is waited for: a <see cref="CallForm"/> name (Awaited, Blocked, Synchronous).</summary>
    public string? Form { get; }

    /// <summary>The request's settings: a property path (<c>VersioningConfig.Status</c>, each object on the way created) and its value, C# as <see cref="Value"/>.</summary>
    public ImmutableArray<(string Path, string Value)> Settings { get; }

    public Retry? Retry { get; }

    public Edit WithAt(int? at) => new(Kind, at, Argument, Member, Value, Choice, Form, Settings, Retry);
}

/// <summary>What a <see cref="Fact"/> is.</summary>
internal enum FactKind
{
    /// <summary>C# the rule knows whole, every name fully qualified (a literal, an enum member, a constant): the fixer parses it and simplifies its names to the file's usings.</summary>
    Code,

    /// <summary>The user's own expression at additional location <see cref="Fact.At"/>, moved with its comments.</summary>
    Moved,

    /// <summary><c>new Type(Arguments) { Member = value, … }</c>; with <see cref="Fact.At"/>, the initializer of the user's object creation there instead.</summary>
    New,

    /// <summary>The static call <see cref="Fact.Text"/> (<c>global::Namespace.Type.Method</c>) of the <see cref="Fact.Arguments"/>; with <see cref="Fact.At"/>, the call of method <see cref="Fact.Text"/> on the user's expression there.</summary>
    Call,
}

/// <summary>
/// A value an edit writes. The rule states it as a fact (a constant, which user expression moves where, which type is
/// created with which members) and the fixer builds the syntax: the user's code is never copied as text, so its
/// comments and layout stay.
/// </summary>
internal sealed class Fact
{
    private Fact(FactKind kind, string? text, int? at = null, ImmutableArray<Fact> arguments = default, ImmutableArray<(string Member, Fact Value)> members = default, string? then = null)
    {
        Kind = kind;
        Text = text;
        At = at;
        Arguments = arguments.IsDefault ? ImmutableArray<Fact>.Empty : arguments;
        Members = members.IsDefault ? ImmutableArray<(string, Fact)>.Empty : members;
        Then = then;
    }

    public FactKind Kind { get; }

    /// <summary><see cref="FactKind.Code"/>: the C#; <see cref="FactKind.New"/>: the type, fully qualified C#; <see cref="FactKind.Call"/>: the method, fully qualified C#.</summary>
    public string? Text { get; }

    /// <summary>The additional location of the user's expression (<see cref="FactKind.Moved"/>), of the object creation whose initializer a <see cref="FactKind.New"/> takes, or of the receiver of a <see cref="FactKind.Call"/>.</summary>
    public int? At { get; }

    public ImmutableArray<Fact> Arguments { get; }

    /// <summary>The members a <see cref="FactKind.New"/> sets in its initializer, in order.</summary>
    public ImmutableArray<(string Member, Fact Value)> Members { get; }

    /// <summary>A member read off the new object or the call's result (<c>.ValueAsString</c>); null for the value itself.</summary>
    public string? Then { get; }

    public static implicit operator Fact(string code) => Code(code);

    public static Fact Code(string code) => new(FactKind.Code, code);

    public static Fact Moved(int at) => new(FactKind.Moved, null, at);

    public static Fact New(string type, IEnumerable<Fact>? arguments = null, IEnumerable<(string Member, Fact Value)>? members = null, int? initializerAt = null) =>
        new(FactKind.New, type, initializerAt, arguments?.ToImmutableArray() ?? default, members?.ToImmutableArray() ?? default);

    public static Fact Call(string method, params Fact[] arguments) => new(FactKind.Call, method, arguments: arguments.ToImmutableArray());

    /// <summary><c>receiver.method(arguments)</c>, the receiver the user's expression at additional location <paramref name="receiverAt"/>.</summary>
    public static Fact Call(int receiverAt, string method, IEnumerable<Fact> arguments) => new(FactKind.Call, method, receiverAt, arguments.ToImmutableArray());

    /// <summary>The member <paramref name="member"/> of this value.</summary>
    public Fact Dot(string member) => new(Kind, Text, At, Arguments, Members, member);

    /// <summary>The fact in one line: the C# of a constant, <c>@1</c> for a moved expression, <c>new T(…){M = …}@2</c>, <c>@0.M(…)</c>.</summary>
    public override string ToString()
    {
        var at = At is { } index ? "@" + index.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var arguments = "(" + string.Join(", ", Arguments) + ")";
        var text = Kind switch
        {
            FactKind.Code => Text!,
            FactKind.Moved => at,
            FactKind.New => "new " + Text + arguments + "{" + string.Join(", ", Members.Select(member => member.Member + " = " + member.Value)) + "}" + at,
            _ => (At is null ? string.Empty : at + ".") + Text + arguments,
        };
        return Then is null ? text : text + "." + Then;
    }

    public override bool Equals(object? obj) => obj is Fact other && other.ToString() == ToString();

    public override int GetHashCode() => ToString().GetHashCode();

    /// <summary>Writes the fact under <paramref name="key"/>: a constant as the key's value (as it always was), anything else in sub-keys.</summary>
    internal void Encode(string key, System.Action<string, string?> put)
    {
        var at = At?.ToString(CultureInfo.InvariantCulture);
        switch (Kind)
        {
            case FactKind.Code:
                put(key, Text);
                break;
            case FactKind.Moved:
                put(key + ".moved", at);
                break;
            case FactKind.New:
                put(key + ".new", Text);
                put(key + ".initializer", at);
                break;
            case FactKind.Call:
                put(key + ".call", Text);
                put(key + ".receiver", at);
                break;
        }

        for (var i = 0; i < Arguments.Length; i++)
        {
            Arguments[i].Encode(key + ".arg." + i.ToString(CultureInfo.InvariantCulture), put);
        }

        for (var i = 0; i < Members.Length; i++)
        {
            put(key + ".member." + i.ToString(CultureInfo.InvariantCulture), Members[i].Member);
            Members[i].Value.Encode(key + ".member." + i.ToString(CultureInfo.InvariantCulture) + ".value", put);
        }

        put(key + ".then", Then);
    }

    /// <summary>The fact under <paramref name="key"/>; null when there is none, or a part does not read.</summary>
    internal static Fact? Decode(string key, System.Func<string, string?> text)
    {
        int? Number(string name) => text(name) is not { } number ? null
            : int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;

        var code = text(key);
        var type = text(key + ".new");
        var method = text(key + ".call");
        var at = Number(key + ".moved") ?? Number(key + ".initializer") ?? Number(key + ".receiver");
        if (at == -1 || (code is null && type is null && method is null && at is null))
        {
            return null;
        }

        var arguments = ImmutableArray.CreateBuilder<Fact>();
        for (var i = 0; Decode(key + ".arg." + i.ToString(CultureInfo.InvariantCulture), text) is { } argument; i++)
        {
            arguments.Add(argument);
        }

        var members = ImmutableArray.CreateBuilder<(string, Fact)>();
        for (var i = 0; text(key + ".member." + i.ToString(CultureInfo.InvariantCulture)) is { } member; i++)
        {
            if (Decode(key + ".member." + i.ToString(CultureInfo.InvariantCulture) + ".value", text) is not { } value)
            {
                return null;
            }

            members.Add((member, value));
        }

        var then = text(key + ".then");
        return code is not null ? Code(code)
            : type is not null ? new Fact(FactKind.New, type, at, arguments.ToImmutable(), members.ToImmutable(), then)
            : method is not null ? new Fact(FactKind.Call, method, at, arguments.ToImmutable(), default, then)
            : Moved(at!.Value);
    }
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
    public static Remedy Replace(Fact expression, int? at = null) => Of(new Edit(EditKind.Replace, at: at, value: expression));

    /// <summary>Replace only argument <paramref name="argument"/> of the reported invocation (<c>AddDays(30)</c> → <c>AddDays(7)</c>).</summary>
    public static Remedy ReplaceArgument(int argument, Fact expression) => Of(new Edit(EditKind.Replace, argument: argument, value: expression));

    /// <summary>The assignment at the first additional location becomes <c>property = expression</c> on the same object.</summary>
    public static Remedy Reassign(string property, Fact expression) => Of(new Edit(EditKind.Replace, at: 0, member: property, value: expression));

    /// <summary>Set properties the reported object creation leaves unset: <c>Property = expression</c> in its initializer.</summary>
    public static Remedy Set(params (string Property, Fact Expression)[] properties) => Of(properties.Select(Setting).ToArray());

    public static Remedy Set(IEnumerable<(string Property, string Expression)> properties) => Set(properties.Select(property => (property.Property, Fact.Code(property.Expression))).ToArray());

    /// <summary>Also set these properties in the initializer around the replaced expression.</summary>
    public Remedy AndSet(IEnumerable<(string Property, string Expression)> properties) =>
        new(Edits.AddRange(properties.Select(property => Setting((property.Property, property.Expression)).WithAt(Edits[0].At))));

    /// <summary>Also replace the expression at additional location <paramref name="at"/>.</summary>
    public Remedy AndReplace(int at, Fact expression) => new(Edits.Add(new Edit(EditKind.Replace, at: at, value: expression)));

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

    /// <summary>The client creation at the first additional location becomes <paramref name="client"/>.</summary>
    public static Remedy ReplaceClient(Fact client) => Of(new Edit(EditKind.ReplaceClient, at: 0, value: client));

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
            edit.Value?.Encode(key + ".value", Put);
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
            var value = Fact.Decode(key + ".value", Text);
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

    private static Edit Setting((string Property, Fact Expression) property) => new(EditKind.Set, member: property.Property, value: property.Expression);
}
