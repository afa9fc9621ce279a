using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The names that show data is sensitive (srm.sensitive_names): each entry is a word or a run of words, matched
/// against the word parts of an identifier (CustomerEmail, customer_email, "e-mail" → customer, email); the last word
/// of an entry also matches its plural. An entry written !x_y names a compound that does not count although it holds a
/// listed word: IpAddress is the address of a machine, TokenCount a number, SecretArn a reference to a secret.
/// </summary>
internal sealed class SensitiveNames
{
    /// <summary>The built-in list: personal data, payment data, health data and secrets, and the technical compounds that are none of them.</summary>
    public const string DefaultList =
        "email, e_mail, emailaddress, phone, phonenumber, mobile_number, address, street, postcode, postal_code, zip_code, "
        + "birth, birthday, birthdate, dob, first_name, last_name, full_name, surname, given_name, family_name, firstname, lastname, "
        + "ssn, social_security, national_id, passport, driver_license, drivers_license, driving_licence, tax_id, tax_number, taxpayer, "
        + "iban, bank_account, account_number, routing_number, card, creditcard, cardnumber, cvv, cvc, "
        + "password, passphrase, secret, token, api_key, apikey, private_key, credential, "
        + "salary, income, diagnosis, medical, prescription, biometric, religion, ethnicity, "
        + "!ip_address, !ipv4_address, !ipv6_address, !mac_address, !remote_address, !local_address, !host_address, !server_address, "
        + "!endpoint_address, !network_address, !memory_address, !bind_address, !proxy_address, "
        + "!secret_arn, !secret_id, !secret_name, !token_count, !max_tokens, !input_tokens, !output_tokens, !total_tokens, "
        + "!prompt_tokens, !completion_tokens, !cancellation_token, !continuation_token, !next_token, !page_token, "
        + "!pagination_token, !idempotency_token, !client_token, !token_type";

    public static readonly SensitiveNames Default = Parse(DefaultList).Value;

    private readonly ImmutableArray<string[]> _listed;
    private readonly ImmutableArray<string[]> _excluded;

    private SensitiveNames(ImmutableArray<string[]> listed, ImmutableArray<string[]> excluded)
    {
        _listed = listed;
        _excluded = excluded;
    }

    /// <summary>Reads the option: entries separated by commas; <c>default</c> stands for <see cref="DefaultList"/>; a later entry wins over an earlier exclusion of the same words.</summary>
    public static (bool Ok, SensitiveNames Value) Parse(string raw)
    {
        var listed = new List<string[]>();
        var excluded = new List<string[]>();
        foreach (var entry in raw.Split(',').Select(e => e.Trim()))
        {
            if (entry.Equals("default", StringComparison.OrdinalIgnoreCase))
            {
                var defaults = Parse(DefaultList).Value;
                listed.AddRange(defaults._listed);
                excluded.AddRange(defaults._excluded);
                continue;
            }

            var negated = entry.StartsWith("!", StringComparison.Ordinal);
            var words = Words(negated ? entry.Substring(1) : entry);
            if (words.Count == 0 || (negated ? entry.Substring(1) : entry).Any(c => !char.IsLetterOrDigit(c) && c != '_' && c != '-'))
            {
                return (false, Default);
            }

            var array = words.ToArray();
            (negated ? listed : excluded).RemoveAll(other => other.SequenceEqual(array));
            (negated ? excluded : listed).Add(array);
        }

        return (true, new SensitiveNames(listed.ToImmutableArray(), excluded.ToImmutableArray()));
    }

    /// <summary>True when a word run of <paramref name="identifier"/> is listed and not inside an excluded compound.</summary>
    public bool Matches(string? identifier)
    {
        if (identifier is null || identifier.Length == 0)
        {
            return false;
        }

        if (_answers.TryGetValue(identifier, out var known))
        {
            return known;
        }

        var matches = Match(identifier);
        if (_answers.Count < MaxAnswers)
        {
            _answers.TryAdd(identifier, matches);
        }

        return matches;
    }

    /// <summary>
    /// The answer per identifier, kept: the same member and parameter names are asked about again and again, and an
    /// answer takes splitting the name into words. Bounded, as one list of names lives as long as its option text.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _answers = new(StringComparer.Ordinal);
    private const int MaxAnswers = 20_000;

    private bool Match(string identifier)
    {
        var words = Words(identifier);
        foreach (var entry in _listed)
        {
            for (var i = 0; i + entry.Length <= words.Count; i++)
            {
                if (At(words, i, entry) && !Excluded(words, i, entry.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool Excluded(List<string> words, int start, int length)
    {
        foreach (var compound in _excluded)
        {
            for (var i = Math.Max(0, start + length - compound.Length); i <= start && i + compound.Length <= words.Count; i++)
            {
                if (At(words, i, compound))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool At(List<string> words, int start, string[] entry)
    {
        for (var j = 0; j < entry.Length; j++)
        {
            var word = words[start + j];
            var wanted = entry[j];
            if (word != wanted && !(j == entry.Length - 1 && IsPlural(word, wanted)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="word"/> is <paramref name="wanted"/> + "s" or + "es" (compared in place: this runs for every word of every name).</summary>
    private static bool IsPlural(string word, string wanted)
    {
        var extra = word.Length - wanted.Length;
        return (extra == 1 ? word[wanted.Length] == 's' : extra == 2 && word[wanted.Length] == 'e' && word[wanted.Length + 1] == 's')
            && string.CompareOrdinal(word, 0, wanted, 0, wanted.Length) == 0;
    }

    /// <summary>The lower-case word parts of an identifier: split at non-letters, at lower→upper and at the last capital of a run of capitals (IPAddress → ip, address).</summary>
    public static List<string> Words(string identifier)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= identifier.Length; i++)
        {
            var c = i < identifier.Length ? identifier[i] : '\0';
            var boundary = !char.IsLetterOrDigit(c)
                || (start >= 0 && i > start && char.IsUpper(c) && (char.IsLower(identifier[i - 1]) || char.IsDigit(identifier[i - 1])
                    || (char.IsUpper(identifier[i - 1]) && i + 1 < identifier.Length && char.IsLower(identifier[i + 1]))))
                || (start >= 0 && i > start && char.IsDigit(c) != char.IsDigit(identifier[i - 1]));
            if (boundary && start >= 0)
            {
                words.Add(identifier.Substring(start, i - start).ToLowerInvariant());
                start = -1;
            }

            if (start < 0 && char.IsLetterOrDigit(c))
            {
                start = i;
            }
        }

        return words;
    }
}
