using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ResponsibilityAnalyzers.Model;

/// <summary>The three kinds of service in the AWS Shared Responsibility Model.</summary>
public enum ServiceCategory
{
    /// <summary>AWS runs the hardware; the customer runs and patches the OS and the platform, the firewall, and protects its data (EC2, EBS, VPC).</summary>
    Infrastructure,

    /// <summary>AWS runs and patches the OS and platform; the customer owns its data, its encryption, the firewall, backups, and whether the patches are applied (RDS, EMR, Elastic Beanstalk).</summary>
    Container,

    /// <summary>AWS runs everything below the API, including server-side encryption; the customer protects its data, client-side (S3, DynamoDB).</summary>
    Abstracted,
}

/// <summary>
/// A duty the model leaves with the customer. The number is the rule-id range (SRM<c>n</c>xxx); the name is the
/// Roslyn category, so <c>dotnet_analyzer_diagnostic.category-AccessControl.severity</c> configures a whole duty.
/// </summary>
public enum Duty
{
    Governance = 0,
    Region = 1,
    EncryptionAtRest = 2,
    ClientSideEncryption = 20,
    EncryptionInTransit = 3,
    Backups = 4,
    AccessControl = 5,
    NetworkFirewall = 50,
    Credentials = 6,

    /// <summary>
    /// Keeping the operating system and platform patched: the seed's "You control the operating system and application
    /// platform" for infrastructure services, and for the services where AWS ships the patches but the customer decides
    /// whether they are applied (RDS minor versions, Elastic Beanstalk platform updates) or which runtime runs (Lambda).
    /// </summary>
    Platform = 7,
}

/// <summary>An AWS service the package knows, by the namespace its SDK package uses.</summary>
public sealed class AwsService
{
    public AwsService(string name, ServiceCategory category, string sdkNamespace, Duty[]? alsoOwned = null, string[]? typeNameParts = null, string? cdkNamespace = null)
    {
        Name = name;
        Category = category;
        SdkNamespace = sdkNamespace;
        CdkNamespace = cdkNamespace;
        AlsoOwned = (alsoOwned ?? new Duty[0]).ToImmutableArray();
        TypeNameParts = (typeNameParts ?? new string[0]).ToImmutableArray();
    }

    public string Name { get; }

    public ServiceCategory Category { get; }

    public string SdkNamespace { get; }

    /// <summary>The namespace of the service's AWS CDK v2 constructs (Amazon.CDK.AWS.S3); null for none.</summary>
    public string? CdkNamespace { get; }

    /// <summary>Duties the customer keeps for this service beyond those of its category (the runtime a Lambda function runs on).</summary>
    public ImmutableArray<Duty> AlsoOwned { get; }

    /// <summary>
    /// For services that share an SDK namespace with another (EBS and VPC live in Amazon.EC2): the parts of a type name
    /// that make a type of that namespace this service's (CreateVolumeRequest is EBS, AuthorizeSecurityGroupIngressRequest
    /// is VPC). Empty: every type of the namespace that no other service claims.
    /// </summary>
    public ImmutableArray<string> TypeNameParts { get; }

    public override string ToString() => Name;
}

/// <summary>
/// The responsibility model as data: service → category → the customer's duties. Every rule names its duty and
/// services here, and every message is worded from this table.
/// </summary>
public static class ResponsibilityModel
{
    public static readonly AwsService S3 = new("S3", ServiceCategory.Abstracted, "Amazon.S3", cdkNamespace: "Amazon.CDK.AWS.S3");
    public static readonly AwsService DynamoDB = new("DynamoDB", ServiceCategory.Abstracted, "Amazon.DynamoDBv2", cdkNamespace: "Amazon.CDK.AWS.DynamoDB");
    public static readonly AwsService Sqs = new("SQS", ServiceCategory.Abstracted, "Amazon.SQS", cdkNamespace: "Amazon.CDK.AWS.SQS");
    public static readonly AwsService Kms = new("KMS", ServiceCategory.Abstracted, "Amazon.KeyManagementService", cdkNamespace: "Amazon.CDK.AWS.KMS");
    public static readonly AwsService Ssm = new("Systems Manager", ServiceCategory.Abstracted, "Amazon.SimpleSystemsManagement", cdkNamespace: "Amazon.CDK.AWS.SSM");
    public static readonly AwsService Ec2 = new("EC2", ServiceCategory.Infrastructure, "Amazon.EC2", cdkNamespace: "Amazon.CDK.AWS.EC2");
    public static readonly AwsService Ebs = new("EBS", ServiceCategory.Infrastructure, "Amazon.EC2", typeNameParts: new[] { "Volume", "Snapshot", "Ebs", "BlockDevice" }, cdkNamespace: "Amazon.CDK.AWS.EC2");
    public static readonly AwsService Vpc = new("VPC", ServiceCategory.Infrastructure, "Amazon.EC2", typeNameParts: new[] { "SecurityGroup", "Vpc", "Subnet", "NetworkAcl", "IpPermission", "IpRange", "Ipv6Range", "RouteTable", "InternetGateway", "NatGateway", "Peer" }, cdkNamespace: "Amazon.CDK.AWS.EC2");
    public static readonly AwsService Rds = new("RDS", ServiceCategory.Container, "Amazon.RDS", cdkNamespace: "Amazon.CDK.AWS.RDS");
    public static readonly AwsService Emr = new("EMR", ServiceCategory.Container, "Amazon.ElasticMapReduce", cdkNamespace: "Amazon.CDK.AWS.EMR");
    public static readonly AwsService ElasticBeanstalk = new("Elastic Beanstalk", ServiceCategory.Container, "Amazon.ElasticBeanstalk", cdkNamespace: "Amazon.CDK.AWS.ElasticBeanstalk");

