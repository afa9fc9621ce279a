using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionInTransit;

/// <summary>
/// SRM3001: a literal <c>UseHttp = true</c> becomes <c>false</c> (the same as removing the line, which is the SDK
/// default, but the user's line and its comments stay); a plain "http://…" ServiceURL literal without a port becomes
/// "https://…". Constants defined elsewhere, concatenations and URLs with a port get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlainHttpEndpointFixer))]
[Shared]
public sealed class PlainHttpEndpointFixer : RemedyFixer
{
    public PlainHttpEndpointFixer()
        : base("Use HTTPS", "SRM3001.Replace", "SRM3001")
    {
    }
}
