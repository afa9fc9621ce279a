using System.Collections.Immutable;
using System.Linq;
using ResponsibilityAnalyzers.Core;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Core;

/// <summary>The remedy protocol: what an analyzer encodes is what a fixer decodes, and a key outside the scheme is named.</summary>
public class RemedyTests
{
    [Fact]
    public void Decode_ReadsBackWhatEncodeWrote()
    {
        var remedy = Remedy.Replace("true").AndSet(new[] { ("KmsKeyId", "\"alias/x\"") }).AndRemove(1);

        var decoded = Remedy.Decode(remedy.Encode(), out var unread);

        Assert.Empty(unread);
        Assert.NotNull(decoded);
        Assert.Equal(
            remedy.Edits.Select(e => (e.Kind, e.At, e.Argument, e.Member, e.Value, e.Choice)),
            decoded!.Edits.Select(e => (e.Kind, e.At, e.Argument, e.Member, e.Value, e.Choice)));
    }

    [Fact]
    public void Decode_NamesKeysOutsideTheScheme()
    {
        var properties = Remedy.Replace("true").Encode().Add("srm.replacement", "false");

        Assert.NotNull(Remedy.Decode(properties, out var unread));
        Assert.Equal(new[] { "srm.replacement" }, unread);
    }

    [Fact]
    public void Decode_GivesNoRemedyForAnUnknownKind()
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add("srm.fix.0", "Rename");

        Assert.Null(Remedy.Decode(properties, out _));
    }

    [Fact]
    public void Choices_AreOneAlternativeEach()
    {
        var remedy = Remedy.Choices(new[] { ("eu-central-1", "Amazon.RegionEndpoint.EUCentral1"), ("eu-west-1", "Amazon.RegionEndpoint.EUWest1") });

        Assert.Equal(new[] { "eu-central-1", "eu-west-1" }, Remedy.Decode(remedy.Encode(), out _)!.Alternatives);
    }
}
