using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace ResponsibilityAnalyzers.Core;

/// <summary>The value of srm.allowed_regions: the Region system names data may be placed in.</summary>
internal sealed class AllowedRegions
{
    public static readonly AllowedRegions NotConfigured = new(ImmutableArray<string>.Empty);

    private AllowedRegions(ImmutableArray<string> names) => Names = names;

    /// <summary>The allowed Regions in the order the option lists them (the order of the fix's code actions).</summary>
    public ImmutableArray<string> Names { get; }

    public bool IsConfigured => !Names.IsEmpty;

    public bool Allows(string systemName) => Names.Contains(systemName, StringComparer.OrdinalIgnoreCase);

    /// <summary>"eu-central-1, eu-west-1", as messages quote the list.</summary>
    public override string ToString() => string.Join(", ", Names);

    public static (bool Ok, AllowedRegions Value) Parse(string raw)
    {
        var entries = raw.Split(',').Select(entry => entry.Trim()).ToArray();
        if (entries.Any(entry => !RegionNames.IsRegionName(entry)))
        {
            return (false, NotConfigured);
        }

        return (true, new AllowedRegions(entries.Distinct(StringComparer.Ordinal).ToImmutableArray()));
    }
}

/// <summary>AWS Region system names (eu-central-1, us-gov-west-1, us-isob-east-1, eusc-de-east-1): their shape, and where code writes them.</summary>
internal static class RegionNames
{
    private static readonly Regex Shape = new(@"^[a-z]{2,4}(-(gov|iso[a-z]?|[a-z]{2}))?-[a-z]+-[0-9]{1,2}$", RegexOptions.CultureInvariant);

    public static bool IsRegionName(string? name) => name is not null && Shape.IsMatch(name);

    /// <summary>
    /// The Region a SDK field name stands for, by the SDK's naming of RegionEndpoint and S3Region fields:
    /// EUCentral1 → eu-central-1, APSoutheast1 → ap-southeast-1, CNNorthWest1 → cn-northwest-1,
    /// USGovCloudWest1 → us-gov-west-1, USIsobEast1 → us-isob-east-1, EUSCDeEast1 → eusc-de-east-1. Null when the
    /// name does not follow that pattern.
    /// </summary>
    public static string? FromFieldName(string name)
    {
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        // The last capital of the leading run starts the first word: "EUC|entral" → "EU" + "Central".
        var prefixLength = upper < name.Length && char.IsLower(name[upper]) ? upper - 1 : upper;
        if (prefixLength < 2)
        {
            return null;
        }

        var words = new List<string>();
        var index = prefixLength;
        while (index < name.Length && char.IsUpper(name[index]))
        {
            var start = index++;
            while (index < name.Length && char.IsLower(name[index]))
            {
                index++;
            }

            words.Add(name.Substring(start, index - start).ToLowerInvariant());
        }

        var number = name.Substring(index);
        if (words.Count == 0 || number.Length == 0 || !number.All(char.IsDigit))
        {
            return null;
        }

        var parts = new List<string> { name.Substring(0, prefixLength).ToLowerInvariant() };
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "cloud" && i > 0 && words[i - 1] == "gov")
            {
                continue;
            }

            // North + West is one Region word: cn-northwest-1.
            if (words[i] is "north" or "south" && i + 1 < words.Count && words[i + 1] is "east" or "west")
            {
                parts.Add(words[i] + words[++i]);
                continue;
            }

            parts.Add(words[i]);
        }

        parts.Add(number);
        var systemName = string.Join("-", parts);
        return IsRegionName(systemName) ? systemName : null;
    }

    /// <summary>
    /// The Region named in the host of an AWS endpoint URL (https://s3.eu-west-1.amazonaws.com,
    /// https://bucket.s3-us-west-2.amazonaws.com, https://sqs.eu-central-1.api.aws), with where it starts in
    /// <paramref name="url"/>; null for other hosts and hosts without a Region.
    /// </summary>
    public static (string Region, int Index)? InServiceUrl(string? url)
    {
        if (Endpoints.Host(url) is not { } host || !Endpoints.IsAwsDomain(host))
        {
            return null;
        }

        var hostStart = url!.IndexOf(host, StringComparison.OrdinalIgnoreCase);
        var labelStart = 0;
        foreach (var label in host.Split('.'))
        {
            // A label is a Region, or ends with one after a dash (the legacy s3-us-west-2 form).
            for (var start = 0; start >= 0 && start < label.Length; start = label.IndexOf('-', start) is var dash and >= 0 ? dash + 1 : -1)
            {
                var candidate = label.Substring(start);
                if (IsRegionName(candidate))
                {
                    return (candidate, hostStart + labelStart + start);
                }
            }

            labelStart += label.Length + 1;
        }

        return null;
    }
}

/// <summary>
/// The public static fields of an SDK Region type (RegionEndpoint, S3Region) by the Region they stand for, read
/// from the type's symbol once per compilation. Fields whose names do not follow the SDK's pattern are left out.
/// </summary>
internal sealed class RegionFields
{
    private readonly Lazy<(Dictionary<string, string> FieldBySystemName, Dictionary<string, string> SystemNameByField)> _maps;

    /// <summary>The maps are built on first use: a compilation that names no Region pays nothing at its start.</summary>
    public RegionFields(INamedTypeSymbol? type)
    {
        Type = type;
        _maps = new Lazy<(Dictionary<string, string>, Dictionary<string, string>)>(() => Build(type));
    }

    private static (Dictionary<string, string>, Dictionary<string, string>) Build(INamedTypeSymbol? type)
    {
        var fieldBySystemName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var systemNameByField = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in type?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
        {
            if (member is IFieldSymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public } field
                && SymbolEqualityComparer.Default.Equals(field.Type, type)
                && RegionNames.FromFieldName(field.Name) is { } systemName)
            {
                systemNameByField[field.Name] = systemName;
                if (!fieldBySystemName.ContainsKey(systemName))
                {
                    fieldBySystemName[systemName] = field.Name;
                }
            }
        }

        return (fieldBySystemName, systemNameByField);
    }

    public INamedTypeSymbol? Type { get; }

    /// <summary>The field for a Region (eu-central-1 → "EUCentral1"), or null when the SDK has none.</summary>
    public string? FieldFor(string systemName) => _maps.Value.FieldBySystemName.TryGetValue(systemName, out var field) ? field : null;

    /// <summary>The Region a field of this type stands for (RegionEndpoint.EUCentral1 → eu-central-1).</summary>
    public string? SystemNameOf(IFieldSymbol field) =>
        SymbolEqualityComparer.Default.Equals(field.ContainingType, Type) && _maps.Value.SystemNameByField.TryGetValue(field.Name, out var name) ? name : null;

    /// <summary>The fully qualified C# expression for the field of a Region, for a fix: "global::Amazon.RegionEndpoint.EUCentral1".</summary>
    public string? Expression(string systemName) =>
        Type is not null && FieldFor(systemName) is { } field
            ? new StringBuilder(Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).Append('.').Append(field).ToString()
            : null;
}
