using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// What looks like a secret in text the compiler knows (user data scripts, parameter values) and in names (parameter
/// names). Messages name the kind of secret, never the secret itself.
/// </summary>
internal static class Secrets
{
    /// <summary>An AWS access key id: AKIA (long-term) or ASIA (temporary) and 16 upper-case letters or digits, standing alone.</summary>
    private static readonly Regex AccessKeyId = new(@"(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])", RegexOptions.CultureInvariant);

    /// <summary>
    /// <c>password=…</c> or <c>aws_secret_access_key=…</c> (any case, optionally quoted) with a value written out: not a
    /// reference to a variable or placeholder (<c>$PASS</c>, <c>%PASS%</c>, <c>{{pass}}</c>, <c>&lt;pass&gt;</c>) and not empty.
    /// </summary>
    private static readonly Regex Assignment = new(
        @"(?<name>password|aws_secret_access_key)[""']?\s*=\s*[""']?(?![\s""'$%{<;&]|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Words that make a name a secret's name, as lower-case word sequences.</summary>
    private static readonly string[][] SecretWords =
    {
        new[] { "password" }, new[] { "passwd" }, new[] { "pwd" }, new[] { "secret" }, new[] { "secrets" }, new[] { "token" },
        new[] { "apikey" }, new[] { "api", "key" }, new[] { "privatekey" }, new[] { "private", "key" },
        new[] { "connectionstring" }, new[] { "connection", "string" }, new[] { "connstr" }, new[] { "credential" },
        new[] { "credentials" }, new[] { "secret", "access", "key" }, new[] { "secretkey" },
    };

    /// <summary>Last words that make a name describe a secret rather than hold it (token-url, password-length, secret-arn).</summary>
    private static readonly HashSet<string> Descriptive = new(StringComparer.Ordinal)
    {
        "url", "uri", "endpoint", "arn", "name", "id", "ids", "length", "ttl", "lifetime", "expiry", "expiration", "timeout",
        "policy", "rotation", "version", "type", "path", "header", "format", "enabled", "hint", "issuer", "audience",
    };

    /// <summary>What kind of secret <paramref name="text"/> holds ("an AWS access key id (AKIA…)"), or null when none.</summary>
    public static string? InText(string text)
    {
        if (AccessKeyId.Match(text) is { Success: true } key)
        {
            return $"an AWS access key id ({key.Value.Substring(0, 4)}…)";
        }

        return Assignment.Match(text) is { Success: true } assignment
            ? $"a written-out {assignment.Groups["name"].Value.ToLowerInvariant()}= value"
            : null;
    }

    /// <summary>
    /// The secret word a parameter name carries in its last path segment (/app/db/password → "password",
    /// /app/StripeApiKey → "api key"), or null; names that describe a secret (…/token-url, …/password-length) are not secrets.
    /// </summary>
    public static string? InName(string name)
    {
        var segment = name.Substring(name.LastIndexOf('/') + 1);
        var words = Words(segment);
        if (words.Count == 0 || Descriptive.Contains(words[words.Count - 1]))
        {
            return null;
        }

        foreach (var secret in SecretWords)
        {
            for (var i = 0; i + secret.Length <= words.Count; i++)
            {
                var match = true;
                for (var j = 0; j < secret.Length && match; j++)
                {
                    match = words[i + j] == secret[j];
                }

                if (match)
                {
                    return string.Join(" ", secret);
                }
            }
        }

        return null;
    }

    /// <summary>"DbPassword-main_v2" → db, password, main, v2: split at separators and at lower-to-upper case changes.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && current.Length > 0 && (char.IsLower(text[i - 1]) || (i + 1 < text.Length && char.IsLower(text[i + 1]) && char.IsUpper(text[i - 1]))))
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
