using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest;

/// <summary>SRM2106: sets EnableKeyRotation = true on the CDK KeyProps (replacing false, or adding it, or giving the Key props).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyWithoutRotationFixer))]
[Shared]
public sealed class KeyWithoutRotationFixer : RemedyFixer
{
    public KeyWithoutRotationFixer()
        : base("Turn key rotation on", "SRM2106", "SRM2106")
    {
    }
}
