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
        description: "A presigned URL is a bearer credential. Its expiry is longer than srm.presigned_url_max_expiry (7 days by default; past 7 days SigV4 cannot sign it and AWS SDK v4 silently falls back to SigV2).",
        helpLinkUri: HelpLinkBase + "SRM3003.md",
        customTags: Covers(S3));

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
