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
    }

    public DiagnosticDescriptor Descriptor { get; }

    public Duty Duty { get; }

    public ImmutableArray<AwsService> Services { get; }

    public string Id => Descriptor.Id;
}

internal static class DiagnosticDescriptorExtensions
{
    /// <summary>"S3 is an abstracted service: controlling who can reach its data is the customer's duty; &lt;finding&gt;".</summary>
    public static Diagnostic Create(this DiagnosticDescriptor descriptor, Location location, AwsService service, string finding, ImmutableDictionary<string, string?>? properties = null, params Location[] additionalLocations) =>
        Diagnostic.Create(descriptor, location, additionalLocations, properties, Subject(service), finding);
}

/// <summary>
/// The one catalog of rules. Ids are SRM + the duty's range (0 governance, 1 region, 2 encryption at rest,
/// 3 in transit, 4 backups, 5 access control and firewall, 6 credentials) + a number.
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

    public static readonly DiagnosticDescriptor SRM2001_NoClientSideEncryption = new(
        "SRM2001",
        "Data written to an abstracted service without client-side encryption",
        Message(Duty.ClientSideEncryption),
        nameof(Duty.ClientSideEncryption),
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An S3 upload (PutObject, UploadPart, TransferUtility) or a DynamoDB write (PutItem, UpdateItem, BatchWriteItem, TransactWriteItems, Table, DynamoDBContext) sends data that the method does not encrypt, through a client that is not a client-side encryption client. AWS encrypts it on the server, but protecting the data itself is the customer's part of the shared responsibility model.",
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
