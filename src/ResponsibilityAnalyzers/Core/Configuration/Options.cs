using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResponsibilityAnalyzers.Core;

/// <summary>An option under <c>srm.&lt;name&gt;</c> in .editorconfig or .globalconfig (listed in docs/configuration.md).</summary>
internal interface ISrmOption
{
    string Key { get; }

    /// <summary>What a valid value looks like, for the SRM0000 message.</summary>
    string AcceptedForm { get; }

    bool IsValid(string raw);
}

internal sealed class SrmOption<T> : ISrmOption
{
    private readonly Func<string, (bool Ok, T Value)> _parse;
    private readonly ConcurrentDictionary<string, (bool Ok, T Value)> _parsed = new(StringComparer.Ordinal);

    public SrmOption(string name, string acceptedForm, T defaultValue, Func<string, (bool Ok, T Value)> parse)
    {
        Key = "srm." + name;
        AcceptedForm = acceptedForm;
        Default = defaultValue;
        _parse = parse;
    }

    public string Key { get; }

    public string AcceptedForm { get; }

    public T Default { get; }

    public bool IsValid(string raw) => Parse(raw).Ok;

    /// <summary>The value in force for <paramref name="tree"/>; the default when unset or invalid (SRM0000 reports the latter).</summary>
    public T Get(AnalyzerOptions options, SyntaxTree tree) => Get(options.AnalyzerConfigOptionsProvider.GetOptions(tree));

    /// <summary>The value in <paramref name="options"/> (for a project-wide switch: the global options, that is .globalconfig).</summary>
    public T Get(AnalyzerConfigOptions options) =>
        options.TryGetValue(Key, out var raw) && Parse(raw) is (true, var value) ? value : Default;

    /// <summary>The value in force for an additional file (appsettings.json); the default when unset or invalid.</summary>
    public T Get(AnalyzerOptions options, AdditionalText file) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(Key, out var raw) && Parse(raw) is (true, var value) ? value : Default;

    /// <summary>True when the option is written in .globalconfig or in the .editorconfig options of any file of <paramref name="compilation"/>.</summary>
    public bool IsSetAnywhere(AnalyzerOptions options, Compilation compilation)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (provider.GlobalOptions.TryGetValue(Key, out _))
        {
            return true;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (provider.GetOptions(tree).TryGetValue(Key, out _))
            {
                return true;
            }
        }

        return false;
    }

    private (bool Ok, T Value) Parse(string raw) => _parsed.GetOrAdd(raw.Trim(), _parse);
}

/// <summary>Every option the package reads, in one place.</summary>
internal static class SrmOptions
{
    /// <summary>Buckets that may be public on purpose (static web assets): SRM5001–SRM5005 stay silent for them.</summary>
    public static readonly SrmOption<NamePatterns> PublicBuckets = new(
        "public_buckets",
        "a comma-separated list of bucket names, where * matches any run of characters (public-assets-*, www.example.com)",
        NamePatterns.None,
        NamePatterns.Parse);

    /// <summary>Hosts that are not AWS (LocalStack, MinIO, an in-house S3-compatible store): plain HTTP to them is not reported.</summary>
    public static readonly SrmOption<NamePatterns> NonAwsEndpoints = new(
        "non_aws_endpoints",
        "a comma-separated list of host names, where * matches any run of characters (localstack, minio.internal, *.test)",
        NamePatterns.None,
        NamePatterns.Parse);

