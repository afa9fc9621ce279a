using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using ResponsibilityAnalyzers.Model;
using static ResponsibilityAnalyzers.Model.ResponsibilityModel;

namespace ResponsibilityAnalyzers;

/// <summary>A rule: its descriptor, the customer duty it checks and the services it covers.</summary>
public sealed class Rule
{
    internal Rule(DiagnosticDescriptor descriptor)
    {
        Descriptor = descriptor;
        Duty = (Duty)Enum.Parse(typeof(Duty), descriptor.Category);
        Services = descriptor.CustomTags
            .Select(tag => tag == AnyService.Name ? AnyService : ResponsibilityModel.Services.FirstOrDefault(service => service.Name == tag))
            .Where(service => service is not null)
            .ToImmutableArray()!;
        SilentUntilSet = Descriptors.SilentUntilSetOf(descriptor.Id);
    }

    public DiagnosticDescriptor Descriptor { get; }

    public Duty Duty { get; }

    public ImmutableArray<AwsService> Services { get; }

    /// <summary>Options of which one must be set before the rule reports anything (the allow-list or policy it checks against); empty: always active.</summary>
    public ImmutableArray<string> SilentUntilSet { get; }

    public string Id => Descriptor.Id;
}

internal static class DiagnosticDescriptorExtensions
{
    /// <summary>"S3 is an abstracted service: controlling who can reach its data is the customer's duty; &lt;finding&gt;".</summary>
    public static Diagnostic Create(this DiagnosticDescriptor descriptor, Location location, AwsService service, string finding, ResponsibilityAnalyzers.Core.Remedy? remedy = null, params Location[] additionalLocations) =>
        Diagnostic.Create(descriptor, location, additionalLocations, remedy?.Encode(), Subject(service), finding);
}

