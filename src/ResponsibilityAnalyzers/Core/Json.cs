using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ResponsibilityAnalyzers.Core;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A small strict JSON reader (RFC 8259) for documents rules find in code (EMR security configurations). Anything that
/// is not valid JSON — trailing text, single quotes, trailing commas, comments, nesting deeper than
/// <see cref="MaxDepth"/> — is rejected, never thrown at: an unreadable document is unknown.
/// </summary>
internal static class Json
{
    public const int MaxDepth = 64;

    public static bool TryParse(string? text, out JsonElement root)
    {
        root = default;
        if (text is null)
        {
            return false;
        }

        var reader = new Reader(text);
        if (reader.Value(0) is not { } value || reader.SkipSpace() != text.Length)
        {
            return false;
        }

        root = value;
        return true;
    }

    private sealed class Reader
    {
        private readonly string _text;
        private int _index;

        public Reader(string text) => _text = text;

        public int SkipSpace()
        {
            while (_index < _text.Length && _text[_index] is ' ' or '\t' or '\n' or '\r')
            {
                _index++;
            }

            return _index;
        }

        public JsonElement? Value(int depth)
        {
            if (SkipSpace() >= _text.Length || depth > MaxDepth)
            {
                return null;
            }

            switch (_text[_index])
            {
                case '{':
                    return Object(depth);
                case '[':
                    return Array(depth);
                case '"':
                    return String() is { } text ? new JsonElement(JsonKind.String, text) : null;
                case 't':
                    return Literal("true") ? new JsonElement(JsonKind.True) : null;
                case 'f':
                    return Literal("false") ? new JsonElement(JsonKind.False) : null;
                case 'n':
                    return Literal("null") ? new JsonElement(JsonKind.Null) : null;
                default:
                    return Number();
            }
        }

        private JsonElement? Object(int depth)
        {
            var members = new List<KeyValuePair<string, JsonElement>>();
            _index++;
            if (SkipSpace() < _text.Length && _text[_index] == '}')
            {
                _index++;
                return new JsonElement(members);
            }

            while (true)
            {
                if (SkipSpace() >= _text.Length || _text[_index] != '"' || String() is not { } name
                    || SkipSpace() >= _text.Length || _text[_index++] != ':'
                    || Value(depth + 1) is not { } value)
                {
                    return null;
                }

                members.Add(new KeyValuePair<string, JsonElement>(name, value));
                if (SkipSpace() >= _text.Length)
                {
                    return null;
                }

                switch (_text[_index++])
                {
                    case '}':
                        return new JsonElement(members);
                    case not ',':
                        return null;
                }
            }
        }

        private JsonElement? Array(int depth)
        {
            var items = new List<JsonElement>();
            _index++;
            if (SkipSpace() < _text.Length && _text[_index] == ']')
            {
                _index++;
                return new JsonElement(items);
            }

            while (true)
            {
                if (Value(depth + 1) is not { } item || SkipSpace() >= _text.Length)
                {
                    return null;
                }

                items.Add(item);
                switch (_text[_index++])
                {
                    case ']':
                        return new JsonElement(items);
                    case not ',':
                        return null;
                }
            }
        }

        private string? String()
        {
            var builder = new StringBuilder();
            _index++;
            while (_index < _text.Length)
            {
                var c = _text[_index++];
                switch (c)
                {
                    case '"':
                        return builder.ToString();
                    case < ' ':
                        return null;
                    case '\\':
                        if (_index >= _text.Length)
                        {
                            return null;
                        }

                        var escape = _text[_index++];
                        switch (escape)
                        {
                            case '"' or '\\' or '/':
                                builder.Append(escape);
                                break;
                            case 'b': builder.Append('\b'); break;
                            case 'f': builder.Append('\f'); break;
                            case 'n': builder.Append('\n'); break;
                            case 'r': builder.Append('\r'); break;
                            case 't': builder.Append('\t'); break;
                            case 'u' when _index + 4 <= _text.Length
                                && int.TryParse(_text.Substring(_index, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                                builder.Append((char)code);
                                _index += 4;
                                break;
                            default:
                                return null;
                        }

                        break;
                    default:
                        builder.Append(c);
                        break;
                }
            }

            return null;
        }

        private bool Literal(string literal)
        {
            if (string.CompareOrdinal(_text, _index, literal, 0, literal.Length) != 0)
            {
                return false;
            }

            _index += literal.Length;
            return true;
        }

        /// <summary>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
        private JsonElement? Number()
        {
            var start = _index;
            Accept('-');
            if (!Accept('0') && Digits() == 0)
            {
                return null;
            }

            if (Accept('.') && Digits() == 0)
            {
                return null;
            }

            if (Accept('e') || Accept('E'))
            {
                if (!Accept('+'))
                {
                    Accept('-');
                }

                if (Digits() == 0)
                {
                    return null;
                }
            }

            return new JsonElement(JsonKind.Number, _text.Substring(start, _index - start));
        }

        private bool Accept(char c)
        {
            if (_index < _text.Length && _text[_index] == c)
            {
                _index++;
                return true;
            }

            return false;
        }

        private int Digits()
        {
            var start = _index;
            while (_index < _text.Length && _text[_index] is >= '0' and <= '9')
            {
                _index++;
            }

            return _index - start;
        }
    }
}

/// <summary>A value of a document <see cref="Json.TryParse"/> accepted.</summary>
internal readonly struct JsonElement
{
    private readonly object? _value;

    internal JsonElement(JsonKind kind, object? value = null)
    {
        Kind = kind;
        _value = value;
    }

    internal JsonElement(List<KeyValuePair<string, JsonElement>> members)
        : this(JsonKind.Object, members)
    {
    }

    internal JsonElement(List<JsonElement> items)
        : this(JsonKind.Array, items)
    {
    }

    /// <summary>The kind of value; <see cref="JsonKind.Null"/> for a default element.</summary>
    public JsonKind Kind { get; }

    /// <summary>The value of the first member named <paramref name="name"/> (case-sensitive).</summary>
    public bool TryGetProperty(string name, out JsonElement value)
    {
        foreach (var member in EnumerateObject())
        {
            if (member.Key == name)
            {
                value = member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public IEnumerable<KeyValuePair<string, JsonElement>> EnumerateObject() =>
        _value as List<KeyValuePair<string, JsonElement>> ?? (IEnumerable<KeyValuePair<string, JsonElement>>)System.Array.Empty<KeyValuePair<string, JsonElement>>();

    public IEnumerable<JsonElement> EnumerateArray() => _value as List<JsonElement> ?? (IEnumerable<JsonElement>)System.Array.Empty<JsonElement>();

    /// <summary>The string, or null when this is not a string.</summary>
    public string? GetString() => Kind == JsonKind.String ? _value as string : null;
}
