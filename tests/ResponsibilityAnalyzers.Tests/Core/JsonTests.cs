using System.Linq;
using ResponsibilityAnalyzers.Core;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Core;

public class JsonTests
{
    [Theory]
    [InlineData("{}", "Object")]
    [InlineData(" \t\r\n[ ] \n", "Array")]
    [InlineData("\"text\"", "String")]
    [InlineData("0", "Number")]
    [InlineData("-12.5e+10", "Number")]
    [InlineData("1E-3", "Number")]
    [InlineData("true", "True")]
    [InlineData("false", "False")]
    [InlineData("null", "Null")]
    [InlineData("{\"a\": [1, {\"b\": null}], \"c\": \"d\"}", "Object")]
    public void ValidDocuments_AreRead(string text, string kind)
    {
        Assert.True(Json.TryParse(text, out var root));
        Assert.Equal(kind, root.Kind.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{}}")]
    [InlineData("{} x")]
    [InlineData("{}{}")]
    [InlineData("[1] // comment")]
    [InlineData("/* comment */ {}")]
    [InlineData("{,}")]
    [InlineData("[1,]")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("[1 2]")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{a: 1}")]
    [InlineData("{'a': 1}")]
    [InlineData("01")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("-")]
    [InlineData("+1")]
    [InlineData("1e")]
    [InlineData("NaN")]
    [InlineData("tru")]
    [InlineData("nulll")]
    [InlineData("True")]
    [InlineData("\"unterminated")]
    [InlineData("\"bad escape \\x\"")]
    [InlineData("\"short unicode \\u12\"")]
    [InlineData("\"not hex \\u12G4\"")]
    [InlineData("\"raw\nnewline\"")]
    [InlineData("\"ends with backslash\\")]
    [InlineData("\uFEFF{}")]
    public void InvalidDocuments_AreRejected(string text) => Assert.False(Json.TryParse(text, out _));

    [Fact]
    public void Null_IsRejected() => Assert.False(Json.TryParse(null, out _));

    [Fact]
    public void EscapedQuotes_AreReadInNamesAndValues()
    {
        Assert.True(Json.TryParse("{\"say \\\"hi\\\"\": \"she said \\\"}\\\" and \\\\\", \"next\": 1}", out var root));
        Assert.True(root.TryGetProperty("say \"hi\"", out var value));
        Assert.Equal("she said \"}\" and \\", value.GetString());
        Assert.True(value.ValueEquals("she said \"}\" and \\"));
        Assert.True(root.TryGetProperty("next", out var next));
        Assert.Equal("1", next.RawText);
    }

    [Fact]
    public void UnicodeEscapes_AreDecoded()
    {
        Assert.True(Json.TryParse("[\"\\u002A\", \"caf\\u00e9\", \"\\ud83d\\ude00\", \"\\/\\b\\f\\n\\r\\t\"]", out var root));
        var items = root.EnumerateArray().ToArray();
        Assert.True(items[0].ValueEquals("*"));
        Assert.Equal("café", items[1].GetString());
        Assert.Equal("😀", items[2].GetString());
        Assert.Equal("/\b\f\n\r\t", items[3].GetString());
        Assert.False(items[0].ValueEquals("**"));
        Assert.False(items[0].ValueEquals(string.Empty));
    }

    [Fact]
    public void NestedArraysAndObjects_AreSkippedToReachLaterMembers()
    {
        Assert.True(Json.TryParse("{\"x\": [[1, [2, [\"]\"]]], {\"y\": \"}\"}], \"z\": {\"w\": [[]]}, \"last\": -0.5}", out var root));
        Assert.Equal(new[] { "x", "z", "last" }, root.EnumerateObject().Select(member => member.Key.GetString()).ToArray());
        Assert.True(root.TryGetProperty("x", out var x));
        Assert.Equal(2, x.EnumerateArray().Count());
        Assert.Equal("[[1, [2, [\"]\"]]], {\"y\": \"}\"}]", x.RawText);
        Assert.True(root.TryGetProperty("z", out var z));
        Assert.True(z.TryGetProperty("w", out var w));
        Assert.Equal(JsonKind.Array, w.EnumerateArray().Single().Kind);
        Assert.True(w.EnumerateArray().Single().IsEmpty);
        Assert.True(root.TryGetProperty("last", out var last));
        Assert.Equal("-0.5", last.RawText);
        Assert.False(root.TryGetProperty("y", out _));
    }

    [Fact]
    public void EmptyContainers_AreEmpty_WithWhitespaceInside()
    {
        Assert.True(Json.TryParse("{\"o\": { \n }, \"a\": [ ], \"full\": {\"k\": 1}}", out var root));
        Assert.True(root.TryGetProperty("o", out var o));
        Assert.True(root.TryGetProperty("a", out var a));
        Assert.True(root.TryGetProperty("full", out var full));
        Assert.True(o.IsEmpty);
        Assert.True(a.IsEmpty);
        Assert.False(full.IsEmpty);
        Assert.Empty(o.EnumerateObject());
        Assert.Empty(a.EnumerateArray());
    }

    [Fact]
    public void DuplicateNames_TheFirstIsFound()
    {
        Assert.True(Json.TryParse("{\"a\": 1, \"a\": 2}", out var root));
        Assert.True(root.TryGetProperty("a", out var a));
        Assert.Equal("1", a.RawText);
    }

    [Fact]
    public void WrongKinds_AnswerNothing()
    {
        Assert.True(Json.TryParse("[\"a\", 1, true]", out var root));
        Assert.False(root.TryGetProperty("a", out _));
        Assert.Empty(root.EnumerateObject());
        Assert.Null(root.GetString());
        Assert.False(root.ValueEquals("a"));
        var number = root.EnumerateArray().ElementAt(1);
        Assert.Empty(number.EnumerateArray());
        Assert.False(number.IsEmpty);
    }

    [Fact]
    public void DefaultElement_DoesNotThrow()
    {
        JsonElement none = default;
        Assert.Equal(JsonKind.Null, none.Kind);
        Assert.False(none.TryGetProperty("a", out _));
        Assert.Empty(none.EnumerateArray());
        Assert.Null(none.GetString());
        Assert.False(none.IsEmpty);
    }

    [Fact]
    public void NestingUpToTheLimit_IsRead()
    {
        var text = new string('[', Json.MaxDepth) + new string(']', Json.MaxDepth);
        Assert.True(Json.TryParse(text, out _));
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{\"a\":", "}")]
    public void DeeperNesting_IsRejected_WithoutOverflowingTheStack(string open, string close)
    {
        Assert.False(Json.TryParse(string.Concat(Enumerable.Repeat(open, Json.MaxDepth + 1)) + "1" + string.Concat(Enumerable.Repeat(close, Json.MaxDepth + 1)), out _));
        Assert.False(Json.TryParse(string.Concat(Enumerable.Repeat(open, 200_000)) + string.Concat(Enumerable.Repeat(close, 200_000)), out _));
        Assert.False(Json.TryParse(string.Concat(Enumerable.Repeat(open, 200_000)), out _));
    }
}
