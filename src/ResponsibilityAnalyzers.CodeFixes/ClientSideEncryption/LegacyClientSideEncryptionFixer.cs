using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.ClientSideEncryption;

/// <summary>
/// SRM2006 "Use the non-legacy setting": a legacy SecurityProfile becomes V2/V4; ForbidEncryptAllowDecrypt on the V4
/// configuration becomes RequireEncryptAllowDecrypt and its AesGcm algorithm AesGcmWithCommitment; the obsolete
/// one-argument V2 configuration constructor gets the three arguments it implied.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LegacyClientSideEncryptionFixer))]
[Shared]
public sealed class LegacyClientSideEncryptionFixer : RemedyFixer
{
    public const string Title = "Use the non-legacy setting";

    public LegacyClientSideEncryptionFixer()
        : base(Title, "SRM2006.NonLegacy", "SRM2006")
    {
    }
}
