using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionInTransit.PresignedUrlExpiryAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionInTransit.PresignedUrlExpiryFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionInTransit;

public class PresignedUrlExpiryTests
{
    private const string OneDay = "srm.presigned_url_max_expiry = 1.00:00:00\n";

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ThirtyDays_IsReported_WithDurationMaximumAndSigV2InTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.S3;
        using Amazon.S3.Model;

        class Links
        {
            string Share(IAmazonS3 s3, string key) => s3.GetPreSignedURL(new GetPreSignedUrlRequest
            {
                BucketName = "documents",
                Key = key,
                Expires = {|#0:DateTime.UtcNow.AddDays(30)|},
            });
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM3003_PresignedUrlExpiryTooLong).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "Expires is 30 days from now, longer than the maximum of 7 days (srm.presigned_url_max_expiry); the URL is a bearer credential for all that time, and past 7 days the AWS SDK (v3 and v4) silently signs it with SigV2 instead of SigV4 in Regions that still accept SigV2 (and throws in the others)"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task MaxValue_IsReported_AsNeverExpiring(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            void Share(GetPreSignedUrlRequest request) => request.Expires = {|#0:DateTime.MaxValue|};
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM3003_PresignedUrlExpiryTooLong).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "Expires is DateTime.MaxValue (the URL never expires), longer than the maximum of 7 days (srm.presigned_url_max_expiry); the URL is a bearer credential for all that time, and past 7 days the AWS SDK (v3 and v4) silently signs it with SigV2 instead of SigV4 in Regions that still accept SigV2 (and throws in the others)"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryWayOfWritingNowPlusTooLong_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            const int Days = 14;

            void Share(bool longLived)
            {
                var a = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.Now.AddHours(169)|} };
                var b = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddMinutes(10081)|} };
                var c = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddSeconds(604801)|} };
                var d = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddMilliseconds(604800001)|} };
                var e = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddTicks(6048000000001)|} };
                var f = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow + TimeSpan.FromDays(8)|} };
                var g = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.Add(TimeSpan.FromHours(200))|} };
                var h = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.Add(new TimeSpan(7, 0, 0, 1))|} };
                var i = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow + (TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1))|} };
                var j = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTimeOffset.UtcNow.AddDays(30).UtcDateTime|} };
                var k = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddDays(Days)|} };
                var l = new GetPreSignedUrlRequest { Expires = longLived ? {|SRM3003:DateTime.UtcNow.AddDays(365)|} : DateTime.UtcNow.AddHours(1) };
                var m = new GetPreSignedUrlRequest();
                m.Expires = {|SRM3003:DateTime.UtcNow.AddDays(1).AddDays(7)|};
                var ttl = TimeSpan.FromDays(10);
                var n = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.Add(ttl)|} };
                var o = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddDays(7.5)|} };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ExactlyTheMaximumShorterAndUnknownExpiries_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            TimeSpan configured = TimeSpan.FromDays(30);

            void Share(int days, TimeSpan ttl, DateTime until)
            {
                var a = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(7) };
                var b = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddHours(168) };
                var c = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow + TimeSpan.FromSeconds(604800) };
                var d = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddMinutes(15) };
                var e = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(days) };
                var f = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.Add(ttl) };
                var g = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.Add(configured) };
                var h = new GetPreSignedUrlRequest { Expires = until };
                var i = new GetPreSignedUrlRequest { Expires = new DateTime(2099, 1, 1) };
                var j = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(30).AddDays(-25) };
                var k = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow - TimeSpan.FromDays(30) };
            }
        }
        """);

    [Fact]
    public Task NullableExpiryOnV4_IsReportedOnlyForTheLongValue() => VerifyRule.Diagnostics(Sdk.V4, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            void Share(bool longLived)
            {
                var a = new GetPreSignedUrlRequest { Expires = null };
                var b = new GetPreSignedUrlRequest { Expires = longLived ? {|SRM3003:DateTime.UtcNow.AddDays(30)|} : null };
                var c = new GetPreSignedUrlRequest { Expires = (DateTime?)DateTime.UtcNow.AddHours(1) };
                var d = new GetPreSignedUrlRequest { Expires = (DateTime?){|SRM3003:DateTime.UtcNow.AddDays(8)|} };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ConfiguredMaximum_IsUsed_AndNamedInTheMessage(Sdk sdk) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            void Share()
            {
                var a = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddHours(24) };
                var b = new GetPreSignedUrlRequest { Expires = {|#0:DateTime.UtcNow.AddHours(36)|} };
            }
        }
        """,
        OneDay,
        new DiagnosticResult(Descriptors.SRM3003_PresignedUrlExpiryTooLong).WithLocation(0).WithArguments(
            "S3 is an abstracted service",
            "Expires is 1 day 12 hours from now, longer than the maximum of 1 day (srm.presigned_url_max_expiry); the URL is a bearer credential for all that time"));

    [Theory]
    [InlineData(Sdk.V3, "30.00:00:00")]
    [InlineData(Sdk.V4, "30.00:00:00")]
    [InlineData(Sdk.V3, "a week")]
    [InlineData(Sdk.V4, "-1.00:00:00")]
    public Task InvalidMaximum_FallsBackToSevenDays(Sdk sdk, string value) => VerifyRule.Diagnostics(sdk, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            void Share()
            {
                var a = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(7) };
                var b = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddDays(8)|} };
            }
        }
        """,
        "srm.presigned_url_max_expiry = " + value + "\n");

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        using System;

        namespace Amazon.S3.Model
        {
            public class GetPreSignedUrlRequest { public DateTime Expires { get; set; } }
        }

        class Links
        {
            object Share() => new Amazon.S3.Model.GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(30) };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_ReplacesOnlyTheLiteralArgument(Sdk sdk) => VerifyRule.Fix(sdk, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            void Share(GetPreSignedUrlRequest request)
            {
                request.Expires = {|SRM3003:DateTime.Now.AddDays(30)|}; // a month
                var later = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddHours(200)|} };
                var chained = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddDays(1).AddDays(value: 30)|} };
            }
        }
        """, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            void Share(GetPreSignedUrlRequest request)
            {
                request.Expires = DateTime.Now.AddDays(7); // a month
                var later = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddHours(168) };
                var chained = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(1).AddDays(value: 6) };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_ReplacesTheWholeValue_WhenTheArgumentCannotCarryTheMaximum(Sdk sdk) => VerifyRule.Fix(sdk, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            const int Days = 30;

            void Share()
            {
                var a = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.MaxValue|} };
                var b = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow + TimeSpan.FromDays(30)|} };
                var c = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddDays(Days)|} };
                var d = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTimeOffset.UtcNow.AddDays(30).UtcDateTime|} };
                var e = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddDays(10).AddHours(1)|} };
            }
        }
        """, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            const int Days = 30;

            void Share()
            {
                var a = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(7) };
                var b = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(7) };
                var c = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(7) };
                var d = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(7) };
                var e = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(7) };
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_UsesTheConfiguredMaximum(Sdk sdk) => VerifyRule.Fix(sdk, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            void Share()
            {
                var a = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddDays(30)|} };
                var b = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddMinutes(100000)|} };
            }
        }
        """, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            void Share()
            {
                var a = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(1) };
                var b = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddMinutes(1440) };
            }
        }
        """,
        OneDay);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task Fix_WritesTheLargestWholeUnit_WhenTheMaximumIsNotWholeDays(Sdk sdk) => VerifyRule.Fix(sdk, """
        class Links
        {
            void Share()
            {
                var a = new Amazon.S3.Model.GetPreSignedUrlRequest { Expires = {|SRM3003:System.DateTime.UtcNow.AddDays(30)|} };
            }
        }
        """, """
        class Links
        {
            void Share()
            {
                var a = new Amazon.S3.Model.GetPreSignedUrlRequest { Expires = System.DateTime.UtcNow.AddHours(36) };
            }
        }
        """,
        "srm.presigned_url_max_expiry = 1.12:00:00\n");

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task FixAll_ShortensEveryExpiry(Sdk sdk) => VerifyRule.FixAll(sdk, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            void Share(bool longLived)
            {
                var a = new GetPreSignedUrlRequest { Expires = {|SRM3003:DateTime.UtcNow.AddDays(30)|} };
                var b = new GetPreSignedUrlRequest { Expires = longLived ? {|SRM3003:DateTime.MaxValue|} : DateTime.UtcNow.AddHours(1) };
                b.Expires = {|SRM3003:DateTime.UtcNow.Add(TimeSpan.FromDays(8))|};
            }
        }
        """, """
        using System;
        using Amazon.S3.Model;

        class Links
        {
            void Share(bool longLived)
            {
                var a = new GetPreSignedUrlRequest { Expires = DateTime.UtcNow.AddDays(7) };
                var b = new GetPreSignedUrlRequest { Expires = longLived ? DateTime.UtcNow.AddDays(7) : DateTime.UtcNow.AddHours(1) };
                b.Expires = DateTime.UtcNow.AddDays(7);
            }
        }
        """);
}
