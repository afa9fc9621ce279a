using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>A type the rules read, by metadata name. Add one line here to make a type available to every rule.</summary>
internal sealed class AwsType
{
    private static int _count; // first, so it is 0 before the fields below count themselves

    // AWSSDK.Core
    public static readonly AwsType ClientConfig = new("Amazon.Runtime.ClientConfig");
    public static readonly AwsType ConstantClass = new("Amazon.Runtime.ConstantClass");
    public static readonly AwsType RegionEndpoint = new("Amazon.RegionEndpoint");
    public static readonly AwsType AmazonServiceClient = new("Amazon.Runtime.AmazonServiceClient");
    public static readonly AwsType IAmazonService = new("Amazon.Runtime.IAmazonService");
    public static readonly AwsType AwsCredentials = new("Amazon.Runtime.AWSCredentials");
    public static readonly AwsType ImmutableCredentials = new("Amazon.Runtime.ImmutableCredentials");

    // AWSSDK.S3
    public static readonly AwsType S3CannedAcl = new("Amazon.S3.S3CannedACL");
    public static readonly AwsType S3Grantee = new("Amazon.S3.Model.S3Grantee");
    public static readonly AwsType S3AccessControlList = new("Amazon.S3.Model.S3AccessControlList");
    public static readonly AwsType PutBucketPolicyRequest = new("Amazon.S3.Model.PutBucketPolicyRequest");
    public static readonly AwsType IAmazonS3 = new("Amazon.S3.IAmazonS3");
    public static readonly AwsType PutPublicAccessBlockRequest = new("Amazon.S3.Model.PutPublicAccessBlockRequest");
    public static readonly AwsType DeletePublicAccessBlockRequest = new("Amazon.S3.Model.DeletePublicAccessBlockRequest");
    public static readonly AwsType PublicAccessBlockConfiguration = new("Amazon.S3.Model.PublicAccessBlockConfiguration");
    public static readonly AwsType ObjectOwnership = new("Amazon.S3.ObjectOwnership");
    public static readonly AwsType GetPreSignedUrlRequest = new("Amazon.S3.Model.GetPreSignedUrlRequest");
    public static readonly AwsType S3Protocol = new("Amazon.S3.Protocol");
    public static readonly AwsType S3Grant = new("Amazon.S3.Model.S3Grant");
    public static readonly AwsType S3Permission = new("Amazon.S3.S3Permission");
    public static readonly AwsType S3Region = new("Amazon.S3.S3Region");
    public static readonly AwsType PutBucketRequest = new("Amazon.S3.Model.PutBucketRequest");

    // AWSSDK.DynamoDBv2: the requests that place a table replica in a Region
    public static readonly AwsType DynamoDBReplica = new("Amazon.DynamoDBv2.Model.Replica");
    public static readonly AwsType DynamoDBCreateReplicaAction = new("Amazon.DynamoDBv2.Model.CreateReplicaAction");
    public static readonly AwsType DynamoDBCreateReplicationGroupMemberAction = new("Amazon.DynamoDBv2.Model.CreateReplicationGroupMemberAction");

    // AWS Lambda (Amazon.Lambda.Core, Amazon.Lambda.Annotations, Amazon.Lambda.RuntimeSupport): code the Lambda runtime runs
    public static readonly AwsType ILambdaContext = new("Amazon.Lambda.Core.ILambdaContext");
    public static readonly AwsType LambdaSerializerAttribute = new("Amazon.Lambda.Core.LambdaSerializerAttribute");
    public static readonly AwsType LambdaFunctionAttribute = new("Amazon.Lambda.Annotations.LambdaFunctionAttribute");
    public static readonly AwsType LambdaBootstrapBuilder = new("Amazon.Lambda.RuntimeSupport.LambdaBootstrapBuilder");

    // AWSSDK.Extensions.NETCore.Setup
    public static readonly AwsType AwsOptions = new("Amazon.Extensions.NETCore.Setup.AWSOptions");
    public static readonly AwsType DefaultClientConfig = new("Amazon.Extensions.NETCore.Setup.DefaultClientConfig");

    // Where configuration comes from (SRM6002) and where logs go (SRM6003)
    public static readonly AwsType IConfiguration = new("Microsoft.Extensions.Configuration.IConfiguration");
    public static readonly AwsType IConfigurationSection = new("Microsoft.Extensions.Configuration.IConfigurationSection");
    public static readonly AwsType ConfigurationBinder = new("Microsoft.Extensions.Configuration.ConfigurationBinder");
    // AWSSDK.Extensions.NETCore.Setup declares a class of the same name (GetAWSOptions), which makes the name ambiguous.
    public static readonly AwsType ConfigurationExtensions = new("Microsoft.Extensions.Configuration.ConfigurationExtensions", home: "AWSSDK.Extensions.NETCore.Setup");
    public static readonly AwsType ConfigurationManager = new("System.Configuration.ConfigurationManager");
    public static readonly AwsType LoggerExtensions = new("Microsoft.Extensions.Logging.LoggerExtensions");

