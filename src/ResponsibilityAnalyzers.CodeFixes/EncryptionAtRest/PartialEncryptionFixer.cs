using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest;

/// <summary>
/// SRM2002 "Encrypt on every path": a conditional that yields no encryption on one arm becomes its encrypting arm, and
/// an <c>if</c> without <c>else</c> that only sets the encryption becomes that assignment.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PartialEncryptionFixer))]
[Shared]
public sealed class PartialEncryptionFixer : RemedyFixer
{
    public const string Title = "Encrypt on every path";

    public PartialEncryptionFixer()
        : base(Title, "SRM2002.EncryptOnEveryPath", "SRM2002")
    {
    }
}
