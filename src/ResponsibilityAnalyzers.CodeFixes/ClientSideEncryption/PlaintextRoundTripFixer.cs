using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.ClientSideEncryption;

/// <summary>SRM2007 "Use ReEncrypt": the Encrypt call becomes the ReEncrypt the analyzer wrote out, and the Decrypt statement goes.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlaintextRoundTripFixer))]
[Shared]
public sealed class PlaintextRoundTripFixer : RemedyFixer
{
    public const string Title = "Use ReEncrypt";

    public PlaintextRoundTripFixer()
        : base(Title, "SRM2007.ReEncrypt", "SRM2007")
    {
    }
}