    // System types that are not special types
    public static readonly AwsType TimeSpan = new("System.TimeSpan");
    public static readonly AwsType DateTimeOffset = new("System.DateTimeOffset");
    public static readonly AwsType Environment = new("System.Environment");
    public static readonly AwsType Console = new("System.Console");
    public static readonly AwsType Debug = new("System.Diagnostics.Debug");
    public static readonly AwsType Trace = new("System.Diagnostics.Trace");
    public static readonly AwsType Exception = new("System.Exception");
    public static readonly AwsType GenericTask = new("System.Threading.Tasks.Task`1");

    // AWSSDK.EC2 (v4 only: no v3 EC2 is served to the tests)
    public static readonly AwsType RunInstancesRequest = new("Amazon.EC2.Model.RunInstancesRequest");
    public static readonly AwsType CreateVolumeRequest = new("Amazon.EC2.Model.CreateVolumeRequest");
    public static readonly AwsType InstanceMetadataOptionsRequest = new("Amazon.EC2.Model.InstanceMetadataOptionsRequest");
    public static readonly AwsType ModifyInstanceMetadataOptionsRequest = new("Amazon.EC2.Model.ModifyInstanceMetadataOptionsRequest");
    public static readonly AwsType HttpTokensState = new("Amazon.EC2.HttpTokensState");
    public static readonly AwsType AuthorizeSecurityGroupIngressRequest = new("Amazon.EC2.Model.AuthorizeSecurityGroupIngressRequest");

    // AWSSDK.RDS (not served: recognised by name)
    public static readonly AwsType CreateDBInstanceRequest = new("Amazon.RDS.Model.CreateDBInstanceRequest");
    public static readonly AwsType CreateDBClusterRequest = new("Amazon.RDS.Model.CreateDBClusterRequest");
    public static readonly AwsType ModifyDBInstanceRequest = new("Amazon.RDS.Model.ModifyDBInstanceRequest");
    public static readonly AwsType ModifyDBClusterRequest = new("Amazon.RDS.Model.ModifyDBClusterRequest");

    // AWSSDK.ElasticMapReduce (not served: recognised by name)
    public static readonly AwsType RunJobFlowRequest = new("Amazon.ElasticMapReduce.Model.RunJobFlowRequest");
    public static readonly AwsType CreateSecurityConfigurationRequest = new("Amazon.ElasticMapReduce.Model.CreateSecurityConfigurationRequest");

    // AWSSDK.SQS
    // Looked up even where no file names Amazon.SQS: SRM2104 reads queue attribute dictionaries by their string keys.
    public static readonly AwsType QueueAttributeName = new("Amazon.SQS.QueueAttributeName", namedInCode: false);

    // AWSSDK.SimpleSystemsManagement
    public static readonly AwsType PutParameterRequest = new("Amazon.SimpleSystemsManagement.Model.PutParameterRequest");
    public static readonly AwsType ParameterType = new("Amazon.SimpleSystemsManagement.ParameterType");

    // System types that are not special types (durations, user data, SQS attributes)
    public static readonly AwsType Convert = new("System.Convert");
    public static readonly AwsType Encoding = new("System.Text.Encoding");
    public static readonly AwsType Dictionary = new("System.Collections.Generic.Dictionary`2");

    // System types that are not special types (durations)

    // The attributes the compiler honours as in-source suppressions (governance rules)
    public static readonly AwsType SuppressMessageAttribute = new("System.Diagnostics.CodeAnalysis.SuppressMessageAttribute");
    public static readonly AwsType UnconditionalSuppressMessageAttribute = new("System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessageAttribute");