    /// <summary>The longest a presigned URL may live.</summary>
    public static readonly SrmOption<TimeSpan> PresignedUrlMaxExpiry = new(
        "presigned_url_max_expiry",
        "a duration d.hh:mm:ss greater than zero and at most 7.00:00:00 (the longest SigV4 can sign)",
        TimeSpan.FromDays(7),
        raw => TimeSpan.TryParse(raw, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero && value <= TimeSpan.FromDays(7)
            ? (true, value)
            : (false, default));

    /// <summary>The account turns EBS encryption by default on in every Region it uses: SRM2101 stays silent.</summary>
    public static readonly SrmOption<bool> EbsEncryptionByDefault = new(
        "ebs_encryption_by_default",
        "true or false",
        false,
        raw => bool.TryParse(raw, out var value) ? (true, value) : (false, false));

    /// <summary>A C# expression for the KMS key the SRM2101 fix gives new EBS volumes (KeyIds.Ebs, "alias/ebs"); null: the AWS managed key.</summary>
    public static readonly SrmOption<string?> EbsKmsKeyId = new(
        "ebs_kms_key_id",
        "a C# expression that evaluates to a KMS key id, ARN or alias (KeyIds.Ebs, \"alias/ebs\")",
        null,
        raw => raw.Length > 0 && !SyntaxFactory.ParseExpression(raw).GetDiagnostics().Any() ? (true, raw) : (false, null));

    /// <summary>The fewest days of automated RDS backups: SRM4101 reports shorter retention.</summary>
    public static readonly SrmOption<int> RdsMinBackupRetentionDays = new(
        "rds_min_backup_retention_days",
        "a whole number of days from 1 to 35 (the longest RDS keeps automated backups)",
        7,
        raw => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 35 ? (true, days) : (false, 0));

    /// <summary>Ports that are meant to face the internet (web traffic): SRM5103 is silent for ingress to these ports only.</summary>
    public static readonly SrmOption<ImmutableArray<(int From, int To)>> PublicPorts = new(
        "public_ports",
        "a comma-separated list of ports or port ranges from 0 to 65535 (80, 443, 8443-8444), or none",
        ImmutableArray.Create((80, 80), (443, 443)),
        ParsePorts);

    /// <summary>The Regions data may be placed in (data residency): SRM1001 reports any other, SRM1003 clients with none. Unset: both are silent.</summary>
    public static readonly SrmOption<AllowedRegions> AllowedRegions = new(
        "allowed_regions",
        "a comma-separated list of AWS Region names (eu-central-1, eu-west-1)",
        Core.AllowedRegions.NotConfigured,
        Core.AllowedRegions.Parse);

    /// <summary>Rules no one may waive in code: SRM0002 reports every suppression of them (and of SRM0002 itself).</summary>
    public static readonly SrmOption<ImmutableHashSet<string>> NonSuppressibleRules = new(
        "non_suppressible_rules",
        "a comma-separated list of this package's rule ids, written as in the catalog (SRM5003, SRM5004)",
        ImmutableHashSet<string>.Empty,
        raw =>
        {
            var ids = raw.Split(',').Select(id => id.Trim()).ToArray();
            return ids.All(id => Descriptors.All.Any(rule => rule.Id == id))
                ? (true, ids.ToImmutableHashSet(StringComparer.Ordinal))
                : (false, ImmutableHashSet<string>.Empty);
        });

    /// <summary>Test projects (IsTestProject = true) are not analyzed unless this is true; read from .globalconfig only.</summary>
    public static readonly SrmOption<bool> AnalyzeTestProjects = new(
        "analyze_test_projects",
        "true or false",
        false,
        raw => bool.TryParse(raw, out var value) ? (true, value) : (false, false));

    /// <summary>The server-side encryption every S3 write must ask for (SRM2003, SRM2004); unset means none is required.</summary>
    public static readonly SrmOption<S3Sse> RequiredS3Sse = new(
        "required_s3_sse",
        "one of sse-s3, sse-kms, dsse-kms",
        S3Sse.NotRequired,
        raw => raw.ToLowerInvariant() switch
        {
            "sse-s3" => (true, S3Sse.SseS3),
            "sse-kms" => (true, S3Sse.SseKms),
            "dsse-kms" => (true, S3Sse.DsseKms),
            _ => (false, S3Sse.NotRequired),
        });

    /// <summary>The C# expression for the KMS key id that code fixes write (<c>"alias/documents"</c>, <c>Settings.KmsKeyId</c>).</summary>
    public static readonly SrmOption<string?> KmsKeyId = new(
        "kms_key_id",
        "a C# expression for the KMS key id, such as \"alias/documents\" (with the quotes) or Settings.DocumentsKeyId",
        null,
        raw => IsExpression(raw) ? (true, raw) : (false, null));

    /// <summary>The KMS key DynamoDB tables must be encrypted with at rest (SRM2004); unset means the AWS owned key is enough.</summary>
    public static readonly SrmOption<DynamoDbKey> RequiredDynamoDbKey = new(
        "required_dynamodb_key",
        "one of aws-owned, aws-managed, customer-managed",
        DynamoDbKey.AwsOwned,
        raw => raw.ToLowerInvariant() switch
        {
            "aws-owned" => (true, DynamoDbKey.AwsOwned),
            "aws-managed" => (true, DynamoDbKey.AwsManaged),
            "customer-managed" => (true, DynamoDbKey.CustomerManaged),
            _ => (false, DynamoDbKey.AwsOwned),
        });

    /// <summary>Methods the user vouches for as encryption steps (SRM2001): their results count as ciphertext.</summary>
    public static readonly SrmOption<MethodNames> Encryptors = new(
        "encryptors",
        "a comma-separated list of fully qualified method names (MyApp.Crypto.Envelope.Seal)",
        MethodNames.None,
        MethodNames.Parse);

    /// <summary>Buckets and tables whose data is public on purpose: SRM2001 does not ask for client-side encryption there.</summary>
    public static readonly SrmOption<NamePatterns> ClientSideEncryptionExempt = new(
        "client_side_encryption_exempt",
        "a comma-separated list of bucket or table names, where * matches any run of characters (public-assets-*, www.example.com)",
        NamePatterns.None,
        NamePatterns.Parse);

    /// <summary>Whether clients that come from outside (constructor parameters, factories) are taken to be encryption clients (SRM2001).</summary>
    public static readonly SrmOption<bool> TrustInjectedClients = new(
        "trust_injected_clients",
        "true or false",
        false,
        raw => bool.TryParse(raw, out var value) ? (true, value) : (false, false));

    /// <summary>Member, attribute and document-key names that show data is sensitive (SRM2001); matched as word parts of identifiers.</summary>
    public static readonly SrmOption<SensitiveNames> SensitiveNames = new(
        "sensitive_names",
        "a comma-separated list of names, each one word or words joined by _ (email, date_of_birth); !name excludes a compound (!ip_address); default stands for the built-in list",
        Core.SensitiveNames.Default,
        Core.SensitiveNames.Parse);

    /// <summary>Buckets whose data is sensitive whatever the code writes (SRM2001).</summary>
    public static readonly SrmOption<NamePatterns> SensitiveBuckets = new(
        "sensitive_buckets",
        "a comma-separated list of bucket names, where * matches any run of characters (medical-records, *-pii)",
        NamePatterns.None,
        NamePatterns.Parse);

    /// <summary>DynamoDB tables whose data is sensitive whatever the code writes (SRM2001).</summary>
    public static readonly SrmOption<NamePatterns> SensitiveTables = new(
        "sensitive_tables",
        "a comma-separated list of table names, where * matches any run of characters (customers, patients-*)",
        NamePatterns.None,
        NamePatterns.Parse);

    /// <summary>Backups of tables and buckets are set up outside this code (infrastructure as code, AWS Backup): SRM4001 and SRM4004 stay silent.</summary>
    public static readonly SrmOption<bool> BackupsManagedElsewhere = new(
        "backups_managed_elsewhere",
        "true or false",
        false,
        raw => string.Equals(raw, "true", StringComparison.OrdinalIgnoreCase) ? (true, true)
            : string.Equals(raw, "false", StringComparison.OrdinalIgnoreCase) ? (true, false)
            : (false, false));

    /// <summary>AMI ids a team bakes and patches itself (golden images): SRM7001 does not report them.</summary>
    public static readonly SrmOption<NamePatterns> ApprovedImages = new(
        "approved_images",
        "a comma-separated list of AMI ids, where * matches any run of characters (ami-0abc1234def567890, ami-0123*)",
        NamePatterns.None,
        NamePatterns.Parse);

    public static ImmutableArray<ISrmOption> All { get; } = ImmutableArray.Create<ISrmOption>(
        PublicBuckets, NonAwsEndpoints, PresignedUrlMaxExpiry, EbsEncryptionByDefault, EbsKmsKeyId, RdsMinBackupRetentionDays, AllowedRegions,
        NonSuppressibleRules, AnalyzeTestProjects,
        RequiredS3Sse, KmsKeyId, RequiredDynamoDbKey, Encryptors, ClientSideEncryptionExempt, TrustInjectedClients,
        BackupsManagedElsewhere,
        SensitiveNames, SensitiveBuckets, SensitiveTables, PublicPorts,
        ApprovedImages);

    /// <summary>
    /// True for a test project that did not opt in: the package's build props make IsTestProject visible to the
    /// compiler (build_property.IsTestProject), and srm.analyze_test_projects = true in a .globalconfig opts back in.
    /// </summary>
    public static bool IsSkippedTestProject(AnalyzerOptions options)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        return global.TryGetValue("build_property.IsTestProject", out var isTestProject)
            && string.Equals(isTestProject.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            && !AnalyzeTestProjects.Get(global);
    }

    private static (bool Ok, ImmutableArray<(int From, int To)> Value) ParsePorts(string raw)
    {
        if (string.Equals(raw, "none", StringComparison.OrdinalIgnoreCase))
        {
            return (true, ImmutableArray<(int, int)>.Empty);
        }

        var ports = ImmutableArray.CreateBuilder<(int, int)>();
        foreach (var item in raw.Split(','))
        {
            var bounds = item.Split('-');
            if (bounds.Length > 2
                || !int.TryParse(bounds[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(bounds[bounds.Length - 1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                || from > to || to > 65535)
            {
                return (false, ImmutableArray<(int, int)>.Empty);
            }

            ports.Add((from, to));
        }

        return (true, ports.ToImmutable());
    }

    /// <summary>True when <paramref name="raw"/> is exactly one C# expression, with no syntax error.</summary>
    private static bool IsExpression(string raw)
    {
        if (raw.Length == 0)
        {
            return false;
        }

        var expression = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseExpression(raw);
        return expression.FullSpan.Length == raw.Length && !expression.GetDiagnostics().Any();
    }
}

/// <summary>A list of names with <c>*</c> wildcards, matched case-insensitively.</summary>
internal sealed class NamePatterns
{
    public static readonly NamePatterns None = new(ImmutableArray<Regex>.Empty);

    private static readonly Regex ValidPattern = new(@"^[A-Za-z0-9.\-_*:]+$", RegexOptions.CultureInvariant);

    private readonly ImmutableArray<Regex> _patterns;

    private NamePatterns(ImmutableArray<Regex> patterns) => _patterns = patterns;

    public bool Matches(string? name) => name is not null && _patterns.Any(pattern => pattern.IsMatch(name));

    public static (bool Ok, NamePatterns Value) Parse(string raw)
    {
        var entries = raw.Split(',').Select(entry => entry.Trim()).ToArray();
        if (entries.Length == 0 || entries.Any(entry => !ValidPattern.IsMatch(entry)))
        {
            return (false, None);
        }

        return (true, new NamePatterns(entries
            .Select(entry => new Regex("^" + Regex.Escape(entry).Replace(@"\*", ".*") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .ToImmutableArray()));
    }
}

/// <summary>The server-side encryption an S3 write asks for, weakest first.</summary>
internal enum S3Sse
{
    NotRequired,
    SseS3,
    SseKms,
    DsseKms,
}

/// <summary>The KMS key behind DynamoDB encryption at rest, weakest first.</summary>
internal enum DynamoDbKey
{
    AwsOwned,
    AwsManaged,
    CustomerManaged,
}

/// <summary>Fully qualified method names (<c>Namespace.Type.Method</c>), matched exactly.</summary>
internal sealed class MethodNames
{
    public static readonly MethodNames None = new(ImmutableHashSet<string>.Empty);

    private static readonly Regex ValidName = new(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$", RegexOptions.CultureInvariant);

    private readonly ImmutableHashSet<string> _names;

    private MethodNames(ImmutableHashSet<string> names) => _names = names;

    public bool IsEmpty => _names.IsEmpty;

    /// <summary>True when <paramref name="method"/> (or the method it was reduced or constructed from) is listed.</summary>
    public bool Contains(IMethodSymbol method)
    {
        if (_names.IsEmpty)
        {
            return false;
        }

        var original = (method.ReducedFrom ?? method).OriginalDefinition;
        return original.ContainingType is { } type
            && _names.Contains(type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None)) + "." + original.Name);
    }

    public static (bool Ok, MethodNames Value) Parse(string raw)
    {
        var entries = raw.Split(',').Select(entry => entry.Trim()).ToArray();
        return entries.Length == 0 || entries.Any(entry => !ValidName.IsMatch(entry))
            ? (false, None)
            : (true, new MethodNames(entries.ToImmutableHashSet(StringComparer.Ordinal)));
    }
}