    /// <summary>
    /// Serverless, counted as abstracted: AWS runs and patches the runtime, but the customer picks which runtime a
    /// function runs on, and a deprecated runtime gets no more patches, so the platform duty stays with the customer.
    /// </summary>
    public static readonly AwsService Lambda = new("Lambda", ServiceCategory.Abstracted, "Amazon.Lambda", alsoOwned: new[] { Duty.Platform }, cdkNamespace: "Amazon.CDK.AWS.Lambda");

    /// <summary>Stands for "whichever AWS service this client talks to" in rules about every client (transport, region, credentials).</summary>
    public static readonly AwsService AnyService = new("AWS", ServiceCategory.Abstracted, "Amazon");

    public static ImmutableArray<AwsService> Services { get; } = ImmutableArray.Create(S3, DynamoDB, Sqs, Kms, Ssm, Ec2, Ebs, Vpc, Rds, Emr, ElasticBeanstalk, Lambda);

    /// <summary>
    /// What the customer owns in each category. Region, access control, credentials and transport are everyone's. The
    /// platform is the customer's on infrastructure services (it runs the OS); on container services AWS ships the
    /// engine and platform patches, but whether they are applied is a setting the customer owns.
    /// </summary>
    public static ImmutableDictionary<ServiceCategory, ImmutableArray<Duty>> Duties { get; } = new Dictionary<ServiceCategory, ImmutableArray<Duty>>
    {
        [ServiceCategory.Infrastructure] = Common(Duty.EncryptionAtRest, Duty.Backups, Duty.NetworkFirewall, Duty.Platform),
        [ServiceCategory.Container] = Common(Duty.EncryptionAtRest, Duty.Backups, Duty.NetworkFirewall, Duty.Platform),
        [ServiceCategory.Abstracted] = Common(Duty.ClientSideEncryption, Duty.EncryptionAtRest, Duty.Backups),
    }.ToImmutableDictionary();

    /// <summary>How a message names the duty: "&lt;service&gt; is an abstracted service: &lt;phrase&gt; is the customer's duty; …".</summary>
    public static string Phrase(Duty duty) => duty switch
    {
        Duty.Governance => "recording why a responsibility check is waived",
        Duty.Region => "choosing the Region its data lives in",
        Duty.EncryptionAtRest => "encrypting its data at rest",
        Duty.ClientSideEncryption => "protecting its data through client-side encryption",
        Duty.EncryptionInTransit => "protecting its data in transit",
        Duty.Backups => "backing up its data",
        Duty.AccessControl => "controlling who can reach its data",
        Duty.NetworkFirewall => "firewalling the network in front of it",
        Duty.Credentials => "guarding the credentials that reach it",
        Duty.Platform => "running it on a patched operating system and platform",
        _ => duty.ToString(),
    };

    /// <summary>The rule-id range of a duty: SRM5xxx for access control and network firewall, and so on.</summary>
    public static int IdRange(Duty duty) => (int)duty >= 10 ? (int)duty / 10 : (int)duty;

    public static string Article(ServiceCategory category) => category == ServiceCategory.Infrastructure ? "an infrastructure" : category == ServiceCategory.Container ? "a container" : "an abstracted";

    /// <summary>How a message opens: "S3 is an abstracted service" (then ": &lt;duty&gt; is the customer's duty; &lt;finding&gt;").</summary>
    public static string Subject(AwsService service) => service == AnyService
        ? "For every AWS service"
        : $"{service.Name} is {Article(service.Category)} service";

    /// <summary>The service whose SDK namespace holds <paramref name="typeNamespace"/> (Amazon.S3.Model → S3); <see cref="AnyService"/> when none does.</summary>
    public static AwsService ServiceOf(string typeNamespace)
    {
        foreach (var service in Services)
        {
            if (typeNamespace == service.SdkNamespace || typeNamespace.StartsWith(service.SdkNamespace + ".", System.StringComparison.Ordinal))
            {
                return service;
            }
        }

        return AnyService;
    }

