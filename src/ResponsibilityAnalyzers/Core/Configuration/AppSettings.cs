using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis.Text;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// Reads an appsettings*.json file the way Microsoft.Extensions.Configuration.Json does (comments and trailing
/// commas allowed, keys case-insensitive) to find the settings the AWS SDK's Setup package binds: the "AWS"
/// section's "Region" (<c>{ "AWS": { "Region": "eu-west-1" } }</c>, or the flat key <c>"AWS:Region"</c>). A file that
/// is not such JSON yields nothing. Not <see cref="Json"/>: that reader is strict RFC 8259 on purpose (bucket
/// policies), while configuration files may hold comments and trailing commas, and a diagnostic needs the value's span.
/// </summary>
internal static class AppSettings
{
    private const int MaxDepth = 64;

    /// <summary>True for appsettings.json and appsettings.&lt;Environment&gt;.json, whatever the folder.</summary>
    public static bool IsAppSettings(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Each string value bound to AWS:Region, with the span of its JSON string (quotes included).</summary>
    public static IReadOnlyList<(string Value, TextSpan Span)> AwsRegions(string text)
    {
        var found = new List<(string, TextSpan)>();
        var reader = new Reader(text);
        try
        {
            reader.SkipTrivia();
            if (reader.Peek == '{')
            {
                reader.Object(string.Empty, 0, found);
            }
        }
        catch (FormatException)
        {
            // Not JSON the configuration system would load: it binds nothing, so nothing is reported.
            return Array.Empty<(string, TextSpan)>();
        }

        return found;
    }

    private sealed class Reader
    {
        private readonly string _text;
        private int _index;

        public Reader(string text) => _text = text;

        public char Peek => _index < _text.Length ? _text[_index] : '\0';

        /// <summary>Reads an object whose configuration path is <paramref name="path"/> ("" for the root, "aws" inside "AWS").</summary>
        public void Object(string path, int depth, List<(string, TextSpan)> found)
        {
            if (depth > MaxDepth)
            {
                throw new FormatException();
            }

            Expect('{');
            SkipTrivia();
            while (Peek != '}')
            {
                var key = String(out _);
                SkipTrivia();
                Expect(':');
                SkipTrivia();
                var keyPath = path.Length == 0 ? key : path + ":" + key;
                if (Peek == '"')
                {
                    var value = String(out var span);
                    if (string.Equals(keyPath, "AWS:Region", StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add((value, span));
                    }
                }
                else
                {
                    Value(keyPath, depth, found);
                }

                SkipTrivia();
                if (Peek == ',')
                {
                    _index++;
                    SkipTrivia();
                }
                else if (Peek != '}')
                {
                    throw new FormatException();
                }
            }

            _index++;
        }

        public void SkipTrivia()
        {
            while (_index < _text.Length)
            {
                var c = _text[_index];
                if (c is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
                {
                    _index++;
                }
                else if (c == '/' && _index + 1 < _text.Length && _text[_index + 1] == '/')
                {
                    while (_index < _text.Length && _text[_index] != '\n')
                    {
                        _index++;
                    }
                }
                else if (c == '/' && _index + 1 < _text.Length && _text[_index + 1] == '*')
                {
                    var end = _text.IndexOf("*/", _index + 2, StringComparison.Ordinal);
                    _index = end < 0 ? throw new FormatException() : end + 2;
                }
                else
                {
                    return;
                }
            }
        }

        private void Value(string path, int depth, List<(string, TextSpan)> found)
        {
            switch (Peek)
            {
                case '{':
                    Object(path, depth + 1, found);
                    break;
                case '[':
                    // Array items bind to "path:0", "path:1"…, never to AWS:Region.
                    _index++;
                    SkipTrivia();
                    while (Peek != ']')
                    {
                        if (Peek == '"')
                        {
                            String(out _);
                        }
                        else
                        {
                            Value(path + ":#", depth + 1, found);
                        }

                        SkipTrivia();
                        if (Peek == ',')
                        {
                            _index++;
                            SkipTrivia();
                        }
                        else if (Peek != ']')
                        {
                            throw new FormatException();
                        }
                    }

                    _index++;
                    break;
                default:
                    // true, false, null or a number: read up to the next delimiter.
                    var start = _index;
                    while (_index < _text.Length && _text[_index] is not (',' or '}' or ']' or ' ' or '\t' or '\r' or '\n' or '/'))
                    {
                        _index++;
                    }

                    if (_index == start)
                    {
                        throw new FormatException();
                    }

                    break;
            }
        }

        private string String(out TextSpan span)
        {
            var start = _index;
            Expect('"');
            var builder = new System.Text.StringBuilder();
            while (true)
            {
                if (_index >= _text.Length || _text[_index] is '\r' or '\n')
                {
                    throw new FormatException();
                }

                var c = _text[_index++];
                if (c == '"')
                {
                    break;
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (_index >= _text.Length)
                {
                    throw new FormatException();
                }

                var escape = _text[_index++];
                switch (escape)
                {
                    case 'u' when _index + 4 <= _text.Length && ushort.TryParse(_text.Substring(_index, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code):
                        builder.Append((char)code);
                        _index += 4;
                        break;
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case '"' or '\\' or '/': builder.Append(escape); break;
                    default: throw new FormatException();
                }
            }

            span = TextSpan.FromBounds(start, _index);
            return builder.ToString();
        }

        private void Expect(char c)
        {
            if (Peek != c)
            {
                throw new FormatException();
            }

            _index++;
        }
    }
}
