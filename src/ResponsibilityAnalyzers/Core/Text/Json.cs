using System.Collections.Generic;

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
/// A strict JSON reader (RFC 8259) for the documents rules find in code, such as bucket policies. <see cref="TryParse"/>
/// validates the whole text once; the <see cref="JsonElement"/>s it hands out then read values in place, by offset,
/// without building a tree. Anything that is not valid JSON (trailing text, single quotes, trailing commas, comments,
/// nesting deeper than <see cref="MaxDepth"/>) is rejected, never thrown at.
/// </summary>
internal static class Json
{
    /// <summary>The deepest nesting of objects and arrays accepted; deeper documents are treated as invalid.</summary>
    public const int MaxDepth = 64;

    public static bool TryParse(string? text, out JsonElement root)
    {
        root = default;
        if (text is null)
        {
            return false;
        }

        var index = SkipWhitespace(text, 0);
        var start = index;
        if (!ReadValue(text, ref index, depth: 0) || SkipWhitespace(text, index) != text.Length)
        {
            return false;
        }

        root = new JsonElement(text, start);
        return true;
    }

    internal static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\t' or '\n' or '\r')
        {
            index++;
        }

        return index;
    }

    /// <summary>The index just past the value that starts at <paramref name="index"/>, in text already validated.</summary>
    internal static int SkipValue(string text, int index)
    {
        switch (text[index])
        {
            case '"':
                index++;
                while (text[index] != '"')
                {
                    index += text[index] == '\\' ? 2 : 1;
                }

                return index + 1;
            case '{' or '[':
                var depth = 0;
                do
                {
                    switch (text[index])
                    {
                        case '"':
                            index = SkipValue(text, index);
                            continue;
                        case '{' or '[':
                            depth++;
                            break;
                        case '}' or ']':
                            depth--;
                            break;
                    }

                    index++;
                }
                while (depth > 0);

                return index;
            default:
                while (index < text.Length && text[index] is not (',' or '}' or ']' or ' ' or '\t' or '\n' or '\r'))
                {
                    index++;
                }

                return index;
        }
    }

    /// <summary>
    /// Reads the next character of the string whose content continues at <paramref name="index"/>, decoding escapes;
    /// false at the closing quote. The text must be validated.
    /// </summary>
    internal static bool NextChar(string text, ref int index, out char value)
    {
        value = text[index];
        if (value == '"')
        {
            return false;
        }

        if (value != '\\')
        {
            index++;
            return true;
        }

        var escape = text[index + 1];
        index += 2;
        switch (escape)
        {
            case 'b': value = '\b'; break;
            case 'f': value = '\f'; break;
            case 'n': value = '\n'; break;
            case 'r': value = '\r'; break;
            case 't': value = '\t'; break;
            case 'u':
                value = (char)((Hex(text[index]) << 12) | (Hex(text[index + 1]) << 8) | (Hex(text[index + 2]) << 4) | Hex(text[index + 3]));
                index += 4;
                break;
            default: value = escape; break; // " \ /
        }

        return true;
    }

    private static bool ReadValue(string text, ref int index, int depth)
    {
        if (index >= text.Length)
        {
            return false;
        }

        switch (text[index])
        {
            case '{':
                return depth < MaxDepth && ReadContainer(text, ref index, depth, '}');
            case '[':
                return depth < MaxDepth && ReadContainer(text, ref index, depth, ']');
            case '"':
                return ReadString(text, ref index);
            case 't':
                return ReadLiteral(text, ref index, "true");
            case 'f':
                return ReadLiteral(text, ref index, "false");
            case 'n':
                return ReadLiteral(text, ref index, "null");
            default:
                return ReadNumber(text, ref index);
        }
    }

    /// <summary>An object (members "name": value) or an array (values), from its opening to its closing bracket.</summary>
    private static bool ReadContainer(string text, ref int index, int depth, char close)
    {
        index = SkipWhitespace(text, index + 1);
        if (index < text.Length && text[index] == close)
        {
            index++;
            return true;
        }

        while (true)
        {
            if (close == '}')
            {
                if (index >= text.Length || text[index] != '"' || !ReadString(text, ref index))
                {
                    return false;
                }

                index = SkipWhitespace(text, index);
                if (index >= text.Length || text[index] != ':')
                {
                    return false;
                }

                index = SkipWhitespace(text, index + 1);
            }

            if (!ReadValue(text, ref index, depth + 1))
            {
                return false;
            }

            index = SkipWhitespace(text, index);
            if (index >= text.Length)
            {
                return false;
            }

            if (text[index] == close)
            {
                index++;
                return true;
            }

            if (text[index] != ',')
            {
                return false;
            }

            index = SkipWhitespace(text, index + 1);
        }
    }

    private static bool ReadString(string text, ref int index)
    {
        index++;
        while (index < text.Length)
        {
            var c = text[index];
            if (c == '"')
            {
                index++;
                return true;
            }

            if (c < ' ')
            {
                return false;
            }

            if (c != '\\')
            {
                index++;
                continue;
            }

            if (index + 1 >= text.Length)
            {
                return false;
            }

            switch (text[index + 1])
            {
                case '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't':
                    index += 2;
                    break;
                case 'u':
                    if (index + 5 >= text.Length || Hex(text[index + 2]) < 0 || Hex(text[index + 3]) < 0 || Hex(text[index + 4]) < 0 || Hex(text[index + 5]) < 0)
                    {
                        return false;
                    }

                    index += 6;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool ReadLiteral(string text, ref int index, string literal)
    {
        if (string.CompareOrdinal(text, index, literal, 0, literal.Length) != 0)
        {
            return false;
        }

        index += literal.Length;
        return true;
    }

    /// <summary>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
    private static bool ReadNumber(string text, ref int index)
    {
        if (index < text.Length && text[index] == '-')
        {
            index++;
        }

        if (index < text.Length && text[index] == '0')
        {
            index++;
        }
        else if (!ReadDigits(text, ref index))
        {
            return false;
        }

        if (index < text.Length && text[index] == '.')
        {
            index++;
            if (!ReadDigits(text, ref index))
            {
                return false;
            }
        }

        if (index < text.Length && text[index] is 'e' or 'E')
        {
            index++;
            if (index < text.Length && text[index] is '+' or '-')
            {
                index++;
            }

            if (!ReadDigits(text, ref index))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ReadDigits(string text, ref int index)
    {
        var start = index;
        while (index < text.Length && text[index] is >= '0' and <= '9')
        {
            index++;
        }

        return index > start;
    }

    private static int Hex(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}

/// <summary>A value inside a document <see cref="Json.TryParse"/> accepted, read where it stands.</summary>
internal readonly struct JsonElement
{
    private readonly string _text;
    private readonly int _start;

    internal JsonElement(string text, int start)
    {
        _text = text;
        _start = start;
    }

    /// <summary>The kind of value; <see cref="JsonKind.Null"/> for a default element that no document stands behind.</summary>
    public JsonKind Kind => _text is null ? JsonKind.Null : _text[_start] switch
    {
        '{' => JsonKind.Object,
        '[' => JsonKind.Array,
        '"' => JsonKind.String,
        't' => JsonKind.True,
        'f' => JsonKind.False,
        'n' => JsonKind.Null,
        _ => JsonKind.Number,
    };

    /// <summary>True for <c>{}</c> and <c>[]</c>.</summary>
    public bool IsEmpty => Kind is JsonKind.Object or JsonKind.Array && _text[Json.SkipWhitespace(_text, _start + 1)] is '}' or ']';

    /// <summary>The JSON text of this value as written (for a number, its digits).</summary>
    public string RawText => _text is null ? "null" : _text.Substring(_start, Json.SkipValue(_text, _start) - _start);

    /// <summary>The value of the first member named <paramref name="name"/> (compared after unescaping, case-sensitively).</summary>
    public bool TryGetProperty(string name, out JsonElement value)
    {
        foreach (var member in EnumerateObject())
        {
            if (member.Key.ValueEquals(name))
            {
                value = member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The members of an object, names as string elements; nothing for any other kind.</summary>
    public IEnumerable<KeyValuePair<JsonElement, JsonElement>> EnumerateObject()
    {
        if (Kind != JsonKind.Object)
        {
            yield break;
        }

        var index = Json.SkipWhitespace(_text, _start + 1);
        while (_text[index] != '}')
        {
            var name = new JsonElement(_text, index);
            index = Json.SkipWhitespace(_text, Json.SkipValue(_text, index));
            index = Json.SkipWhitespace(_text, index + 1); // ':'
            yield return new KeyValuePair<JsonElement, JsonElement>(name, new JsonElement(_text, index));
            index = Next(Json.SkipValue(_text, index));
        }
    }

    /// <summary>The items of an array; nothing for any other kind.</summary>
    public IEnumerable<JsonElement> EnumerateArray()
    {
        if (Kind != JsonKind.Array)
        {
            yield break;
        }

        var index = Json.SkipWhitespace(_text, _start + 1);
        while (_text[index] != ']')
        {
            yield return new JsonElement(_text, index);
            index = Next(Json.SkipValue(_text, index));
        }
    }

    /// <summary>Whether this is a string equal to <paramref name="expected"/> once unescaped; allocates nothing.</summary>
    public bool ValueEquals(string expected)
    {
        if (Kind != JsonKind.String)
        {
            return false;
        }

        var index = _start + 1;
        var position = 0;
        while (Json.NextChar(_text, ref index, out var c))
        {
            if (position >= expected.Length || expected[position++] != c)
            {
                return false;
            }
        }

        return position == expected.Length;
    }

    /// <summary>The unescaped string, or null when this is not a string.</summary>
    public string? GetString()
    {
        if (Kind != JsonKind.String)
        {
            return null;
        }

        var index = _start + 1;
        var end = Json.SkipValue(_text, _start) - 1;
        if (_text.IndexOf('\\', index, end - index) < 0)
        {
            return _text.Substring(index, end - index);
        }

        var builder = new System.Text.StringBuilder(end - index);
        while (Json.NextChar(_text, ref index, out var c))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    public override string ToString() => RawText;

    /// <summary>Past the separator after a member or item: at the next one, or at the closing bracket.</summary>
    private int Next(int index)
    {
        index = Json.SkipWhitespace(_text, index);
        return _text[index] == ',' ? Json.SkipWhitespace(_text, index + 1) : index;
    }
}