    // Client-side encryption and encryption at rest (S3, DynamoDB, KMS, the S3 Encryption Client, the Database Encryption SDK)
    public static readonly AwsType AmazonS3Client = new("Amazon.S3.AmazonS3Client");
    public static readonly AwsType PutObjectRequest = new("Amazon.S3.Model.PutObjectRequest");
    public static readonly AwsType UploadPartRequest = new("Amazon.S3.Model.UploadPartRequest");
    public static readonly AwsType CopyObjectRequest = new("Amazon.S3.Model.CopyObjectRequest");
    public static readonly AwsType InitiateMultipartUploadRequest = new("Amazon.S3.Model.InitiateMultipartUploadRequest");
    public static readonly AwsType PutBucketEncryptionRequest = new("Amazon.S3.Model.PutBucketEncryptionRequest");
    public static readonly AwsType DeleteBucketEncryptionRequest = new("Amazon.S3.Model.DeleteBucketEncryptionRequest");
    public static readonly AwsType ServerSideEncryptionByDefault = new("Amazon.S3.Model.ServerSideEncryptionByDefault");
    public static readonly AwsType ServerSideEncryptionMethod = new("Amazon.S3.ServerSideEncryptionMethod");
    public static readonly AwsType TransferUtility = new("Amazon.S3.Transfer.TransferUtility");
    public static readonly AwsType ITransferUtility = new("Amazon.S3.Transfer.ITransferUtility");
    public static readonly AwsType TransferUtilityUploadRequest = new("Amazon.S3.Transfer.TransferUtilityUploadRequest");
    public static readonly AwsType TransferUtilityUploadDirectoryRequest = new("Amazon.S3.Transfer.TransferUtilityUploadDirectoryRequest");
    public static readonly AwsType AmazonS3EncryptionClientBase = new("Amazon.Extensions.S3.Encryption.AmazonS3EncryptionClientBase");
    public static readonly AwsType AmazonS3EncryptionClient = new("Amazon.Extensions.S3.Encryption.AmazonS3EncryptionClient");
    public static readonly AwsType AmazonS3EncryptionClientV2 = new("Amazon.Extensions.S3.Encryption.AmazonS3EncryptionClientV2");
    public static readonly AwsType AmazonS3EncryptionClientV4 = new("Amazon.Extensions.S3.Encryption.AmazonS3EncryptionClientV4");
    public static readonly AwsType AmazonS3CryptoConfigurationV2 = new("Amazon.Extensions.S3.Encryption.AmazonS3CryptoConfigurationV2");
    public static readonly AwsType AmazonS3CryptoConfigurationV4 = new("Amazon.Extensions.S3.Encryption.AmazonS3CryptoConfigurationV4");
    public static readonly AwsType SecurityProfile = new("Amazon.Extensions.S3.Encryption.SecurityProfile");
    public static readonly AwsType CommitmentPolicy = new("Amazon.Extensions.S3.Encryption.CommitmentPolicy");
    public static readonly AwsType ContentEncryptionAlgorithm = new("Amazon.Extensions.S3.Encryption.ContentEncryptionAlgorithm");
    public static readonly AwsType EncryptionMaterials = new("Amazon.Extensions.S3.Encryption.EncryptionMaterials");
    public static readonly AwsType EncryptionMaterialsV2 = new("Amazon.Extensions.S3.Encryption.EncryptionMaterialsV2");
    public static readonly AwsType EncryptionMaterialsV4 = new("Amazon.Extensions.S3.Encryption.EncryptionMaterialsV4");
    public static readonly AwsType KmsType = new("Amazon.Extensions.S3.Encryption.Primitives.KmsType");
    public static readonly AwsType IAmazonDynamoDB = new("Amazon.DynamoDBv2.IAmazonDynamoDB");
    public static readonly AwsType AmazonDynamoDBClient = new("Amazon.DynamoDBv2.AmazonDynamoDBClient");
    public static readonly AwsType Table = new("Amazon.DynamoDBv2.DocumentModel.Table");
    public static readonly AwsType ITable = new("Amazon.DynamoDBv2.DocumentModel.ITable");
    public static readonly AwsType TableBuilder = new("Amazon.DynamoDBv2.DocumentModel.TableBuilder");
    public static readonly AwsType DynamoDBContext = new("Amazon.DynamoDBv2.DataModel.DynamoDBContext");
    public static readonly AwsType IDynamoDBContextBuilder = new("Amazon.DynamoDBv2.DataModel.IDynamoDBContextBuilder");
    public static readonly AwsType IDynamoDBContext = new("Amazon.DynamoDBv2.DataModel.IDynamoDBContext");
    public static readonly AwsType BatchWrite = new("Amazon.DynamoDBv2.DataModel.BatchWrite`1");
    public static readonly AwsType IBatchWrite = new("Amazon.DynamoDBv2.DataModel.IBatchWrite`1");
    public static readonly AwsType CreateTableRequest = new("Amazon.DynamoDBv2.Model.CreateTableRequest");
    public static readonly AwsType UpdateTableRequest = new("Amazon.DynamoDBv2.Model.UpdateTableRequest");
    public static readonly AwsType SSESpecification = new("Amazon.DynamoDBv2.Model.SSESpecification");
    public static readonly AwsType SSEType = new("Amazon.DynamoDBv2.SSEType");
    public static readonly AwsType DbEsdkDynamoDbClient = new("Client+DynamoDbClient", home: "AWS.Cryptography.DbEncryptionSDK.DynamoDb");
    public static readonly AwsType IAmazonKeyManagementService = new("Amazon.KeyManagementService.IAmazonKeyManagementService");
    public static readonly AwsType KmsEncryptRequest = new("Amazon.KeyManagementService.Model.EncryptRequest");
    public static readonly AwsType KmsEncryptResponse = new("Amazon.KeyManagementService.Model.EncryptResponse");
    public static readonly AwsType KmsDecryptRequest = new("Amazon.KeyManagementService.Model.DecryptRequest");
    public static readonly AwsType KmsDecryptResponse = new("Amazon.KeyManagementService.Model.DecryptResponse");
    public static readonly AwsType KmsReEncryptResponse = new("Amazon.KeyManagementService.Model.ReEncryptResponse");
    public static readonly AwsType SymmetricAlgorithm = new("System.Security.Cryptography.SymmetricAlgorithm");
    public static readonly AwsType AsymmetricAlgorithm = new("System.Security.Cryptography.AsymmetricAlgorithm");
    public static readonly AwsType ICryptoTransform = new("System.Security.Cryptography.ICryptoTransform");
    public static readonly AwsType CryptoStream = new("System.Security.Cryptography.CryptoStream");
    public static readonly AwsType AesGcm = new("System.Security.Cryptography.AesGcm");
    public static readonly AwsType AesCcm = new("System.Security.Cryptography.AesCcm");
    public static readonly AwsType ChaCha20Poly1305 = new("System.Security.Cryptography.ChaCha20Poly1305");
    public static readonly AwsType MemoryStream = new("System.IO.MemoryStream");
    public static readonly AwsType IDataProtector = new("Microsoft.AspNetCore.DataProtection.IDataProtector");

