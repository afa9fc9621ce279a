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

    /// <summary>
    /// PowerShell: a parameter given a quoted password or secret key (<c>-Password "…"</c>, <c>-SecretKey '…'</c>), or
    /// a quoted string turned into a SecureString as plain text (<c>ConvertTo-SecureString "…" -AsPlainText</c>).
    /// A quoted value that starts with a variable or subexpression (<c>"$env:PASS"</c>, <c>"$(…)"</c>) is not written out.
    /// </summary>
    private static readonly Regex PowerShellLiteral = new(
        @"-(?<name>\w*(?:password|secretkey))\s*:?\s*[""'](?![\s""'$%{<;&])|(?<name>ConvertTo-SecureString)\s+(?:-String\s+)?[""'](?![\s""'$%{<;&])[^\r\n]*-AsPlainText",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A PowerShell variable whose name ends at the match: <c>$DbPassword</c>, <c>$env:DB_PASSWORD</c>.</summary>
    private static readonly Regex PowerShellVariable = new(@"\$(?:env:)?\w*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Windows user data marks its PowerShell: <c>&lt;powershell&gt;…&lt;/powershell&gt;</c>, or <c>#ps1</c> / <c>#ps1_sysnative</c> (EC2Launch) on its first line.</summary>
    private static readonly Regex PowerShellMarker = new(@"<powershell>|^\s*#ps1", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

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

    /// <summary>
    /// Words that mark a value as standing for a key rather than being one: "YOUR_ACCESS_KEY", "&lt;SECRET-KEY&gt;",
    /// "dummy", "fake", "test", "changeme" …, and AWS's documented example keys (AKIAIOSFODNN7EXAMPLE,
    /// wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY), which every tutorial copies: they are examples, not secrets.
    /// </summary>
    private static readonly string[] PlaceholderWords =
    {
        "example", "sample", "your", "dummy", "fake", "test", "placeholder", "changeme", "replace", "insert", "mock",
        "xxxx", "****", "accesskey", "secretkey", "secret", "password",
    };

    /// <summary>Runs that no generated key holds by chance but hand-typed stand-ins do ("1234567890", "ABCDEFGH").</summary>
    private static readonly string[] Sequences = { "0123456789", "1234567890", "ABCDEFGHIJ", "abcdefghij" };

    /// <summary>
    /// True when a key value is a placeholder, not a key: empty, marked as a stand-in or an example, a single repeated
    /// character or a hand-typed run, or too uniform for a generated key (fewer than a quarter of its characters differ).
    /// </summary>
    public static bool IsPlaceholder(string value)
    {
        if (value.Trim().Length == 0)
        {
            return true;
        }

        foreach (var word in PlaceholderWords)
        {
            if (value.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        foreach (var run in Sequences)
        {
            if (value.IndexOf(run, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        // An access key id's fixed AKIA/ASIA start says nothing: count the characters after it.
        var body = IsAccessKeyIdShape(value) ? value.Substring(4) : value;
        var distinct = new HashSet<char>(body).Count;
        return distinct * 4 < body.Length || distinct <= 2;
    }

    /// <summary>An AWS access key id that is not a placeholder: AKIA (long-term) or ASIA (temporary) and 16 capitals or digits.</summary>
    public static bool IsAccessKeyId(string? value) => value is not null && IsAccessKeyIdShape(value) && !IsPlaceholder(value);

    /// <summary>The first access key id (not a placeholder) that <paramref name="text"/> holds, alone or inside other text; null when none.</summary>
    public static string? AccessKeyIdIn(string text)
    {
        for (var key = AccessKeyId.Match(text); key.Success; key = key.NextMatch())
        {
            if (!IsPlaceholder(key.Value))
            {
                return key.Value;
            }
        }

        return null;
    }

    /// <summary>An AWS secret access key that is not a placeholder: 40 characters of letters, digits, '/' and '+'.</summary>
    public static bool IsSecretAccessKey(string? value)
    {
        if (value is not { Length: 40 })
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '/' or '+'))
            {
                return false;
            }
        }

        return !IsPlaceholder(value);
    }

    /// <summary>True when a script is PowerShell: Windows user data with a <c>&lt;powershell&gt;</c> block or a <c>#ps1</c> first line.</summary>
    public static bool IsPowerShell(string script) => PowerShellMarker.IsMatch(script);

    /// <summary>
    /// What kind of secret <paramref name="text"/> holds ("an AWS access key id (AKIA…)"), or null when none. Read as
    /// <paramref name="powerShell"/> says: there a variable is given a value by a command unless the value is quoted
    /// (<c>$env:DB_PASSWORD = (Get-SECSecretValue -SecretId db).SecretString</c> fetches it; <c>$password = "…"</c>
    /// writes it out), as the shell's <c>PASSWORD=$(aws secretsmanager get-secret-value …)</c> fetches it.
    /// </summary>
    public static string? InText(string text, bool powerShell = false)
    {
        if (AccessKeyIdIn(text) is { } key)
        {
            return $"an AWS access key id ({key.Substring(0, 4)}…)";
        }

        for (var assignment = Assignment.Match(text); assignment.Success; assignment = assignment.NextMatch())
        {
            if (!(powerShell && IsPowerShellCommandValue(text, assignment)))
            {
                return $"a written-out {assignment.Groups["name"].Value.ToLowerInvariant()}= value";
            }
        }

        if (powerShell && PowerShellLiteral.Match(text) is { Success: true } literal)
        {
            var name = literal.Groups["name"].Value;
            return name.StartsWith("ConvertTo", StringComparison.OrdinalIgnoreCase)
                ? "a password written out for ConvertTo-SecureString -AsPlainText"
                : $"a written-out -{name} value";
        }

        return null;
    }

    /// <summary>A PowerShell variable (<c>$DbPassword = …</c>) given an unquoted value: a command or expression that computes it at boot.</summary>
    private static bool IsPowerShellCommandValue(string text, Match assignment)
    {
        if (!PowerShellVariable.IsMatch(text.Substring(0, assignment.Index)))
        {
            return false;
        }

        // The name may go on past the matched word ($PasswordFile); the value starts after its '='.
        var value = text.IndexOf('=', assignment.Index) + 1;
        while (value > 0 && value < text.Length && text[value] is ' ' or '\t')
        {
            value++;
        }

        return value > 0 && value < text.Length && text[value] is not ('"' or '\'');
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

    private static bool IsAccessKeyIdShape(string value)
    {
        if (value.Length != 20 || !(value.StartsWith("AKIA", StringComparison.Ordinal) || value.StartsWith("ASIA", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var i = 4; i < value.Length; i++)
        {
            if (value[i] is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }
}