    /// <summary>
    /// The service a type of the AWS SDK belongs to, by its namespace and, where services share one (Amazon.EC2), its
    /// name: CreateVolumeRequest → EBS, CreateSecurityGroupRequest → VPC, RunInstancesRequest → EC2. Null for a type of
    /// no service in <see cref="Services"/>.
    /// </summary>
    public static AwsService? ServiceOfType(string typeNamespace, string typeName)
    {
        AwsService? ofNamespace = null;
        foreach (var service in Services)
        {
            if (!In(typeNamespace, service.SdkNamespace) && (service.CdkNamespace is not { } cdk || !In(typeNamespace, cdk)))
            {
                continue;
            }

            if (service.TypeNameParts.IsEmpty)
            {
                ofNamespace ??= service;
            }
            else if (service.TypeNameParts.Any(part => typeName.IndexOf(part, System.StringComparison.Ordinal) >= 0))
            {
                return service;
            }
        }

        return ofNamespace;
    }

    private static bool In(string typeNamespace, string serviceNamespace) =>
        typeNamespace == serviceNamespace || typeNamespace.StartsWith(serviceNamespace + ".", System.StringComparison.Ordinal);

    /// <summary>The duties of every category: what an AWS client is checked for whatever service it talks to (the row of <see cref="AnyService"/>).</summary>
    public static ImmutableArray<Duty> EveryCategoryDuties { get; } =
        Duties.Values.Aggregate((all, next) => all.Intersect(next).ToImmutableArray());

    /// <summary>
    /// Options by which a team says a duty is met outside the code (<see cref="Declaration.CoversDuty"/>), or exempts
    /// some resources from a duty's rules on purpose. The responsibility report shows them per service and duty.
    /// </summary>
    public static ImmutableArray<Declaration> Declarations { get; } = ImmutableArray.Create(
        new Declaration(Core.SrmOptions.BackupsManagedElsewhere.Key, Duty.Backups, coversDuty: true, "point-in-time recovery, versioning or AWS Backup plans are set up outside this code", S3, DynamoDB),
        new Declaration(Core.SrmOptions.EbsEncryptionByDefault.Key, Duty.EncryptionAtRest, coversDuty: true, "the account encrypts every new EBS volume (EBS encryption by default)", Ebs, Ec2),
        new Declaration(Core.SrmOptions.TrustInjectedClients.Key, Duty.ClientSideEncryption, coversDuty: true, "clients injected from outside the class are taken to be client-side encryption clients", S3, DynamoDB),
        new Declaration(Core.SrmOptions.ClientSideEncryptionExempt.Key, Duty.ClientSideEncryption, coversDuty: false, "these buckets and tables hold public data on purpose", S3, DynamoDB),
        new Declaration(Core.SrmOptions.PublicBuckets.Key, Duty.AccessControl, coversDuty: false, "these buckets are public on purpose", S3),
        new Declaration(Core.SrmOptions.PublicPorts.Key, Duty.NetworkFirewall, coversDuty: false, "these ports face the internet on purpose", Vpc, Ec2),
        new Declaration(Core.SrmOptions.ApprovedImages.Key, Duty.Platform, coversDuty: false, "these images are baked and patched by the team's own pipeline", Ec2));

    public static bool IsCustomerDuty(AwsService service, Duty duty) => duty == Duty.Governance || Duties[service.Category].Contains(duty) || service.AlsoOwned.Contains(duty);

    private static ImmutableArray<Duty> Common(params Duty[] specific) =>
        new[] { Duty.Region, Duty.AccessControl, Duty.Credentials, Duty.EncryptionInTransit }.Concat(specific).ToImmutableArray();
}

/// <summary>An option that declares a duty met elsewhere (<see cref="CoversDuty"/>), or exempts some resources from it.</summary>
public sealed class Declaration
{
    public Declaration(string optionKey, Duty duty, bool coversDuty, string meaning, params AwsService[] services)
    {
        OptionKey = optionKey;
        Duty = duty;
        CoversDuty = coversDuty;
        Meaning = meaning;
        Services = services.ToImmutableArray();
    }

    /// <summary>The option as written in .editorconfig or .globalconfig: <c>srm.backups_managed_elsewhere</c>.</summary>
    public string OptionKey { get; }

    public Duty Duty { get; }

    /// <summary>True for a switch (<c>= true</c>) that takes the whole duty out of the code; false for a list of exempt resources.</summary>
    public bool CoversDuty { get; }

    /// <summary>What setting it says, in words: "the account encrypts every new EBS volume".</summary>
    public string Meaning { get; }

    public ImmutableArray<AwsService> Services { get; }
}
