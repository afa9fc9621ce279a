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
    public void Decode_ReadsBackAnInsertedCallsFacts()
    {
        var retry = new Retry(60, 5, "Amazon.DynamoDBv2.AmazonDynamoDBException", ImmutableArray.Create("Amazon.DynamoDBv2.Model.TableNotFoundException"), "Retried.", "attempt2", "exception");
        var remedy = Remedy.InsertCall("UpdateContinuousBackups", CallForm.Blocked, 1, "Amazon.DynamoDBv2.Model.UpdateContinuousBackupsRequest", new[] { ("TableName", "name"), ("A.B", "true") }, retry, after: 0);

        var edit = Assert.Single(Remedy.Decode(remedy.Encode(), out var unread)!.Edits);

        Assert.Empty(unread);
        Assert.Equal((EditKind.InsertCall, 0, 1, "UpdateContinuousBackups", "Amazon.DynamoDBv2.Model.UpdateContinuousBackupsRequest", "Blocked"), (edit.Kind, edit.At, edit.Argument, edit.Member, edit.Value, edit.Form));
        Assert.Equal(new[] { ("TableName", "name"), ("A.B", "true") }, edit.Settings.ToArray());
        Assert.Equal((60, 5, retry.Catch, "Retried.", "attempt2", "exception"), (edit.Retry!.Attempts, edit.Retry.PauseSeconds, edit.Retry.Catch, edit.Retry.Note, edit.Retry.AttemptName, edit.Retry.ExceptionName));
        Assert.Equal(retry.When.ToArray(), edit.Retry.When.ToArray());
    }

    [Fact]
    public void Decode_ReadsBackAValueTheFixerBuilds()
    {
        var value = Fact.Call(
            "global::Amazon.CDK.AWS.EC2.Peer.Ipv4",
            Fact.New("global::Amazon.CDK.CfnParameter", new Fact[] { "this", Fact.Moved(2), Fact.New("global::Amazon.CDK.CfnParameterProps", members: new[] { ("Type", Fact.Code("\"String\"")) }) }, initializerAt: 1).Dot("ValueAsString"));
        var remedy = Remedy.Replace(value).AndReplace(0, Fact.Call(3, "ReEncrypt", new[] { Fact.Moved(4) }));

        var decoded = Remedy.Decode(remedy.Encode(), out var unread);

        Assert.Empty(unread);
        Assert.Equal(remedy.Edits.Select(e => e.Value!.ToString()), decoded!.Edits.Select(e => e.Value!.ToString()));
        Assert.Equal(FactKind.Call, decoded.Edits[0].Value!.Kind);
    }

    [Fact]
    public void Decode_GivesNoRemedyForAPartialRetry()
    {
        var retry = new Retry(60, 5, "Amazon.DynamoDBv2.AmazonDynamoDBException", ImmutableArray<string>.Empty, "Retried.", "attempt", "exception");
        var properties = Remedy.InsertCall("UpdateContinuousBackups", CallForm.Awaited, null, "Request", new[] { ("TableName", "name") }, retry).Encode().Remove("srm.fix.0.retry.names");

        Assert.Null(Remedy.Decode(properties, out _));
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
