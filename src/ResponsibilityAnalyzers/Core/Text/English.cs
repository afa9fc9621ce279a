using System;

namespace ResponsibilityAnalyzers.Core;

/// <summary>Wording for messages built from names: the indefinite article a name takes as it is read aloud.</summary>
internal static class English
{
    /// <summary>Letters whose name starts with a vowel sound when an initialism is spelled out: an S3, an EC2, an RDS, an IAM.</summary>
    private const string VowelSoundLetters = "AEFHILMNORSX";

    /// <summary>Starts that sound like "you" or "w" although written with a vowel: a user, a unique, a one-time.</summary>
    private static readonly string[] ConsonantSounds = { "uni", "use", "usu", "uti", "ura", "uro", "euro", "one", "once" };

    /// <summary>Starts written with an "h" that is not sounded: an hour, an honest.</summary>
    private static readonly string[] SilentH = { "hour", "honest", "honor", "honour", "heir" };

    /// <summary>"an API key", "an AWS access key", "an S3 bucket", "a KMS key", "a URL", "an Order", "a user".</summary>
    public static string WithArticle(string phrase) => (TakesAn(phrase) ? "an " : "a ") + phrase;

    private static bool TakesAn(string phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        var end = 0;
        while (end < phrase.Length && char.IsLetterOrDigit(phrase[end]))
        {
            end++;
        }

        var word = phrase.Substring(0, end);
        if (IsSpelledOut(word))
        {
            return VowelSoundLetters.IndexOf(char.ToUpperInvariant(word[0])) >= 0;
        }

        foreach (var start in ConsonantSounds)
        {
            if (word.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var start in SilentH)
        {
            if (word.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return "aeiouAEIOU".IndexOf(phrase[0]) >= 0;
    }

    /// <summary>An initialism read letter by letter: capitals and digits only (S3, EC2, KMS), or a capital and a digit (S3Region).</summary>
    private static bool IsSpelledOut(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        if (char.IsDigit(word[1]))
        {
            return true;
        }

        // IAmazonS3, IDynamoDBContext: an interface's "I" is read as a letter.
        if (word[0] == 'I' && char.IsUpper(word[1]) && word.Length > 2 && char.IsLower(word[2]))
        {
            return true;
        }

        foreach (var c in word)
        {
            if (!(char.IsUpper(c) || char.IsDigit(c)))
            {
                return false;
            }
        }

        return true;
    }
}
