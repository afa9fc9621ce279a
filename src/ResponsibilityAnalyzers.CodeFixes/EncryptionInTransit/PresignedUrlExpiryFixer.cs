using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionInTransit;

/// <summary>
/// SRM3003: shortens the expiry to srm.presigned_url_max_expiry, as the analyzer computed it: only the literal
/// argument (<c>AddDays(30)</c> → <c>AddDays(7)</c>) when that is enough, otherwise the whole value
/// (<c>DateTime.UtcNow.AddDays(7)</c>, which converts to both DateTime and DateTime?).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PresignedUrlExpiryFixer))]
[Shared]
public sealed class PresignedUrlExpiryFixer : RemedyFixer
{
    public PresignedUrlExpiryFixer()
        : base("Shorten the expiry to the allowed maximum", "SRM3003.Replace", "SRM3003")
    {
    }
}
