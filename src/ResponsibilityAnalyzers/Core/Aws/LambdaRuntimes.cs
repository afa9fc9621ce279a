using System;
using System.Collections.Immutable;
using System.Globalization;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The Lambda runtimes AWS deprecates, with the dates it publishes, as one table (SRM7004). Source: the AWS Lambda
/// Developer Guide, "Lambda runtimes" (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html), the
/// "Deprecation date" column of its supported and deprecated runtime tables. To update for a release: add or correct
/// rows, and move <see cref="AsOf"/> to the day the table was checked. A runtime counts as deprecated when its date is
/// on or before <see cref="AsOf"/>, so the findings of one package version never change with the calendar.
/// </summary>
internal static class LambdaRuntimes
{
    /// <summary>The day the table below was checked against AWS's page; also in docs/rules/SRM7004.md.</summary>
    public static readonly DateTime AsOf = new(2026, 12, 3);

    /// <summary>Identifier (the wire value), the Amazon.Lambda.Runtime member (null where the SDK has none), the deprecation date.</summary>
    private static readonly (string Identifier, string? Member, string Deprecated)[] Table =
    {
        // .NET (successor: dotnet10)
        ("dotnetcore1.0", "Dotnetcore10", "2019-07-27"),
        ("dotnetcore2.0", "Dotnetcore20", "2019-05-30"),
        ("dotnetcore2.1", "Dotnetcore21", "2022-01-05"),
        ("dotnetcore3.1", "Dotnetcore31", "2023-04-03"),
        ("dotnet5.0", null, "2022-05-10"),
        ("dotnet7", null, "2024-05-14"),
        ("dotnet6", "Dotnet6", "2024-12-20"),
        ("dotnet8", "Dotnet8", "2026-11-10"),

        // Node.js (successor: nodejs24.x)
        ("nodejs", "Nodejs", "2016-10-31"),
        ("nodejs4.3", "Nodejs43", "2020-03-05"),
        ("nodejs4.3-edge", "Nodejs43Edge", "2020-03-05"),
        ("nodejs6.10", "Nodejs610", "2019-08-12"),
        ("nodejs8.10", "Nodejs810", "2020-03-06"),
        ("nodejs10.x", "Nodejs10X", "2021-07-30"),
        ("nodejs12.x", "Nodejs12X", "2023-03-31"),
        ("nodejs14.x", "Nodejs14X", "2023-12-04"),
        ("nodejs16.x", "Nodejs16X", "2024-06-12"),
        ("nodejs18.x", "Nodejs18X", "2025-09-01"),
        ("nodejs20.x", "Nodejs20X", "2026-04-30"),
        ("nodejs22.x", "Nodejs22X", "2027-04-30"),

        // Python (successor: python3.14)
        ("python2.7", "Python27", "2021-07-15"),
        ("python3.6", "Python36", "2022-07-18"),
        ("python3.7", "Python37", "2023-12-04"),
        ("python3.8", "Python38", "2024-10-14"),
        ("python3.9", "Python39", "2025-12-15"),
        ("python3.10", "Python310", "2026-06-30"),
        ("python3.11", "Python311", "2026-06-30"),
        ("python3.12", "Python312", "2028-10-31"),
        ("python3.13", "Python313", "2029-06-30"),

        // Java (successor: java25)
        ("java8", "Java8", "2024-01-08"),
        ("java8.al2", "Java8Al2", "2026-06-30"),
        ("java11", "Java11", "2026-06-30"),
        ("java17", "Java17", "2026-06-30"),
        ("java21", "Java21", "2029-06-30"),

        // Ruby (successor: ruby3.4)
        ("ruby2.5", "Ruby25", "2021-07-30"),
        ("ruby2.7", "Ruby27", "2023-12-07"),
        ("ruby3.2", "Ruby32", "2026-03-31"),
        ("ruby3.3", "Ruby33", "2027-03-31"),

        // Go and custom runtimes on Amazon Linux 1 and 2 (successor: provided.al2023)
        ("go1.x", "Go1X", "2024-01-08"),
        ("provided", "Provided", "2024-01-08"),
        ("provided.al2", "ProvidedAl2", "2026-06-30"),
    };

    private static readonly ImmutableDictionary<string, (string Identifier, DateTime Deprecated)> ByName = Index();

    /// <summary>
    /// The runtime and its deprecation date when <paramref name="name"/> (an Amazon.Lambda.Runtime member such as
    /// "Dotnet6", or an identifier such as "python3.8") is deprecated as of <see cref="AsOf"/>; null otherwise.
    /// </summary>
    public static (string Identifier, DateTime Deprecated)? Deprecated(string name) =>
        ByName.TryGetValue(name, out var runtime) && runtime.Deprecated <= AsOf ? runtime : null;

    /// <summary>The newest runtime of the same language, to move to.</summary>
    public static string Successor(string identifier) =>
        identifier.StartsWith("dotnet", StringComparison.Ordinal) ? "dotnet10"
        : identifier.StartsWith("nodejs", StringComparison.Ordinal) ? "nodejs24.x"
        : identifier.StartsWith("python", StringComparison.Ordinal) ? "python3.14"
        : identifier.StartsWith("java", StringComparison.Ordinal) ? "java25"
        : identifier.StartsWith("ruby", StringComparison.Ordinal) ? "ruby3.4"
        : "provided.al2023";

    private static ImmutableDictionary<string, (string, DateTime)> Index()
    {
        var index = ImmutableDictionary.CreateBuilder<string, (string, DateTime)>(StringComparer.Ordinal);
        foreach (var (identifier, member, deprecated) in Table)
        {
            var entry = (identifier, DateTime.ParseExact(deprecated, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            index[identifier] = entry;
            if (member is not null)
            {
                index[member] = entry;
            }
        }

        return index.ToImmutable();
    }
}
