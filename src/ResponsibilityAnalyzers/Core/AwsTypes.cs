using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

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
    PutBucketRequest,
    PutBucketVersioningRequest,
    S3BucketVersioningConfig,
    VersionStatus,
    DeleteObjectRequest,
    DeleteObjectsRequest,
    AmazonS3Util,

    // AWSSDK.DynamoDBv2
    IAmazonDynamoDB,
    CreateTableRequest,
    UpdateTableRequest,
    PointInTimeRecoverySpecification,

    // AWSSDK.Backup (not served by the registry: recognised by name only)
    IAmazonBackup,
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
        "Amazon.S3.Model.PutBucketRequest",
        "Amazon.S3.Model.PutBucketVersioningRequest",
        "Amazon.S3.Model.S3BucketVersioningConfig",
        "Amazon.S3.VersionStatus",
        "Amazon.S3.Model.DeleteObjectRequest",
        "Amazon.S3.Model.DeleteObjectsRequest",
        "Amazon.S3.Util.AmazonS3Util",
        "Amazon.DynamoDBv2.IAmazonDynamoDB",
        "Amazon.DynamoDBv2.Model.CreateTableRequest",
        "Amazon.DynamoDBv2.Model.UpdateTableRequest",
        "Amazon.DynamoDBv2.Model.PointInTimeRecoverySpecification",
        "Amazon.Backup.IAmazonBackup",
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

    /// <summary>True when <paramref name="type"/> is the client interface <paramref name="client"/> or implements it (IAmazonS3, AmazonS3Client, a wrapper).</summary>
    public bool IsClient(ITypeSymbol? type, AwsType client)
    {
        if (type is null || this[client] is not { } clientInterface)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, clientInterface))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, clientInterface))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="invocation"/> calls the SDK operation <paramref name="operation"/> (sync or Async) on a
    /// client of <paramref name="client"/>: <c>s3.PutBucketAsync(…)</c> matches ("PutBucket", IAmazonS3).
    /// </summary>
    public bool IsOperation(IInvocationOperation invocation, AwsType client, string operation)
    {
        var name = invocation.TargetMethod.Name;
        return (name == operation || name == operation + "Async") && IsClient(invocation.TargetMethod.ContainingType, client);
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
