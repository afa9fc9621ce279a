using ResponsibilityAnalyzers.Core;
using Xunit;

namespace ResponsibilityAnalyzers.Tests.Core;

/// <summary>SRM5005's name evidence for a CloudFront access-log bucket: a log word with a CloudFront word, never a log word alone.</summary>
public class CloudFrontLogNameTests
{
    [Theory]
    [InlineData("CloudFrontLogs")]
    [InlineData("cloudfront-access-logs")]
    [InlineData("cf-logs")]
    [InlineData("CfLogging")]
    [InlineData("DistributionLogs")]
    [InlineData("site-distribution-log")]
    public void ALogWordWithACloudFrontWord_SaysCloudFrontLogs(string name) => Assert.True(Buckets.SaysCloudFrontLogs(name));

    [Theory]
    [InlineData("Logs")]
    [InlineData("AccessLogs")]
    [InlineData("server-access-logs")]
    [InlineData("CloudFrontAssets")]
    [InlineData("Distribution")]
    [InlineData("catalogs")]
    [InlineData("cflogs")]
    [InlineData(null)]
    public void OtherNames_DoNot(string? name) => Assert.False(Buckets.SaysCloudFrontLogs(name));
}
