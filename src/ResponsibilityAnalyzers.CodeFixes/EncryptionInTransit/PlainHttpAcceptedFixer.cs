using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionInTransit;

/// <summary>SRM3004: sets EnforceSSL = true on the CDK props (replacing false, or adding it to the initializer, or giving the construct props).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlainHttpAcceptedFixer))]
[Shared]
public sealed class PlainHttpAcceptedFixer : RemedyFixer
{
    public PlainHttpAcceptedFixer()
        : base("Require TLS", "SRM3004", "SRM3004")
    {
    }
}
