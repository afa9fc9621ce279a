using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
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
    public T Get(AnalyzerOptions options, SyntaxTree tree) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(Key, out var raw) && Parse(raw) is (true, var value) ? value : Default;

    private (bool Ok, T Value) Parse(string raw) => _parsed.GetOrAdd(raw.Trim(), _parse);
}

/// <summary>Every option the package reads, in one place.</summary>
internal static class SrmOptions
{
    /// <summary>Buckets that may be public on purpose (static web assets): SRM5001–SRM5003 stay silent for them.</summary>
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

    /// <summary>Backups of tables and buckets are set up outside this code (infrastructure as code, AWS Backup): SRM4001 and SRM4004 stay silent.</summary>
    public static readonly SrmOption<bool> BackupsManagedElsewhere = new(
        "backups_managed_elsewhere",
        "true or false",
        false,
        raw => string.Equals(raw, "true", StringComparison.OrdinalIgnoreCase) ? (true, true)
            : string.Equals(raw, "false", StringComparison.OrdinalIgnoreCase) ? (true, false)
            : (false, false));

    public static ImmutableArray<ISrmOption> All { get; } = ImmutableArray.Create<ISrmOption>(PublicBuckets, NonAwsEndpoints, PresignedUrlMaxExpiry, BackupsManagedElsewhere);
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