/// <summary>
/// The one catalog of rules. Ids are SRM + the duty's range (0 governance, 1 region, 2 encryption at rest,
/// 3 in transit, 4 backups, 5 access control and firewall, 6 credentials, 7 platform) + a number.
/// </summary>
public static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/responsibility-analyzers/ResponsibilityAnalyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor SRM0000_InvalidOption = new(
        "SRM0000",
        "Invalid ResponsibilityAnalyzers option value",
        "The value '{1}' of option '{0}' is not valid: {2}; the rules that read it use its default instead",
        nameof(Duty.Governance),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A srm.* option in .editorconfig or .globalconfig could not be read. The rules that use it fall back to their default.",
        helpLinkUri: HelpLinkBase + "SRM0000.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor SRM0001_UnjustifiedSuppression = new(
        "SRM0001",
        "SRM rule suppressed without a justification",
        "{0} waives {1} without a reason; {2}",
        nameof(Duty.Governance),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A #pragma warning disable that covers an SRM rule has no comment on its line, or a SuppressMessage or UnconditionalSuppressMessage attribute for an SRM rule has no Justification (or the placeholder \"<Pending>\"). Waiving a customer duty is a decision: the code has to say why, where reviewers and auditors read it.",
        helpLinkUri: HelpLinkBase + "SRM0001.md");

    public static readonly DiagnosticDescriptor SRM0002_NonSuppressibleRuleSuppressed = new(
        "SRM0002",
        "Suppression of a non-suppressible rule",
        "This {0} suppresses {1}, which srm.non_suppressible_rules keeps reported; fix the finding instead of suppressing it",
        nameof(Duty.Governance),
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "srm.non_suppressible_rules lists SRM rules that a team does not let anyone waive in code. A #pragma warning disable, SuppressMessage or UnconditionalSuppressMessage attribute that covers one of them, or SRM0002 itself, is reported as an error.",
        helpLinkUri: HelpLinkBase + "SRM0002.md");

    public static readonly DiagnosticDescriptor SRM1001_RegionNotAllowed = new(
        "SRM1001",
        "AWS Region outside the allowed list",
        Message(Duty.Region),
        nameof(Duty.Region),
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A Region the code or appsettings*.json names (a RegionEndpoint, a region string on a client config, a bucket's or a table replica's Region, the Region in a ServiceURL, AWSOptions.Region, \"AWS\": { \"Region\" }) is not listed in srm.allowed_regions. Data sent there lives under that Region's jurisdiction. Silent while srm.allowed_regions is not set.",
        helpLinkUri: HelpLinkBase + "SRM1001.md",
        customTags: Covers(AnyService));

    public static readonly DiagnosticDescriptor SRM1002_RegionAsString = new(
        "SRM1002",
        "AWS Region written as a string",
        Message(Duty.Region),
        nameof(Duty.Region),
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "RegionEndpoint.GetBySystemName with a constant string where the SDK has a RegionEndpoint field for that Region. A typo in the string still compiles and silently names another, or a made-up, Region; the field is checked by the compiler and is what srm.allowed_regions reviews read.",
        helpLinkUri: HelpLinkBase + "SRM1002.md",
        customTags: Covers(AnyService));

    public static readonly DiagnosticDescriptor SRM1003_ClientWithoutRegion = new(
        "SRM1003",
        "AWS client takes its Region from the environment",
        Message(Duty.Region),
        nameof(Duty.Region),
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A service client is created without a RegionEndpoint and without a config that sets RegionEndpoint or ServiceURL, while srm.allowed_regions is set. Its Region then comes from AWS_REGION, the shared profile or instance metadata, which no review of the code can check against the allowed list. Not reported in Lambda functions (whose runtime sets AWS_REGION), for the fallback of an injected client (injected ?? new AmazonS3Client()), and for clients of services that keep no customer data (STS, SSO).",
        helpLinkUri: HelpLinkBase + "SRM1003.md",
        customTags: Covers(AnyService));

    public static readonly DiagnosticDescriptor SRM2001_NoClientSideEncryption = new(
        "SRM2001",
        "Sensitive data written to an abstracted service without client-side encryption",
        Message(Duty.ClientSideEncryption),
        nameof(Duty.ClientSideEncryption),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An S3 upload (PutObject, UploadPart, TransferUtility) or a DynamoDB write (PutItem, UpdateItem, BatchWriteItem, TransactWriteItems, Table, DynamoDBContext) sends data that the code shows to be sensitive (a classified or [PersonalData] member, a sensitive DataType, a name in srm.sensitive_names, an uploaded file, a bucket or table in srm.sensitive_buckets / srm.sensitive_tables), which the method does not encrypt, through a client that is not a client-side encryption client. AWS encrypts it on the server, but protecting the data itself is the customer's part of the shared responsibility model.",
        helpLinkUri: HelpLinkBase + "SRM2001.md",
        customTags: Covers(S3, DynamoDB));

    public static readonly DiagnosticDescriptor SRM2002_PartialEncryption = new(
        "SRM2002",
        "Encryption applied on some paths only",
        Message(Duty.EncryptionAtRest),
        nameof(Duty.EncryptionAtRest),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Server-side encryption (ServerSideEncryptionMethod, SSESpecification) or client-side encryption of the data written is chosen inside an if without else, or by a conditional, switch or ?? that yields no encryption on one path: some objects or tables end up protected less than the others.",
        helpLinkUri: HelpLinkBase + "SRM2002.md",
        customTags: Covers(S3, DynamoDB));

    public static readonly DiagnosticDescriptor SRM2003_BucketEncryptionWeakened = new(
        "SRM2003",
        "S3 bucket default encryption removed or downgraded",
        Message(Duty.EncryptionAtRest),
        nameof(Duty.EncryptionAtRest),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "DeleteBucketEncryption removes the bucket's default encryption configuration (S3 falls back to SSE-S3), and PutBucketEncryption with an algorithm below srm.required_s3_sse downgrades it.",
        helpLinkUri: HelpLinkBase + "SRM2003.md",
        customTags: Covers(S3));

    public static readonly DiagnosticDescriptor SRM2004_SseBelowPolicy = new(
        "SRM2004",
        "Server-side encryption below the configured policy",
        Message(Duty.EncryptionAtRest),
        nameof(Duty.EncryptionAtRest),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Only with srm.required_s3_sse or srm.required_dynamodb_key set: an S3 write (PutObject, CopyObject, InitiateMultipartUpload, TransferUtility) that asks for weaker server-side encryption than required, or a DynamoDB CreateTable or UpdateTable whose table key is weaker than required.",
        helpLinkUri: HelpLinkBase + "SRM2004.md",
        customTags: Covers(S3, DynamoDB));

    public static readonly DiagnosticDescriptor SRM2005_DynamoDbEncryptionWeakened = new(
        "SRM2005",
        "DynamoDB table encryption weakened",
        Message(Duty.EncryptionAtRest),
        nameof(Duty.EncryptionAtRest),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "UpdateTable with an SSESpecification whose Enabled is false moves the table from its KMS key back to the AWS owned key, which the account cannot audit or control.",
        helpLinkUri: HelpLinkBase + "SRM2005.md",
        customTags: Covers(DynamoDB));

    public static readonly DiagnosticDescriptor SRM2006_LegacyClientSideEncryption = new(
        "SRM2006",
        "Legacy or weak client-side encryption configuration",
        Message(Duty.ClientSideEncryption),
        nameof(Duty.ClientSideEncryption),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The obsolete AmazonS3EncryptionClient (V1), a legacy SecurityProfile (V2AndLegacy, V4AndLegacy) that still decrypts the V1 formats, CommitmentPolicy.ForbidEncryptAllowDecrypt on the V4 client (no key commitment), or the obsolete one-argument AmazonS3CryptoConfigurationV2 constructor.",
        helpLinkUri: HelpLinkBase + "SRM2006.md",
        customTags: Covers(S3));

    public static readonly DiagnosticDescriptor SRM2007_PlaintextRoundTrip = new(
        "SRM2007",
        "KMS plaintext round trip instead of ReEncrypt",
        Message(Duty.ClientSideEncryption),
        nameof(Duty.ClientSideEncryption),
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The plaintext of a KMS Decrypt is passed to a KMS Encrypt in the same method: the data leaves KMS in plaintext only to go back in. ReEncrypt does both inside KMS.",
        helpLinkUri: HelpLinkBase + "SRM2007.md",
        customTags: Covers(Kms));

    public static readonly DiagnosticDescriptor SRM2008_KeyMaterialInSource = new(
        "SRM2008",
        "Encryption key material in source code",
        Message(Duty.ClientSideEncryption),
        nameof(Duty.ClientSideEncryption),
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An SSE-C customer key, or the key of S3 client-side encryption materials, is a literal or a constant: anyone who can read the code or the binary can decrypt the data.",
        helpLinkUri: HelpLinkBase + "SRM2008.md",
        customTags: Covers(S3));

    public static readonly DiagnosticDescriptor SRM2009_UnclassifiedDataWithoutClientSideEncryption = new(
        "SRM2009",
        "Data of unknown sensitivity written without client-side encryption",
        Message(Duty.ClientSideEncryption),
        nameof(Duty.ClientSideEncryption),
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An S3 upload or a DynamoDB write sends data that the method does not encrypt, through a client that is not proven to be a client-side encryption client, and nothing in the code shows what the data is (a type parameter, a request or stream built elsewhere, a value without a classification or a sensitive name). If it is customer data, protecting it is the customer's duty; SRM2001 reports the writes where the code shows it is.",
        helpLinkUri: HelpLinkBase + "SRM2009.md",
        customTags: Covers(S3, DynamoDB));

    public static readonly DiagnosticDescriptor SRM2101_UnencryptedEbsVolume = new(
        "SRM2101",
        "EBS volume not encrypted",
        Message(Duty.EncryptionAtRest),
        nameof(Duty.EncryptionAtRest),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "CreateVolumeRequest, or a block device mapping of RunInstancesRequest, without Encrypted = true. Unless the account turns EBS encryption by default on (srm.ebs_encryption_by_default), the volume and its snapshots are stored unencrypted.",
        helpLinkUri: HelpLinkBase + "SRM2101.md",
        customTags: Covers(Ebs, Ec2));

    public static readonly DiagnosticDescriptor SRM2102_UnencryptedRdsStorage = new(
        "SRM2102",
        "RDS storage not encrypted",
        Message(Duty.EncryptionAtRest),
        nameof(Duty.EncryptionAtRest),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "CreateDBInstanceRequest or CreateDBClusterRequest without StorageEncrypted = true: the database storage, its automated backups, read replicas and snapshots are unencrypted, and encryption cannot be turned on later without copying the data to a new database.",
        helpLinkUri: HelpLinkBase + "SRM2102.md",
        customTags: Covers(Rds));

    public static readonly DiagnosticDescriptor SRM2103_UnencryptedEmrCluster = new(
        "SRM2103",
        "EMR cluster without encryption",
        Message(Duty.EncryptionAtRest),
        nameof(Duty.EncryptionAtRest),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "RunJobFlowRequest without a SecurityConfiguration, or a CreateSecurityConfigurationRequest whose JSON turns at-rest or in-transit encryption off: the cluster's EBS volumes, local disks, EMRFS data in S3 and the traffic between its nodes are not encrypted by EMR.",
        helpLinkUri: HelpLinkBase + "SRM2103.md",
        customTags: Covers(Emr));

    public static readonly DiagnosticDescriptor SRM2104_UnencryptedSqsQueue = new(
        "SRM2104",
        "SQS queue with server-side encryption turned off",
        Message(Duty.EncryptionAtRest),
        nameof(Duty.EncryptionAtRest),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "CreateQueue or SetQueueAttributes with the attribute SqsManagedSseEnabled = \"false\" and no KmsMasterKeyId: the messages are stored unencrypted.",
        helpLinkUri: HelpLinkBase + "SRM2104.md",
        customTags: Covers(Sqs));

    public static readonly DiagnosticDescriptor SRM2105_SecretInPlainParameter = new(
        "SRM2105",
        "Secret stored as a plain String parameter",
        Message(Duty.EncryptionAtRest),
        nameof(Duty.EncryptionAtRest),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "PutParameterRequest with Type String or StringList whose name or value looks like a secret (a password, token, API key, private key, connection string or AWS access key): Parameter Store keeps it unencrypted and shows it to anyone allowed to read the parameter.",
        helpLinkUri: HelpLinkBase + "SRM2105.md",
        customTags: Covers(Ssm));

    public static readonly DiagnosticDescriptor SRM2106_KeyWithoutRotation = new(
        "SRM2106",
        "KMS key without automatic rotation",
        Message(Duty.EncryptionAtRest),
        nameof(Duty.EncryptionAtRest),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An AWS CDK KMS Key declared without EnableKeyRotation = true (and not asymmetric or HMAC, which cannot rotate) keeps the same key material for as long as it exists: everything it ever encrypted stays readable with that one material, however long ago it leaked.",
        helpLinkUri: HelpLinkBase + "SRM2106.md",
        customTags: Covers(Kms));

    public static readonly DiagnosticDescriptor SRM3001_PlainHttpEndpoint = new(
        "SRM3001",
        "AWS client sends requests over plain HTTP",
        Message(Duty.EncryptionInTransit),
        nameof(Duty.EncryptionInTransit),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A client config sets UseHttp = true, or a ServiceURL that starts with http:// and points at an AWS host. Requests, credentials' signatures and data then cross the network unencrypted.",
        helpLinkUri: HelpLinkBase + "SRM3001.md",
        customTags: Covers(AnyService));

    public static readonly DiagnosticDescriptor SRM3002_PresignedUrlOverHttp = new(
        "SRM3002",
        "Presigned URL uses plain HTTP",
        Message(Duty.EncryptionInTransit),
        nameof(Duty.EncryptionInTransit),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "GetPreSignedUrlRequest.Protocol is Protocol.HTTP: whoever uses the URL sends or receives the object unencrypted, and the signed URL itself can be read on the wire.",
        helpLinkUri: HelpLinkBase + "SRM3002.md",
        customTags: Covers(S3));

    public static readonly DiagnosticDescriptor SRM3003_PresignedUrlExpiryTooLong = new(
        "SRM3003",
        "Presigned URL lives longer than the allowed maximum",
        Message(Duty.EncryptionInTransit),
        nameof(Duty.EncryptionInTransit),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A presigned URL is a bearer credential. Its expiry is longer than srm.presigned_url_max_expiry (7 days by default; past 7 days SigV4 cannot sign it, and the AWS SDK, v3 and v4 alike, silently falls back to SigV2 in Regions that still accept it and throws in the others).",
        helpLinkUri: HelpLinkBase + "SRM3003.md",
        customTags: Covers(S3));

    public static readonly DiagnosticDescriptor SRM3004_PlainHttpAccepted = new(
        "SRM3004",
        "S3 bucket or SQS queue accepts requests over plain HTTP",
        Message(Duty.EncryptionInTransit),
        nameof(Duty.EncryptionInTransit),
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An AWS CDK Bucket or Queue declared without EnforceSSL = true has no policy statement denying requests without aws:SecureTransport: a client configured for HTTP (an endpoint written with http://, an old tool) reads and writes its data unencrypted on the wire. Info: the SDK uses HTTPS unless told otherwise (SRM3001 reports the clients that are), and a policy added elsewhere may deny HTTP already.",
        helpLinkUri: HelpLinkBase + "SRM3004.md",
        customTags: Covers(S3, Sqs));

    public static readonly DiagnosticDescriptor SRM4001_TableWithoutPointInTimeRecovery = new(
        "SRM4001",
        "DynamoDB table created without point-in-time recovery",
        Message(Duty.Backups),
        nameof(Duty.Backups),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "CreateTable cannot turn on point-in-time recovery; only a later UpdateContinuousBackups can. No such call for the same table is in the same method or type, and no AWS Backup selection there covers it, so the table can be restored only from on-demand backups someone remembers to take.",
        helpLinkUri: HelpLinkBase + "SRM4001.md",
        customTags: Covers(DynamoDB));

    public static readonly DiagnosticDescriptor SRM4002_PointInTimeRecoveryDisabled = new(
        "SRM4002",
        "DynamoDB point-in-time recovery turned off",
        Message(Duty.Backups),
        nameof(Duty.Backups),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled = false turns point-in-time recovery off and discards the table's restore points.",
        helpLinkUri: HelpLinkBase + "SRM4002.md",
        customTags: Covers(DynamoDB));

    public static readonly DiagnosticDescriptor SRM4003_TableWithoutDeletionProtection = new(
        "SRM4003",
        "DynamoDB table without deletion protection",
        Message(Duty.Backups),
        nameof(Duty.Backups),
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A table created without DeletionProtectionEnabled = true, or an UpdateTable that sets it to false, can be deleted with all its items by a single DeleteTable call.",
        helpLinkUri: HelpLinkBase + "SRM4003.md",
        customTags: Covers(DynamoDB));

    public static readonly DiagnosticDescriptor SRM4004_BucketWithoutVersioning = new(
        "SRM4004",
        "S3 bucket created without versioning",
        Message(Duty.Backups),
        nameof(Duty.Backups),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "S3 keeps no earlier versions of an object unless versioning is enabled. No PutBucketVersioning enabling it for the same bucket is in the same method or type, so an overwrite or a delete cannot be undone.",
        helpLinkUri: HelpLinkBase + "SRM4004.md",
        customTags: Covers(S3));

    public static readonly DiagnosticDescriptor SRM4005_VersioningSuspended = new(
        "SRM4005",
        "S3 bucket versioning suspended",
        Message(Duty.Backups),
        nameof(Duty.Backups),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "PutBucketVersioning with VersionStatus.Suspended (or Off) stops S3 keeping earlier versions of the objects written from then on.",
        helpLinkUri: HelpLinkBase + "SRM4005.md",
        customTags: Covers(S3));

    public static readonly DiagnosticDescriptor SRM4006_DestructiveDeleteWithoutBackup = new(
        "SRM4006",
        "Destructive delete without a backup",
        Message(Duty.Backups),
        nameof(Duty.Backups),
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A DynamoDB DeleteTable with no CreateBackup of the table earlier in the method, AmazonS3Util.DeleteS3BucketWithObjectsAsync, or a DeleteObject(s) request with BypassGovernanceRetention = true deletes data with nothing kept to restore it from.",
        helpLinkUri: HelpLinkBase + "SRM4006.md",
        customTags: Covers(DynamoDB, S3));

    public static readonly DiagnosticDescriptor SRM4007_DataDestroyedWithStack = new(
        "SRM4007",
        "Data deleted with its CDK stack",
        Message(Duty.Backups),
        nameof(Duty.Backups),
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An AWS CDK Bucket with RemovalPolicy.DESTROY and AutoDeleteObjects = true, or a Table, TableV2, DatabaseInstance or DatabaseCluster with RemovalPolicy.DESTROY: deleting the stack, or an update that replaces the resource, deletes the data with it and keeps no copy. Info: it is a deliberate choice, right for throwaway stacks; in a stack that holds real data it loses the data.",
        helpLinkUri: HelpLinkBase + "SRM4007.md",
        customTags: Covers(S3, DynamoDB, Rds));

    public static readonly DiagnosticDescriptor SRM4101_RdsBackupRetention = new(
        "SRM4101",
        "RDS automated backups off or kept too briefly",
        Message(Duty.Backups),
        nameof(Duty.Backups),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "BackupRetentionPeriod of CreateDBInstanceRequest, CreateDBClusterRequest, ModifyDBInstanceRequest or ModifyDBClusterRequest is 0 (no automated backups and no point-in-time recovery) or fewer days than srm.rds_min_backup_retention_days (7 by default); on a create request, leaving it out gives RDS's default of 1 day.",
        helpLinkUri: HelpLinkBase + "SRM4101.md",
        customTags: Covers(Rds));

    public static readonly DiagnosticDescriptor SRM4102_RdsDeletionProtection = new(
        "SRM4102",
        "RDS database without deletion protection",
        Message(Duty.Backups),
        nameof(Duty.Backups),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "CreateDBInstanceRequest or CreateDBClusterRequest without DeletionProtection = true, or a modify request that sets it to false: one DeleteDBInstance or DeleteDBCluster call, by mistake or by an attacker, removes the database and, unless asked otherwise, its automated backups.",
        helpLinkUri: HelpLinkBase + "SRM4102.md",
        customTags: Covers(Rds));

    public static readonly DiagnosticDescriptor SRM5001_PublicCannedAcl = new(
        "SRM5001",
        "S3 canned ACL makes data public",
        Message(Duty.AccessControl),
        nameof(Duty.AccessControl),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A canned ACL of PublicRead, PublicReadWrite or AuthenticatedRead lets anyone (or any AWS account) read, or write, the object or bucket.",
        helpLinkUri: HelpLinkBase + "SRM5001.md",
        customTags: Covers(S3));

    public static readonly DiagnosticDescriptor SRM5002_PublicGrant = new(
        "SRM5002",
        "S3 grant to everyone",
        Message(Duty.AccessControl),
        nameof(Duty.AccessControl),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An S3Grant to the AllUsers or AuthenticatedUsers group gives anyone on the internet, or any AWS account, the granted permission.",
        helpLinkUri: HelpLinkBase + "SRM5002.md",
        customTags: Covers(S3));

    public static readonly DiagnosticDescriptor SRM5003_PublicBucketPolicy = new(
        "SRM5003",
        "Bucket policy allows everyone",
        Message(Duty.AccessControl),
        nameof(Duty.AccessControl),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A bucket policy statement with Effect Allow, Principal \"*\" (or {\"AWS\": \"*\"}) and no Condition opens the bucket to anyone.",
        helpLinkUri: HelpLinkBase + "SRM5003.md",
        customTags: Covers(S3));

    public static readonly DiagnosticDescriptor SRM5004_PublicAccessBlockWeakened = new(
        "SRM5004",
        "S3 Block Public Access removed or weakened",
        Message(Duty.AccessControl),
        nameof(Duty.AccessControl),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "DeletePublicAccessBlock, or PutPublicAccessBlock with any of BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy or RestrictPublicBuckets not true, removes the guard S3 puts on every new bucket.",
        helpLinkUri: HelpLinkBase + "SRM5004.md",
        customTags: Covers(S3));

    public static readonly DiagnosticDescriptor SRM5005_AclsReenabled = new(
        "SRM5005",
        "S3 object ownership re-enables ACLs",
        Message(Duty.AccessControl),
        nameof(Duty.AccessControl),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "ObjectOwnership ObjectWriter or BucketOwnerPreferred turns ACLs back on, so objects can be shared by ACL outside the bucket policy.",
        helpLinkUri: HelpLinkBase + "SRM5005.md",
        customTags: Covers(S3));

    public static readonly DiagnosticDescriptor SRM5101_InstanceMetadataV1 = new(
        "SRM5101",
        "EC2 instance allows IMDSv1",
        Message(Duty.AccessControl),
        nameof(Duty.AccessControl),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "RunInstancesRequest without MetadataOptions.HttpTokens = required, or HttpTokens = optional on an instance's metadata options: the instance metadata service answers unauthenticated IMDSv1 requests, so a server-side request forgery in any application on the instance can read the instance role's credentials.",
        helpLinkUri: HelpLinkBase + "SRM5101.md",
        customTags: Covers(Ec2));

    public static readonly DiagnosticDescriptor SRM5102_AdminPortOpenToWorld = new(
        "SRM5102",
        "Security group opens an administrative or database port to the internet",
        Message(Duty.NetworkFirewall),
        nameof(Duty.NetworkFirewall),
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "AuthorizeSecurityGroupIngressRequest with an IpPermission from 0.0.0.0/0 or ::/0 that covers an administrative or database port (SSH 22, RDP 3389, SQL Server 1433, MySQL 3306, PostgreSQL 5432, Redis 6379, MongoDB 27017, Elasticsearch 9200 …), or all ports and protocols.",
        helpLinkUri: HelpLinkBase + "SRM5102.md",
        customTags: Covers(Vpc, Ec2));

    public static readonly DiagnosticDescriptor SRM5103_PortOpenToWorld = new(
        "SRM5103",
        "Security group opens a port to the internet",
        Message(Duty.NetworkFirewall),
        nameof(Duty.NetworkFirewall),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "AuthorizeSecurityGroupIngressRequest with an IpPermission from 0.0.0.0/0 or ::/0 on ports that are not administrative or database ports, or on ports the analyzer cannot read; TCP ports listed in srm.public_ports (80 and 443 by default) are meant for everyone and not reported.",
        helpLinkUri: HelpLinkBase + "SRM5103.md",
        customTags: Covers(Vpc, Ec2));

    public static readonly DiagnosticDescriptor SRM5104_PublicRdsInstance = new(
        "SRM5104",
        "RDS database publicly accessible",
        Message(Duty.AccessControl),
        nameof(Duty.AccessControl),
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "PubliclyAccessible = true on CreateDBInstanceRequest, CreateDBClusterRequest or ModifyDBInstanceRequest: the database gets a public DNS name and address, reachable from the internet wherever its security group allows.",
        helpLinkUri: HelpLinkBase + "SRM5104.md",
        customTags: Covers(Rds));

    public static readonly DiagnosticDescriptor SRM6001_HardCodedCredentials = new(
        "SRM6001",
        "Hard-coded AWS credentials",
        Message(Duty.Credentials),
        nameof(Duty.Credentials),
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A constant secret access key reaches BasicAWSCredentials, SessionAWSCredentials or a constructor that takes awsAccessKeyId and awsSecretAccessKey (service clients, TransferUtility, encryption clients), or an access-key-shaped literal (AKIA…, ASIA…) is passed to an AWS API. Whoever reads the source, the repository's history or the built assembly holds the key. Placeholders (\"<SECRET-KEY>\", \"YOUR_ACCESS_KEY\", \"test\", values not shaped like a key), AWS's documented example keys and clients whose ServiceURL is a local or non-AWS endpoint are not reported.",
        helpLinkUri: HelpLinkBase + "SRM6001.md",
        customTags: Covers(AnyService));

    public static readonly DiagnosticDescriptor SRM6002_LongTermAccessKeys = new(
        "SRM6002",
        "Long-term access keys in code paths",
        Message(Duty.Credentials),
        nameof(Duty.Credentials),
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "BasicAWSCredentials, or a constructor taking awsAccessKeyId and awsSecretAccessKey without a session token, is fed from configuration (IConfiguration, environment variables, ConfigurationManager.AppSettings). The application then runs on an IAM user's long-term keys, which do not expire, instead of the temporary credentials of a role, an instance profile or IAM Identity Center.",
        helpLinkUri: HelpLinkBase + "SRM6002.md",
        customTags: Covers(AnyService));

    public static readonly DiagnosticDescriptor SRM6003_CredentialsLogged = new(
        "SRM6003",
        "Secret AWS credentials written to a log",
        Message(Duty.Credentials),
        nameof(Duty.Credentials),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "ImmutableCredentials.SecretKey or Token, or the ImmutableCredentials that GetCredentials()/GetCredentialsAsync() return, is passed to ILogger, Console, Debug, Trace or an exception's message, directly or inside an interpolated string or concatenation. Logs are read, shipped and kept far more widely than secrets may be.",
        helpLinkUri: HelpLinkBase + "SRM6003.md",
        customTags: Covers(AnyService));

    public static readonly DiagnosticDescriptor SRM6101_SecretInUserData = new(
        "SRM6101",
        "Secret in EC2 user data",
        Message(Duty.Credentials),
        nameof(Duty.Credentials),
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "RunInstancesRequest.UserData written in source (a literal, or Convert.ToBase64String(Encoding.UTF8.GetBytes(literal))) contains an AWS access key id or a written-out password (PowerShell user data is read as PowerShell: a secret fetched at boot is not written out): user data is readable by anyone who can describe the instance attribute, and by every process on the instance through the metadata service.",
        helpLinkUri: HelpLinkBase + "SRM6101.md",
        customTags: Covers(Ec2));

    public static readonly DiagnosticDescriptor SRM6102_RdsMasterPasswordInSource = new(
        "SRM6102",
        "RDS master password in source code",
        Message(Duty.Credentials),
        nameof(Duty.Credentials),
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "MasterUserPassword of an RDS create or modify request is a literal or a constant: the password lives in the repository, its history and every build. ManageMasterUserPassword = true lets RDS generate it and keep it in Secrets Manager.",
        helpLinkUri: HelpLinkBase + "SRM6102.md",
        customTags: Covers(Rds));

    public static readonly DiagnosticDescriptor SRM7001_HardCodedImage = new(
        "SRM7001",
        "EC2 instance launched from a hard-coded AMI id",
        Message(Duty.Platform),
        nameof(Duty.Platform),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "RunInstancesRequest.ImageId, or the ImageId of a launch template's data (CreateLaunchTemplate, CreateLaunchTemplateVersion), is an \"ami-…\" literal or constant: every instance starts from the image as it was when the id was written, and keeps missing every OS patch published since. An image resolved at launch (\"resolve:ssm:/aws/service/…\"), a value read at run time, and ids listed in srm.approved_images are not reported.",
        helpLinkUri: HelpLinkBase + "SRM7001.md",
        customTags: Covers(Ec2));

    public static readonly DiagnosticDescriptor SRM7002_RdsMinorVersionUpgradeOff = new(
        "SRM7002",
        "RDS automatic minor version upgrades turned off",
        Message(Duty.Platform),
        nameof(Duty.Platform),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "AutoMinorVersionUpgrade = false on CreateDBInstanceRequest, CreateDBClusterRequest, ModifyDBInstanceRequest or ModifyDBClusterRequest (RDS Custom, which requires it, aside): RDS stops applying the engine's minor versions, which carry its security fixes, in the maintenance window.",
        helpLinkUri: HelpLinkBase + "SRM7002.md",
        customTags: Covers(Rds));

    public static readonly DiagnosticDescriptor SRM7003_ManagedPlatformUpdatesOff = new(
        "SRM7003",
        "Elastic Beanstalk managed platform updates turned off",
        Message(Duty.Platform),
        nameof(Duty.Platform),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A ConfigurationOptionSetting of namespace aws:elasticbeanstalk:managedactions sets ManagedActionsEnabled to \"false\" (in CreateEnvironment, UpdateEnvironment or a configuration template): the environment's instances stay on the platform version they started with, without the operating system and runtime patches Elastic Beanstalk publishes.",
        helpLinkUri: HelpLinkBase + "SRM7003.md",
        customTags: Covers(ElasticBeanstalk));

    public static readonly DiagnosticDescriptor SRM7004_DeprecatedLambdaRuntime = new(
        "SRM7004",
        "Lambda function on a deprecated runtime",
        Message(Duty.Platform),
        nameof(Duty.Platform),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "CreateFunctionRequest or UpdateFunctionConfigurationRequest names a runtime that AWS has deprecated (Runtime.Dotnet6, Runtime.Nodejs16X, \"python3.8\", \"go1.x\" …, from the table of deprecation dates AWS publishes): Lambda no longer applies security patches to it, and soon refuses to create or update functions that use it.",
        helpLinkUri: HelpLinkBase + "SRM7004.md",
        customTags: Covers(Lambda));

    /// <summary>The rules that stay silent until a policy option is set (their descriptions and docs/configuration.md say so).</summary>
    private static readonly ImmutableDictionary<string, ImmutableArray<string>> SilentUntilSet = new System.Collections.Generic.Dictionary<string, ImmutableArray<string>>
    {
        ["SRM1001"] = ImmutableArray.Create(Core.SrmOptions.AllowedRegions.Key),
        ["SRM1003"] = ImmutableArray.Create(Core.SrmOptions.AllowedRegions.Key),
        ["SRM2004"] = ImmutableArray.Create(Core.SrmOptions.RequiredS3Sse.Key, Core.SrmOptions.RequiredDynamoDbKey.Key),
    }.ToImmutableDictionary();

    internal static ImmutableArray<string> SilentUntilSetOf(string id) =>
        SilentUntilSet.TryGetValue(id, out var options) ? options : ImmutableArray<string>.Empty;

    /// <summary>Every rule, found from the descriptor fields above: its duty is the category, its services the tags.</summary>
    public static ImmutableArray<Rule> All => Catalog.All;

    // Descriptors are fields with constant ids and categories so that release tracking (RS2000-RS2008) reads them.
    // A nested holder so the list is built after every descriptor field above is set, wherever a new one is added.
    private static class Catalog
    {
        public static readonly ImmutableArray<Rule> All = typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => new Rule((DiagnosticDescriptor)field.GetValue(null)!))
            .OrderBy(rule => rule.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>The services a rule covers, carried as the descriptor's custom tags (they also reach SARIF).</summary>
    private static string[] Covers(params AwsService[] services) => services.Select(service => service.Name).ToArray();

    /// <summary>"{0}: &lt;duty&gt; is the customer's duty; {1}", where {0} says which service and category, {1} what was found.</summary>
    private static string Message(Duty duty) => "{0}: " + Phrase(duty) + " is the customer's duty; {1}";
}
