using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionInTransit;

/// <summary>SRM3002: replaces Protocol.HTTP with Protocol.HTTPS.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PresignedUrlOverHttpFixer))]
[Shared]
public sealed class PresignedUrlOverHttpFixer : RemedyFixer
{
    public PresignedUrlOverHttpFixer()
        : base("Presign for HTTPS", "SRM3002.Replace", "SRM3002")
    {
    }
}
