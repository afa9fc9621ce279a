using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ResponsibilityAnalyzers.Core;

/// <summary>The AWS SDK types the rules read, by metadata name.</summary>
internal enum AwsType
{
    // AWSSDK.Core
    ClientConfig,
    ConstantClass,

    // AWSSDK.S3
    S3CannedAcl,
    S3Grantee,
    S3AccessControlList,
    PutBucketPolicyRequest,
    IAmazonS3,
    PutPublicAccessBlockRequest,
    DeletePublicAccessBlockRequest,
    PublicAccessBlockConfiguration,
    ObjectOwnership,
    GetPreSignedUrlRequest,
    S3Protocol,

    // System types that are not special types (durations)
    TimeSpan,
    DateTimeOffset,

    // The attributes the compiler honours as in-source suppressions (governance rules)
    SuppressMessageAttribute,
    UnconditionalSuppressMessageAttribute,
}

/// <summary>
/// AWS types resolved once per compilation and shared by every rule (the raw GetTypeByMetadataName is costly and
/// must not run per operation). Each type is looked up on first use.
/// </summary>
internal sealed class AwsTypes
{
    private static readonly string[] MetadataNames =
    {
        "Amazon.Runtime.ClientConfig",
        "Amazon.Runtime.ConstantClass",
        "Amazon.S3.S3CannedACL",
        "Amazon.S3.Model.S3Grantee",
        "Amazon.S3.Model.S3AccessControlList",
        "Amazon.S3.Model.PutBucketPolicyRequest",
        "Amazon.S3.IAmazonS3",
        "Amazon.S3.Model.PutPublicAccessBlockRequest",
        "Amazon.S3.Model.DeletePublicAccessBlockRequest",
        "Amazon.S3.Model.PublicAccessBlockConfiguration",
        "Amazon.S3.ObjectOwnership",
        "Amazon.S3.Model.GetPreSignedUrlRequest",
        "Amazon.S3.Protocol",
        "System.TimeSpan",
        "System.DateTimeOffset",
        "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute",
        "System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessageAttribute",
    };

    private static readonly ConditionalWeakTable<Compilation, AwsTypes> Cache = new();
    private static readonly object Unresolved = new();

    private readonly Compilation _compilation;
    private readonly object?[] _types = new object?[MetadataNames.Length];

    private AwsTypes(Compilation compilation) => _compilation = compilation;

    public static AwsTypes For(Compilation compilation) => Cache.GetValue(compilation, c => new AwsTypes(c));

    /// <summary>True when AWSSDK.Core is referenced: without it no rule registers anything.</summary>
    public bool HasAwsSdk => this[AwsType.ClientConfig] is not null;

    public INamedTypeSymbol? this[AwsType type]
    {
        get
        {
            var slot = Volatile.Read(ref _types[(int)type]);
            if (slot is null)
            {
                slot = _compilation.GetTypeByMetadataName(MetadataNames[(int)type]) ?? Unresolved;
                Volatile.Write(ref _types[(int)type], slot);
            }

            return slot as INamedTypeSymbol;
        }
    }

    public bool AllPresent(params AwsType[] types)
    {
        foreach (var type in types)
        {
            if (this[type] is null)
            {
                return false;
            }
        }

        return true;
    }
}
