using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>How strong an S3 server-side encryption value is, and how to write the one srm.required_s3_sse asks for.</summary>
internal static class ServerSideEncryption
{
    /// <summary>
    /// The strength a leaf of type ServerSideEncryptionMethod asks for: <see cref="S3Sse.NotRequired"/> for None, null or
    /// "" (no header: the bucket default applies), SSE-S3 for AES256, SSE-KMS, DSSE-KMS; null when unknown.
    /// </summary>
    public static S3Sse? Strength(IOperation leaf, ITypeSymbol sseType)
    {
        if (Values.TryGetConstant(leaf, out var constant) && constant is null)
        {
            return S3Sse.NotRequired;
        }

        return Values.MemberName(leaf, sseType) switch
        {
            "None" or "" => S3Sse.NotRequired,
            "AES256" => S3Sse.SseS3,
            "AWSKMS" or "aws:kms" => S3Sse.SseKms,
            "AWSKMSDSSE" or "aws:kms:dsse" => S3Sse.DsseKms,
            _ => null,
        };
    }

    /// <summary>
    /// The strength a CDK <c>BucketEncryption</c> member gives a bucket: UNENCRYPTED (deprecated) is SSE-S3, as S3 encrypts
    /// every bucket; null for a name that is not a member.
    /// </summary>
    public static S3Sse? CdkStrength(string member) => member switch
    {
        "UNENCRYPTED" or "S3_MANAGED" => S3Sse.SseS3,
        "KMS_MANAGED" or "KMS" => S3Sse.SseKms,
        "DSSE_MANAGED" or "DSSE" => S3Sse.DsseKms,
        _ => null,
    };

    /// <summary>The ServerSideEncryptionMethod member for a required strength, fully qualified.</summary>
    public static string Member(S3Sse required) => "Amazon.S3.ServerSideEncryptionMethod." + required switch
    {
        S3Sse.SseS3 => "AES256",
        S3Sse.DsseKms => "AWSKMSDSSE",
        _ => "AWSKMS",
    };

    /// <summary>How srm.required_s3_sse spells a strength ("sse-kms"), or "no server-side encryption".</summary>
    public static string Describe(S3Sse strength) => strength switch
    {
        S3Sse.SseS3 => "SSE-S3",
        S3Sse.SseKms => "SSE-KMS",
        S3Sse.DsseKms => "DSSE-KMS",
        _ => "no server-side encryption",
    };

    public static string OptionValue(S3Sse strength) => strength switch
    {
        S3Sse.SseS3 => "sse-s3",
        S3Sse.SseKms => "sse-kms",
        _ => "dsse-kms",
    };
}