    // What the data written is (SRM2001 / SRM2009): classifications, uploads, serializers, the DynamoDB document model
    public static readonly AwsType DataClassificationAttribute = new("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
    public static readonly AwsType PersonalDataAttribute = new("Microsoft.AspNetCore.Identity.PersonalDataAttribute", home: "Microsoft.Extensions.Identity.Stores");
    public static readonly AwsType DataTypeAttribute = new("System.ComponentModel.DataAnnotations.DataTypeAttribute", home: "System.ComponentModel.Annotations");
    public static readonly AwsType IFormFile = new("Microsoft.AspNetCore.Http.IFormFile");
    public static readonly AwsType HttpRequest = new("Microsoft.AspNetCore.Http.HttpRequest");
    public static readonly AwsType JsonSerializer = new("System.Text.Json.JsonSerializer");
    public static readonly AwsType NewtonsoftJsonConvert = new("Newtonsoft.Json.JsonConvert");
    public static readonly AwsType DynamoDBDocument = new("Amazon.DynamoDBv2.DocumentModel.Document");
    public static readonly AwsType ServerSideEncryptionCustomerMethod = new("Amazon.S3.ServerSideEncryptionCustomerMethod");

    // Backups (DynamoDB point-in-time recovery, S3 versioning, AWS Backup)
    public static readonly AwsType PutBucketVersioningRequest = new("Amazon.S3.Model.PutBucketVersioningRequest");
    public static readonly AwsType S3BucketVersioningConfig = new("Amazon.S3.Model.S3BucketVersioningConfig");
    public static readonly AwsType VersionStatus = new("Amazon.S3.VersionStatus");
    public static readonly AwsType DeleteObjectRequest = new("Amazon.S3.Model.DeleteObjectRequest");
    public static readonly AwsType DeleteObjectsRequest = new("Amazon.S3.Model.DeleteObjectsRequest");
    public static readonly AwsType AmazonS3Util = new("Amazon.S3.Util.AmazonS3Util");
    public static readonly AwsType PointInTimeRecoverySpecification = new("Amazon.DynamoDBv2.Model.PointInTimeRecoverySpecification");
    public static readonly AwsType IAmazonBackup = new("Amazon.Backup.IAmazonBackup");

    // Platform: the image an instance boots (EC2), the runtime a function runs on (AWSSDK.Lambda, not served: recognised
    // by name), the platform updates of an environment (AWSSDK.ElasticBeanstalk, not served: recognised by name)
    public static readonly AwsType RequestLaunchTemplateData = new("Amazon.EC2.Model.RequestLaunchTemplateData");
    public static readonly AwsType LambdaRuntime = new("Amazon.Lambda.Runtime");
    public static readonly AwsType CreateFunctionRequest = new("Amazon.Lambda.Model.CreateFunctionRequest");
    public static readonly AwsType UpdateFunctionConfigurationRequest = new("Amazon.Lambda.Model.UpdateFunctionConfigurationRequest");
    public static readonly AwsType ConfigurationOptionSetting = new("Amazon.ElasticBeanstalk.Model.ConfigurationOptionSetting");

    // AWS CDK v2 in C# (Amazon.CDK.Lib): constructs and their props, matched by name so any 2.x version works
    public static readonly AwsType CdkStack = new("Amazon.CDK.Stack");
    public static readonly AwsType CdkConstruct = new("Constructs.Construct");
    public static readonly AwsType CdkStackProps = new("Amazon.CDK.StackProps");
    public static readonly AwsType CdkIStackProps = new("Amazon.CDK.IStackProps");
    public static readonly AwsType CdkEnvironment = new("Amazon.CDK.Environment");
    public static readonly AwsType CdkRemovalPolicy = new("Amazon.CDK.RemovalPolicy");
    public static readonly AwsType CdkDuration = new("Amazon.CDK.Duration");
    public static readonly AwsType CdkBucket = new("Amazon.CDK.AWS.S3.Bucket");
    public static readonly AwsType CdkBucketProps = new("Amazon.CDK.AWS.S3.BucketProps");
    public static readonly AwsType CdkBucketEncryption = new("Amazon.CDK.AWS.S3.BucketEncryption");
    public static readonly AwsType CdkBlockPublicAccess = new("Amazon.CDK.AWS.S3.BlockPublicAccess");
    public static readonly AwsType CdkObjectOwnership = new("Amazon.CDK.AWS.S3.ObjectOwnership");
    public static readonly AwsType CdkTable = new("Amazon.CDK.AWS.DynamoDB.Table");
    public static readonly AwsType CdkTableProps = new("Amazon.CDK.AWS.DynamoDB.TableProps");
    public static readonly AwsType CdkTableV2 = new("Amazon.CDK.AWS.DynamoDB.TableV2");
    public static readonly AwsType CdkTablePropsV2 = new("Amazon.CDK.AWS.DynamoDB.TablePropsV2");
    public static readonly AwsType CdkTableEncryption = new("Amazon.CDK.AWS.DynamoDB.TableEncryption");
    public static readonly AwsType CdkTableEncryptionV2 = new("Amazon.CDK.AWS.DynamoDB.TableEncryptionV2");
    public static readonly AwsType CdkRdsCredentials = new("Amazon.CDK.AWS.RDS.Credentials");
    public static readonly AwsType CdkSecretValue = new("Amazon.CDK.SecretValue");
    public static readonly AwsType CdkDatabaseInstance = new("Amazon.CDK.AWS.RDS.DatabaseInstance");
    public static readonly AwsType CdkDatabaseInstanceProps = new("Amazon.CDK.AWS.RDS.DatabaseInstanceProps");
    public static readonly AwsType CdkDatabaseCluster = new("Amazon.CDK.AWS.RDS.DatabaseCluster");
    public static readonly AwsType CdkDatabaseClusterProps = new("Amazon.CDK.AWS.RDS.DatabaseClusterProps");
    public static readonly AwsType CdkInstance = new("Amazon.CDK.AWS.EC2.Instance_");
    public static readonly AwsType CdkInstanceProps = new("Amazon.CDK.AWS.EC2.InstanceProps");
    public static readonly AwsType CdkLaunchTemplate = new("Amazon.CDK.AWS.EC2.LaunchTemplate");
    public static readonly AwsType CdkLaunchTemplateProps = new("Amazon.CDK.AWS.EC2.LaunchTemplateProps");
    public static readonly AwsType CdkBastionHostLinux = new("Amazon.CDK.AWS.EC2.BastionHostLinux");
    public static readonly AwsType CdkBastionHostLinuxProps = new("Amazon.CDK.AWS.EC2.BastionHostLinuxProps");
    public static readonly AwsType CdkPeer = new("Amazon.CDK.AWS.EC2.Peer");
    public static readonly AwsType CdkPort = new("Amazon.CDK.AWS.EC2.Port");
    public static readonly AwsType CdkSecurityGroup = new("Amazon.CDK.AWS.EC2.SecurityGroup");
    public static readonly AwsType CdkISecurityGroup = new("Amazon.CDK.AWS.EC2.ISecurityGroup");
    public static readonly AwsType CdkConnections = new("Amazon.CDK.AWS.EC2.Connections_");
    public static readonly AwsType CdkIConnectable = new("Amazon.CDK.AWS.EC2.IConnectable");
    public static readonly AwsType CdkUserData = new("Amazon.CDK.AWS.EC2.UserData");
    public static readonly AwsType CdkVolume = new("Amazon.CDK.AWS.EC2.Volume");
    public static readonly AwsType CdkVolumeProps = new("Amazon.CDK.AWS.EC2.VolumeProps");
    public static readonly AwsType CdkBlockDeviceVolume = new("Amazon.CDK.AWS.EC2.BlockDeviceVolume");
    public static readonly AwsType CdkEbsDeviceOptions = new("Amazon.CDK.AWS.EC2.EbsDeviceOptions");
    public static readonly AwsType CdkCfnCluster = new("Amazon.CDK.AWS.EMR.CfnCluster");
    public static readonly AwsType CdkCfnClusterProps = new("Amazon.CDK.AWS.EMR.CfnClusterProps");
    public static readonly AwsType CdkQueue = new("Amazon.CDK.AWS.SQS.Queue");
    public static readonly AwsType CdkQueueProps = new("Amazon.CDK.AWS.SQS.QueueProps");
    public static readonly AwsType CdkQueueEncryption = new("Amazon.CDK.AWS.SQS.QueueEncryption");
    public static readonly AwsType CdkKey = new("Amazon.CDK.AWS.KMS.Key");
    public static readonly AwsType CdkKeyProps = new("Amazon.CDK.AWS.KMS.KeyProps");
    public static readonly AwsType CdkDistributionProps = new("Amazon.CDK.AWS.CloudFront.DistributionProps");

    // Amazon.CDK.Lib, L1 (CloudFormation) constructs: props as written in the template, nested property types by '+'
    public static readonly AwsType CdkCfnBucket = new("Amazon.CDK.AWS.S3.CfnBucket");
    public static readonly AwsType CdkCfnBucketProps = new("Amazon.CDK.AWS.S3.CfnBucketProps");
    public static readonly AwsType CdkCfnBucketVersioning = new("Amazon.CDK.AWS.S3.CfnBucket+VersioningConfigurationProperty");
    public static readonly AwsType CdkCfnBucketPublicAccessBlock = new("Amazon.CDK.AWS.S3.CfnBucket+PublicAccessBlockConfigurationProperty");
    public static readonly AwsType CdkCfnTable = new("Amazon.CDK.AWS.DynamoDB.CfnTable");
    public static readonly AwsType CdkCfnTableProps = new("Amazon.CDK.AWS.DynamoDB.CfnTableProps");
    public static readonly AwsType CdkCfnTablePointInTimeRecovery = new("Amazon.CDK.AWS.DynamoDB.CfnTable+PointInTimeRecoverySpecificationProperty");
    public static readonly AwsType CdkCfnTableSse = new("Amazon.CDK.AWS.DynamoDB.CfnTable+SSESpecificationProperty");
    public static readonly AwsType CdkCfnDBInstance = new("Amazon.CDK.AWS.RDS.CfnDBInstance");
    public static readonly AwsType CdkCfnDBInstanceProps = new("Amazon.CDK.AWS.RDS.CfnDBInstanceProps");
    public static readonly AwsType CdkCfnDBCluster = new("Amazon.CDK.AWS.RDS.CfnDBCluster");
    public static readonly AwsType CdkCfnDBClusterProps = new("Amazon.CDK.AWS.RDS.CfnDBClusterProps");
    public static readonly AwsType CdkCfnVolume = new("Amazon.CDK.AWS.EC2.CfnVolume");
    public static readonly AwsType CdkCfnVolumeProps = new("Amazon.CDK.AWS.EC2.CfnVolumeProps");
    public static readonly AwsType CdkCfnQueue = new("Amazon.CDK.AWS.SQS.CfnQueue");
    public static readonly AwsType CdkCfnQueueProps = new("Amazon.CDK.AWS.SQS.CfnQueueProps");
    public static readonly AwsType CdkCfnKey = new("Amazon.CDK.AWS.KMS.CfnKey");
    public static readonly AwsType CdkCfnKeyProps = new("Amazon.CDK.AWS.KMS.CfnKeyProps");
    public static readonly AwsType CdkCfnSecurityGroupIngressRule = new("Amazon.CDK.AWS.EC2.CfnSecurityGroup+IngressProperty");
    public static readonly AwsType CdkCfnSecurityGroupIngressProps = new("Amazon.CDK.AWS.EC2.CfnSecurityGroupIngressProps");
    public static readonly AwsType CdkCfnDistributionLogging = new("Amazon.CDK.AWS.CloudFront.CfnDistribution+LoggingProperty");

    private AwsType(string metadataName, bool namedInCode = true, string? home = null)
    {
        MetadataName = metadataName;
        NamedInCode = namedInCode;
        Home = home;
        var lastDot = metadataName.LastIndexOf('.');
        Namespace = lastDot < 0 ? "" : metadataName.Substring(0, lastDot);
        var service = metadataName.StartsWith("Amazon.", StringComparison.Ordinal) ? metadataName.IndexOf('.', "Amazon.".Length) : -1;
        SdkAssembly = service < 0 ? null : "AWSSDK." + metadataName.Substring("Amazon.".Length, service - "Amazon.".Length);
        ServiceNamespace = service < 0 || metadataName.StartsWith("Amazon.Runtime.", StringComparison.Ordinal) ? null : metadataName.Substring(0, service);
        Index = _count++;
    }

    public static int Count => _count;

    public string MetadataName { get; }

    /// <summary>
    /// True (most types) when a rule can only find the type's uses in code that names its service's namespace, so the
    /// type is not looked up in a project whose files never write that namespace (<see cref="AwsTypes"/>).
    /// </summary>
    public bool NamedInCode { get; }

    public int Index { get; }

    /// <summary>
    /// For a type outside Amazon.*, the assembly that declares it when its name does not start with the type's
    /// namespace (PersonalDataAttribute of Microsoft.AspNetCore.Identity lives in Microsoft.Extensions.Identity.Stores).
    /// </summary>
    public string? Home { get; }

    /// <summary>The type's namespace ("" for the global namespace).</summary>
    public string Namespace { get; }

    /// <summary>For a type of an AWS service namespace (Amazon.S3.Model.PutObjectRequest), that namespace (Amazon.S3); null for Amazon.Runtime and types directly in Amazon.</summary>
    public string? ServiceNamespace { get; }

    /// <summary>For a type of an AWS service namespace (Amazon.S3.Model.PutObjectRequest), that service's SDK assembly (AWSSDK.S3).</summary>
    public string? SdkAssembly { get; }

    public override string ToString() => MetadataName;
}

/// <summary>
/// AWS types resolved once per compilation and shared by every rule (the raw GetTypeByMetadataName is costly and
/// must not run per operation). Each type is looked up on first use.
/// </summary>
internal sealed class AwsTypes
{
    private static readonly ConditionalWeakTable<Compilation, AwsTypes> Cache = new();
    private static readonly object Unresolved = new();

