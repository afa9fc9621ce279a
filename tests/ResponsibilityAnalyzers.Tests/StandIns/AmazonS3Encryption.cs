namespace ResponsibilityAnalyzers.Tests.StandIns;

/// <summary>
/// Stand-in: mirrors the public API of Amazon.Extensions.S3.Encryption 3.x (the S3 Encryption Client for .NET, with the
/// V4 client and key commitment); not the real assembly, which the package registry here does not serve. Namespaces,
/// type names, constructor signatures and enum members follow the library's published sources
/// (aws/amazon-s3-encryption-client-dotnet, src/); only the members the rules and tests touch are declared, and the
/// KMS configuration members are left out so the stand-in compiles against AWSSDK.S3 v3 and v4 alone.
/// </summary>
public static class AmazonS3Encryption
{
    public const string Source = """
        // Stand-in: mirrors the public API of Amazon.Extensions.S3.Encryption 3.x; not the real assembly.
        namespace Amazon.Extensions.S3.Encryption
        {
            using System;
            using System.Collections.Generic;
            using System.Security.Cryptography;
            using Amazon.Extensions.S3.Encryption.Primitives;
            using Amazon.Runtime;
            using Amazon.S3;

            public enum SecurityProfile { V2, V2AndLegacy, V4, V4AndLegacy }

            public enum CommitmentPolicy { ForbidEncryptAllowDecrypt, RequireEncryptAllowDecrypt, RequireEncryptRequireDecrypt }

            public enum ContentEncryptionAlgorithm { AesGcm, AesGcmWithCommitment }

            public enum CryptoStorageMode { InstructionFile, ObjectMetadata }

            public abstract class AmazonS3CryptoConfigurationBase : AmazonS3Config
            {
                public CryptoStorageMode StorageMode { get; set; }
            }

            public class AmazonS3CryptoConfiguration : AmazonS3CryptoConfigurationBase
            {
            }

            public class AmazonS3CryptoConfigurationV2 : AmazonS3CryptoConfigurationBase
            {
                [Obsolete("This constructor is now obsolete. Please use AmazonS3CryptoConfigurationV2(SecurityProfile, CommitmentPolicy, ContentEncryptionAlgorithm)")]
                public AmazonS3CryptoConfigurationV2(SecurityProfile securityProfile) { SecurityProfile = securityProfile; }

                public AmazonS3CryptoConfigurationV2(SecurityProfile securityProfile, CommitmentPolicy commitmentPolicy, ContentEncryptionAlgorithm contentEncryptionAlgorithm)
                {
                    SecurityProfile = securityProfile;
                    CommitmentPolicy = commitmentPolicy;
                    ContentEncryptionAlgorithm = contentEncryptionAlgorithm;
                }

                public SecurityProfile SecurityProfile { get; set; }

                public CommitmentPolicy CommitmentPolicy { get; set; }

                public ContentEncryptionAlgorithm ContentEncryptionAlgorithm { get; set; }
            }

            public class AmazonS3CryptoConfigurationV4 : AmazonS3CryptoConfigurationBase
            {
                public AmazonS3CryptoConfigurationV4() { }

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
                public EncryptionMaterialsBase(AsymmetricAlgorithm algorithm) { }

                public EncryptionMaterialsBase(SymmetricAlgorithm algorithm) { }

                public EncryptionMaterialsBase(string kmsKeyId) { }
            }

            public class EncryptionMaterials : EncryptionMaterialsBase
            {
                public EncryptionMaterials(AsymmetricAlgorithm algorithm) : base(algorithm) { }

                public EncryptionMaterials(SymmetricAlgorithm algorithm) : base(algorithm) { }

                public EncryptionMaterials(string kmsKeyID) : base(kmsKeyID) { }

                public EncryptionMaterials(string kmsKeyID, Dictionary<string, string> materialsDescription) : base(kmsKeyID) { }
            }

            public class EncryptionMaterialsV2 : EncryptionMaterialsBase
            {
                public EncryptionMaterialsV2(AsymmetricAlgorithm algorithm, AsymmetricAlgorithmType algorithmType) : base(algorithm) { }

                public EncryptionMaterialsV2(SymmetricAlgorithm algorithm, SymmetricAlgorithmType algorithmType) : base(algorithm) { }

                public EncryptionMaterialsV2(string kmsKeyId, KmsType kmsType, Dictionary<string, string> materialsDescription) : base(kmsKeyId) { }

                public EncryptionMaterialsV2(string kmsKeyId, KmsType kmsType) : base(kmsKeyId) { }
            }

            public class EncryptionMaterialsV4 : EncryptionMaterialsBase
            {
                public EncryptionMaterialsV4(AsymmetricAlgorithm algorithm, AsymmetricAlgorithmType algorithmType) : base(algorithm) { }

                public EncryptionMaterialsV4(SymmetricAlgorithm algorithm, SymmetricAlgorithmType algorithmType) : base(algorithm) { }

                public EncryptionMaterialsV4(string kmsKeyId, KmsType kmsType, Dictionary<string, string> encryptionContext) : base(kmsKeyId) { }

                public EncryptionMaterialsV4(string kmsKeyId, KmsType kmsType) : base(kmsKeyId) { }
            }

            public abstract class AmazonS3EncryptionClientBase : AmazonS3Client
            {
                protected AmazonS3EncryptionClientBase(AmazonS3Config config) : base(config) { }

                protected AmazonS3EncryptionClientBase(AWSCredentials credentials, AmazonS3Config config) : base(credentials, config) { }

                protected AmazonS3EncryptionClientBase(string awsAccessKeyId, string awsSecretAccessKey, AmazonS3Config config) : base(awsAccessKeyId, awsSecretAccessKey, config) { }

                protected AmazonS3EncryptionClientBase(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonS3Config config) : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, config) { }
            }

            [Obsolete("This feature is in maintenance mode, no new updates will be released. Please see https://docs.aws.amazon.com/general/latest/gr/aws_sdk_cryptography.html for more information.")]
            public partial class AmazonS3EncryptionClient : AmazonS3EncryptionClientBase
            {
                public AmazonS3EncryptionClient(EncryptionMaterials materials) : base(new AmazonS3CryptoConfiguration()) { }

                public AmazonS3EncryptionClient(RegionEndpoint region, EncryptionMaterials materials) : base(new AmazonS3CryptoConfiguration { RegionEndpoint = region }) { }

                public AmazonS3EncryptionClient(AmazonS3CryptoConfiguration config, EncryptionMaterials materials) : base(config) { }

                public AmazonS3EncryptionClient(AWSCredentials credentials, EncryptionMaterials materials) : base(credentials, new AmazonS3CryptoConfiguration()) { }
            }

            public partial class AmazonS3EncryptionClientV2 : AmazonS3EncryptionClientBase
            {
                public AmazonS3EncryptionClientV2(EncryptionMaterialsV2 materials) : base(new AmazonS3Config()) { }

                public AmazonS3EncryptionClientV2(RegionEndpoint region, EncryptionMaterialsV2 materials) : base(new AmazonS3Config { RegionEndpoint = region }) { }

                public AmazonS3EncryptionClientV2(AmazonS3CryptoConfigurationV2 config, EncryptionMaterialsV2 materials) : base(config) { }

                public AmazonS3EncryptionClientV2(AWSCredentials credentials, EncryptionMaterialsV2 materials) : base(credentials, new AmazonS3Config()) { }

                public AmazonS3EncryptionClientV2(AWSCredentials credentials, RegionEndpoint region, EncryptionMaterialsV2 materials) : base(credentials, new AmazonS3Config { RegionEndpoint = region }) { }

                public AmazonS3EncryptionClientV2(AWSCredentials credentials, AmazonS3CryptoConfigurationV2 config, EncryptionMaterialsV2 materials) : base(credentials, config) { }

                public AmazonS3EncryptionClientV2(string awsAccessKeyId, string awsSecretAccessKey, EncryptionMaterialsV2 materials) : base(awsAccessKeyId, awsSecretAccessKey, new AmazonS3Config()) { }

                public AmazonS3EncryptionClientV2(string awsAccessKeyId, string awsSecretAccessKey, RegionEndpoint region, EncryptionMaterialsV2 materials) : base(awsAccessKeyId, awsSecretAccessKey, new AmazonS3Config { RegionEndpoint = region }) { }

                public AmazonS3EncryptionClientV2(string awsAccessKeyId, string awsSecretAccessKey, AmazonS3CryptoConfigurationV2 config, EncryptionMaterialsV2 materials) : base(awsAccessKeyId, awsSecretAccessKey, config) { }
            }

            public partial class AmazonS3EncryptionClientV4 : AmazonS3EncryptionClientBase
            {
                public AmazonS3EncryptionClientV4(AmazonS3CryptoConfigurationV4 config, EncryptionMaterialsV4 materials) : base(config) { }

                public AmazonS3EncryptionClientV4(AWSCredentials credentials, AmazonS3CryptoConfigurationV4 config, EncryptionMaterialsV4 materials) : base(credentials, config) { }

                public AmazonS3EncryptionClientV4(string awsAccessKeyId, string awsSecretAccessKey, AmazonS3CryptoConfigurationV4 config, EncryptionMaterialsV4 materials) : base(awsAccessKeyId, awsSecretAccessKey, config) { }

                public AmazonS3EncryptionClientV4(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonS3CryptoConfigurationV4 config, EncryptionMaterialsV4 materials) : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, config) { }
            }
        }

        namespace Amazon.Extensions.S3.Encryption.Primitives
        {
            public enum KmsType { KmsContext }

            public enum SymmetricAlgorithmType { AesGcm }

            public enum AsymmetricAlgorithmType { RsaOaepSha1 }
        }
        """;
}
