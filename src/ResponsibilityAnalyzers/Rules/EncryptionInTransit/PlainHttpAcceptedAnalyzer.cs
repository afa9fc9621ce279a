using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionInTransit;

/// <summary>
/// SRM3004 (CDK only): an AWS CDK Bucket or Queue whose props leave EnforceSSL out or set it to false, so its policy
/// does not deny requests over plain HTTP. Fix: EnforceSSL = true. The SDK side has no twin: SRM3001 reports the
/// clients that send over HTTP.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlainHttpAcceptedAnalyzer() : ConstructRuleAnalyzer(CdkRows)
{
    private static readonly ConstructRule[] CdkRows =
    [
        ConstructRule.MustBeTrue(
            Descriptors.SRM3004_PlainHttpAccepted,
            ResponsibilityModel.S3,
            AwsType.CdkBucket,
            AwsType.CdkBucketProps,
            "EnforceSSL",
            bucket => $"the CDK {bucket} is declared without EnforceSSL = true: its policy does not deny requests over plain HTTP, so a client set up for HTTP sends its objects unencrypted",
            notRequired: Buckets.IsCdkWebsite),
        ConstructRule.MustBeTrue(
            Descriptors.SRM3004_PlainHttpAccepted,
            ResponsibilityModel.Sqs,
            AwsType.CdkQueue,
            AwsType.CdkQueueProps,
            "EnforceSSL",
            queue => $"the CDK {queue} is declared without EnforceSSL = true: its policy does not deny requests over plain HTTP, so a client set up for HTTP sends its messages unencrypted"),
    ];
}