    private readonly Compilation _compilation;
    private ImmutableArray<IAssemblySymbol> _awsAssemblies;
    private ImmutableArray<IAssemblySymbol> _referencedAssemblies;
    private readonly object?[] _types = new object?[AwsType.Count];

    private int _hasAwsSdk; // 0 not yet known, 1 yes, 2 no: an int so concurrent rules never read half a value
    private HashSet<string>? _mentioned;
    private int _hasCdk; // the same, for the AWS CDK
    private int _cdkEverywhere; // the same, for a global using of Amazon.CDK

    private AwsTypes(Compilation compilation) => _compilation = compilation;

    public static AwsTypes For(Compilation compilation) => Cache.GetValue(compilation, c => new AwsTypes(c));

    /// <summary>True when AWSSDK.Core is referenced: without it no rule registers anything.</summary>
    /// <remarks>
    /// Read from the reference list first: a type lookup would build the compilation's declaration table, a cost a
    /// project without the SDK should not pay on our account.
    /// </remarks>
    public bool HasAwsSdk
    {
        get
        {
            if (Volatile.Read(ref _hasAwsSdk) == 0)
            {
                Volatile.Write(ref _hasAwsSdk, ReferencesAwsCore(_compilation) && this[AwsType.ClientConfig] is not null ? 1 : 2);
            }

            return _hasAwsSdk == 1;
        }
    }

