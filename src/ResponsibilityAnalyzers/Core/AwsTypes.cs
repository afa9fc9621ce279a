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

    // AWSSDK.S3 (encryption)
    AmazonS3Client,
    PutObjectRequest,
    UploadPartRequest,
    CopyObjectRequest,
    InitiateMultipartUploadRequest,
    PutBucketEncryptionRequest,
    DeleteBucketEncryptionRequest,
    ServerSideEncryptionByDefault,
    ServerSideEncryptionMethod,
    TransferUtility,
    ITransferUtility,
    TransferUtilityUploadRequest,
    TransferUtilityUploadDirectoryRequest,

    // Amazon.Extensions.S3.Encryption (not served: recognised by name)
    AmazonS3EncryptionClientBase,
    AmazonS3EncryptionClient,
    AmazonS3EncryptionClientV2,
    AmazonS3EncryptionClientV4,
    AmazonS3CryptoConfigurationV2,
    AmazonS3CryptoConfigurationV4,
    SecurityProfile,
    CommitmentPolicy,
    ContentEncryptionAlgorithm,
    EncryptionMaterials,
    EncryptionMaterialsV2,
    EncryptionMaterialsV4,
    KmsType,

    // AWSSDK.DynamoDBv2
    IAmazonDynamoDB,
    AmazonDynamoDBClient,
    Table,
    ITable,
    TableBuilder,
    DynamoDBContext,
    IDynamoDBContext,
    BatchWrite,
    IBatchWrite,
    CreateTableRequest,
    UpdateTableRequest,
    SSESpecification,
    SSEType,

    // AWS Database Encryption SDK for DynamoDB (not served: recognised by name; its client is a nested class of a global Client class)
    DbEsdkDynamoDbClient,

    // AWSSDK.KeyManagementService
    IAmazonKeyManagementService,
    KmsEncryptRequest,
    KmsEncryptResponse,
    KmsDecryptRequest,
    KmsDecryptResponse,
    KmsReEncryptResponse,

    // System.Security.Cryptography and ASP.NET Core data protection (encryption steps)
    SymmetricAlgorithm,
    AsymmetricAlgorithm,
    ICryptoTransform,
    CryptoStream,
    AesGcm,
    AesCcm,
    ChaCha20Poly1305,
    MemoryStream,
    Convert,
    Encoding,
    IDataProtector,

    // System types that are not special types (durations)
    TimeSpan,
    DateTimeOffset,
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
"Amazon.S3.AmazonS3Client",
        "Amazon.S3.Model.PutObjectRequest",
        "Amazon.S3.Model.UploadPartRequest",
        "Amazon.S3.Model.CopyObjectRequest",
        "Amazon.S3.Model.InitiateMultipartUploadRequest",
        "Amazon.S3.Model.PutBucketEncryptionRequest",
        "Amazon.S3.Model.DeleteBucketEncryptionRequest",
        "Amazon.S3.Model.ServerSideEncryptionByDefault",
        "Amazon.S3.ServerSideEncryptionMethod",
        "Amazon.S3.Transfer.TransferUtility",
        "Amazon.S3.Transfer.ITransferUtility",
        "Amazon.S3.Transfer.TransferUtilityUploadRequest",
        "Amazon.S3.Transfer.TransferUtilityUploadDirectoryRequest",
        "Amazon.Extensions.S3.Encryption.AmazonS3EncryptionClientBase",
        "Amazon.Extensions.S3.Encryption.AmazonS3EncryptionClient",
        "Amazon.Extensions.S3.Encryption.AmazonS3EncryptionClientV2",
        "Amazon.Extensions.S3.Encryption.AmazonS3EncryptionClientV4",
        "Amazon.Extensions.S3.Encryption.AmazonS3CryptoConfigurationV2",
        "Amazon.Extensions.S3.Encryption.AmazonS3CryptoConfigurationV4",
        "Amazon.Extensions.S3.Encryption.SecurityProfile",
        "Amazon.Extensions.S3.Encryption.CommitmentPolicy",
        "Amazon.Extensions.S3.Encryption.ContentEncryptionAlgorithm",
        "Amazon.Extensions.S3.Encryption.EncryptionMaterials",
        "Amazon.Extensions.S3.Encryption.EncryptionMaterialsV2",
        "Amazon.Extensions.S3.Encryption.EncryptionMaterialsV4",
        "Amazon.Extensions.S3.Encryption.Primitives.KmsType",
        "Amazon.DynamoDBv2.IAmazonDynamoDB",
        "Amazon.DynamoDBv2.AmazonDynamoDBClient",
        "Amazon.DynamoDBv2.DocumentModel.Table",
        "Amazon.DynamoDBv2.DocumentModel.ITable",
        "Amazon.DynamoDBv2.DocumentModel.TableBuilder",
        "Amazon.DynamoDBv2.DataModel.DynamoDBContext",
        "Amazon.DynamoDBv2.DataModel.IDynamoDBContext",
        "Amazon.DynamoDBv2.DataModel.BatchWrite`1",
        "Amazon.DynamoDBv2.DataModel.IBatchWrite`1",
        "Amazon.DynamoDBv2.Model.CreateTableRequest",
        "Amazon.DynamoDBv2.Model.UpdateTableRequest",
        "Amazon.DynamoDBv2.Model.SSESpecification",
        "Amazon.DynamoDBv2.SSEType",
        "Client+DynamoDbClient",
        "Amazon.KeyManagementService.IAmazonKeyManagementService",
        "Amazon.KeyManagementService.Model.EncryptRequest",
        "Amazon.KeyManagementService.Model.EncryptResponse",
        "Amazon.KeyManagementService.Model.DecryptRequest",
        "Amazon.KeyManagementService.Model.DecryptResponse",
        "Amazon.KeyManagementService.Model.ReEncryptResponse",
        "System.Security.Cryptography.SymmetricAlgorithm",
        "System.Security.Cryptography.AsymmetricAlgorithm",
        "System.Security.Cryptography.ICryptoTransform",
        "System.Security.Cryptography.CryptoStream",
        "System.Security.Cryptography.AesGcm",
        "System.Security.Cryptography.AesCcm",
        "System.Security.Cryptography.ChaCha20Poly1305",
        "System.IO.MemoryStream",
        "System.Convert",
        "System.Text.Encoding",
        "Microsoft.AspNetCore.DataProtection.IDataProtector",
        "System.TimeSpan",
        "System.DateTimeOffset",
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
