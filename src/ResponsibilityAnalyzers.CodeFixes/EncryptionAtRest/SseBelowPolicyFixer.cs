using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest;

/// <summary>
/// SRM2004 "Use the required server-side encryption": a weaker ServerSideEncryptionMethod becomes the required one; a
/// request without one gets it (and the srm.kms_key_id key); a CreateTable without SSESpecification gets one with a KMS
/// key; an SSESpecification without KMSMasterKeyId gets the configured key.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SseBelowPolicyFixer))]
[Shared]
public sealed class SseBelowPolicyFixer : RemedyFixer
{
    public const string Title = "Use the required server-side encryption";

    public SseBelowPolicyFixer()
        : base(Title, "SRM2004.RequiredEncryption", "SRM2004")
    {
    }
}