    /// <summary>True when the AWS CDK v2 (Amazon.CDK.Lib) is referenced: the construct rules register only then.</summary>
    public bool HasCdk
    {
        get
        {
            if (Volatile.Read(ref _hasCdk) == 0)
            {
                Volatile.Write(ref _hasCdk, References(_compilation, "Amazon.CDK.Lib") && this[AwsType.CdkStack] is not null ? 1 : 2);
            }

            return _hasCdk == 1;
        }
    }

    private static bool ReferencesAwsCore(Compilation compilation) => References(compilation, "AWSSDK.Core");

    private static bool References(Compilation compilation, string assemblyName)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (assembly.Name == assemblyName)
            {
                return true;
            }
        }

        return false;
    }

    public INamedTypeSymbol? this[AwsType type]
    {
        get
        {
            var slot = Volatile.Read(ref _types[type.Index]);
            if (slot is null)
            {
                slot = (type.NamedInCode && !MayBeUsed(type) ? null : Resolve(type)) ?? Unresolved;
                Volatile.Write(ref _types[type.Index], slot);
            }

            return slot as INamedTypeSymbol;
        }
    }

    /// <summary>
    /// A type is looked up where the compiler would find it, but only in the assemblies that can declare it: the
    /// source, then the referenced assemblies named AWSSDK.* or Amazon.* for an AWS type, and for any other type those
    /// that <see cref="MayDeclare"/> it. The compilation's own lookup asks
    /// every referenced assembly (hundreds in a web app); per type that the project lacks, in every compilation, that was
    /// most of what the rules cost a small project.
    /// </summary>
    private INamedTypeSymbol? Resolve(AwsType type)
    {
        var metadataName = type.MetadataName;
        if (_compilation.Assembly.GetTypeByMetadataName(metadataName) is { } declared)
        {
            return declared;
        }

        return metadataName.StartsWith("Amazon.", StringComparison.Ordinal)
            ? FindIn(AwsAssemblies(), MayDeclareAws, type)
            : FindIn(ReferencedAssemblies(), MayDeclare, type);
    }

    private static readonly ImmutableHashSet<string> CoreLibraries =
        ImmutableHashSet.Create(StringComparer.Ordinal, "System.Runtime", "System.Private.CoreLib", "mscorlib", "netstandard", "System", "System.Core");

    /// <summary>
    /// True when the AWS assembly <paramref name="assembly"/> can declare the AWS type <paramref name="type"/>: AWSSDK.Core,
    /// the service's own (AWSSDK.S3 for Amazon.S3.*, AWSSDK.Extensions.NETCore.Setup for Amazon.Extensions.*), or one
    /// named Amazon.* (Amazon.Lambda.Core, Amazon.CDK.Lib, Amazon.Extensions.S3.Encryption).
    /// </summary>
    private static bool MayDeclareAws(string assembly, AwsType type) =>
        assembly == "AWSSDK.Core"
        || assembly.StartsWith("Amazon.", StringComparison.Ordinal)
        || (type.SdkAssembly is { } sdk && IsOrExtends(assembly, sdk));

    /// <summary>
    /// True when the assembly <paramref name="assembly"/> can declare <paramref name="type"/> (not an AWS type): a core
    /// library, the type's <see cref="AwsType.Home"/>, or one named after the type's namespace: Microsoft.Extensions.Configuration.Abstractions for
    /// Microsoft.Extensions.Configuration, System.Collections for System.Collections.Generic, and for a namespace of one
    /// part that namespace (Constructs) or the type's full name (System.Console). It allocates nothing: it runs for every
    /// referenced assembly and type looked up.
    /// </summary>
    private static bool MayDeclare(string assembly, AwsType type)
    {
        if (CoreLibraries.Contains(assembly) || assembly == type.Home)
        {
            return true;
        }

        var ns = type.Namespace;
        if (ns.Length == 0)
        {
            return false; // a type of the global namespace: its Home only
        }

        if (ns.IndexOf('.') < 0)
        {
            return assembly == ns || assembly == type.MetadataName;
        }

        return IsOrExtends(assembly, ns) || (assembly.IndexOf('.') > 0 && IsOrExtends(ns, assembly));
    }

    /// <summary>True when <paramref name="name"/> is <paramref name="prefix"/> or starts with it and a dot.</summary>
    private static bool IsOrExtends(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && (name.Length == prefix.Length || name[prefix.Length] == '.');

    private static INamedTypeSymbol? FindIn(ImmutableArray<IAssemblySymbol> assemblies, Func<string, AwsType, bool> mayDeclare, AwsType type)
    {
        INamedTypeSymbol? found = null;
        foreach (var assembly in assemblies)
        {
            if (!mayDeclare(assembly.Identity.Name, type))
            {
                continue;
            }

            if (assembly.GetTypeByMetadataName(type.MetadataName) is { } symbol)
            {
                if (found is not null)
                {
                    return null; // ambiguous, as the compiler would say
                }

                found = symbol;
            }
        }

        return found;
    }

    /// <summary>
    /// False for a type of a service namespace (Amazon.EC2.Model.RunInstancesRequest: Amazon.EC2) that no file of the
    /// project writes: code cannot name a request or client of a service it never names, and looking the type up would
    /// load every type of that namespace from the SDK's metadata (thousands for EC2), in every project that references
    /// the package without using it. Amazon.Runtime and types directly in Amazon are always looked up.
    /// </summary>
    private bool MayBeUsed(AwsType type)
    {
        if (type.ServiceNamespace is not { } service)
        {
            return true;
        }

        var mentioned = _mentioned;
        if (mentioned is null)
        {
            // One pass over the files per compilation; each file is read once and its answer kept with its tree.
            mentioned = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tree in _compilation.SyntaxTrees)
            {
                mentioned.UnionWith(MentionsIn.GetValue(tree, MentionedNamespaces));
            }

            mentioned = Interlocked.CompareExchange(ref _mentioned, mentioned, null) ?? mentioned;
        }

        return mentioned.Contains(service);
    }

    /// <summary>
    /// True when <paramref name="tree"/> may declare CDK constructs: it writes Amazon.CDK (a using, a qualified name), or
    /// some file of the project imports Amazon.CDK for every file (<c>global using Amazon.CDK;</c>, the
    /// <c>&lt;Using Include="Amazon.CDK" /&gt;</c> of a csproj). Code cannot name a construct of a namespace it never
    /// imports or writes.
    /// </summary>
    public bool MayHoldCdkCode(SyntaxTree tree)
    {
        if (Volatile.Read(ref _cdkEverywhere) == 0)
        {
            var everywhere = false;
            foreach (var file in _compilation.SyntaxTrees)
            {
                if (MentionsIn.GetValue(file, MentionedNamespaces).Contains(CdkNamespace) && HasGlobalCdkUsing(file))
                {
                    everywhere = true;
                    break;
                }
            }

            Volatile.Write(ref _cdkEverywhere, everywhere ? 1 : 2);
        }

        return _cdkEverywhere == 1 || MentionsIn.GetValue(tree, MentionedNamespaces).Contains(CdkNamespace);
    }

    private const string CdkNamespace = "Amazon.CDK";

    private static bool HasGlobalCdkUsing(SyntaxTree tree)
    {
        if (tree.GetRoot() is not Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax unit)
        {
            return false;
        }

        foreach (var directive in unit.Usings)
        {
            if (directive.GlobalKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.GlobalKeyword)
                && directive.Name?.ToString() is { } name && (name == CdkNamespace || name.StartsWith(CdkNamespace + ".", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every "Amazon.X" a file writes (in usings, qualified names, even comments: a gate only), read once per file: the
    /// IDE's next compilation after an edit shares every other file's tree, so only the edited file is read again.
    /// </summary>
    private static readonly ConditionalWeakTable<SyntaxTree, HashSet<string>> MentionsIn = new();

    private static HashSet<string> MentionedNamespaces(SyntaxTree tree)
    {
        const string Prefix = "Amazon.";
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        var text = tree.GetText().ToString();
        for (var at = text.IndexOf(Prefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Prefix, at + Prefix.Length, StringComparison.Ordinal))
        {
            var end = at + Prefix.Length;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            if (end > at + Prefix.Length)
            {
                mentioned.Add(text.Substring(at, end - at));
            }
        }

        return mentioned;
    }

    private ImmutableArray<IAssemblySymbol> AwsAssemblies()
    {
        if (_awsAssemblies.IsDefault)
        {
            var assemblies = ImmutableArray.CreateBuilder<IAssemblySymbol>();
            foreach (var assembly in ReferencedAssemblies())
            {
                var name = assembly.Identity.Name;
                if (name.StartsWith("AWSSDK.", StringComparison.Ordinal) || name.StartsWith("Amazon.", StringComparison.Ordinal))
                {
                    assemblies.Add(assembly);
                }
            }

            ImmutableInterlocked.InterlockedInitialize(ref _awsAssemblies, assemblies.ToImmutable());
        }

        return _awsAssemblies;
    }

    private ImmutableArray<IAssemblySymbol> ReferencedAssemblies()
    {
        if (_referencedAssemblies.IsDefault)
        {
            ImmutableInterlocked.InterlockedInitialize(ref _referencedAssemblies, _compilation.SourceModule.ReferencedAssemblySymbols);
        }

        return _referencedAssemblies;
    }

    /// <summary>The types of <paramref name="types"/> this compilation has (a rule over several request types works with those present).</summary>
    public ImmutableArray<INamedTypeSymbol> Present(params AwsType[] types)
    {
        var present = ImmutableArray.CreateBuilder<INamedTypeSymbol>(types.Length);
        foreach (var type in types)
        {
            if (this[type] is { } symbol)
            {
                present.Add(symbol);
            }
        }

        return present.ToImmutable();
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

    private const string Async = "Async";

    /// <summary>
    /// True when <paramref name="invocation"/> calls the SDK operation <paramref name="operation"/> (sync or Async) on a
    /// client of <paramref name="client"/>: <c>s3.PutBucketAsync(…)</c> matches ("PutBucket", IAmazonS3). The name is
    /// compared first, without building a string: this runs for every invocation of the project.
    /// </summary>
    public bool IsOperation(IInvocationOperation invocation, AwsType client, string operation)
    {
        var name = invocation.TargetMethod.Name;
        return (name == operation
                || (name.Length == operation.Length + Async.Length && name.StartsWith(operation, StringComparison.Ordinal) && name.EndsWith(Async, StringComparison.Ordinal)))
            && IsClient(invocation.TargetMethod.ContainingType, client);
    }
}
