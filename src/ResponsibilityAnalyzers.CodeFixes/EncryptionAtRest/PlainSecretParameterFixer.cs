using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest;

/// <summary>SRM2105: ParameterType.String or StringList becomes ParameterType.SecureString.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlainSecretParameterFixer))]
[Shared]
public sealed class PlainSecretParameterFixer : RemedyFixer
{
    public PlainSecretParameterFixer()
        : base("Store the parameter encrypted", "SRM2105.Replace", "SRM2105")
    {
    }
}
