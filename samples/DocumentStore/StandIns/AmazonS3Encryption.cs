// STAND-IN, NOT THE REAL LIBRARY.
// This file mirrors the public API of Amazon.Extensions.S3.Encryption 3.x (the Amazon S3 Encryption Client for .NET:
// https://github.com/aws/amazon-s3-encryption-client-dotnet), whose namespaces, type names, constructor signatures and
// enum members it copies, so that the sample shows how the analyzers read code that uses the real client. It does NOT
// encrypt anything: the package registry this repository builds from does not serve the library. In an application,
// delete this file and add <PackageReference Include="Amazon.Extensions.S3.Encryption" />.
using System.Security.Cryptography;
using Amazon.Extensions.S3.Encryption.Primitives;
using Amazon.Runtime;
using Amazon.S3;

namespace Amazon.Extensions.S3.Encryption
{
    public enum SecurityProfile { V2, V2AndLegacy, V4, V4AndLegacy }

    public enum CommitmentPolicy { ForbidEncryptAllowDecrypt, RequireEncryptAllowDecrypt, RequireEncryptRequireDecrypt }

    public enum ContentEncryptionAlgorithm { AesGcm, AesGcmWithCommitment }

    public enum CryptoStorageMode { InstructionFile, ObjectMetadata }

    public abstract class AmazonS3CryptoConfigurationBase : AmazonS3Config
    {
        public CryptoStorageMode StorageMode { get; set; } = CryptoStorageMode.ObjectMetadata;
    }

    public class AmazonS3CryptoConfigurationV4 : AmazonS3CryptoConfigurationBase
    {
        public AmazonS3CryptoConfigurationV4()
            : this(SecurityProfile.V4, CommitmentPolicy.RequireEncryptRequireDecrypt, ContentEncryptionAlgorithm.AesGcmWithCommitment)
        {
        }

        public AmazonS3CryptoConfigurationV4(SecurityProfile securityProfile, CommitmentPolicy commitmentPolicy, ContentEncryptionAlgorithm contentEncryptionAlgorithm)
        {
            SecurityProfile = securityProfile;
            CommitmentPolicy = commitmentPolicy;
            ContentEncryptionAlgorithm = contentEncryptionAlgorithm;
        }

        public SecurityProfile SecurityProfile { get; private set; }

        public CommitmentPolicy CommitmentPolicy { get; private set; }

        public ContentEncryptionAlgorithm ContentEncryptionAlgorithm { get; private set; }
    }

    public class EncryptionMaterialsBase
    {
        public EncryptionMaterialsBase(string kmsKeyId) => KmsKeyId = kmsKeyId;

        public EncryptionMaterialsBase(SymmetricAlgorithm algorithm) => KmsKeyId = string.Empty;

        internal string KmsKeyId { get; }
    }

    public class EncryptionMaterialsV4 : EncryptionMaterialsBase
    {
        public EncryptionMaterialsV4(SymmetricAlgorithm algorithm, SymmetricAlgorithmType algorithmType)
            : base(algorithm)
        {
        }

        public EncryptionMaterialsV4(string kmsKeyId, KmsType kmsType)
            : base(kmsKeyId)
        {
        }

        public EncryptionMaterialsV4(string kmsKeyId, KmsType kmsType, Dictionary<string, string> encryptionContext)
            : base(kmsKeyId)
        {
        }
    }

    public abstract class AmazonS3EncryptionClientBase : AmazonS3Client
    {
        protected AmazonS3EncryptionClientBase(AmazonS3Config config)
            : base(config)
        {
        }

        protected AmazonS3EncryptionClientBase(AWSCredentials credentials, AmazonS3Config config)
            : base(credentials, config)
        {
        }
    }

    public partial class AmazonS3EncryptionClientV4 : AmazonS3EncryptionClientBase
    {
        public AmazonS3EncryptionClientV4(AmazonS3CryptoConfigurationV4 config, EncryptionMaterialsV4 materials)
            : base(config)
        {
        }

        public AmazonS3EncryptionClientV4(AWSCredentials credentials, AmazonS3CryptoConfigurationV4 config, EncryptionMaterialsV4 materials)
            : base(credentials, config)
        {
        }
    }
}

namespace Amazon.Extensions.S3.Encryption.Primitives
{
    public enum KmsType { KmsContext }

    public enum SymmetricAlgorithmType { AesGcm }
}
