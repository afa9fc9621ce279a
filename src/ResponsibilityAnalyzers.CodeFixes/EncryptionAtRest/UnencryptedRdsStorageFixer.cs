using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest;

/// <summary>SRM2102: false or null becomes true; a request without StorageEncrypted gets StorageEncrypted = true.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnencryptedRdsStorageFixer))]
[Shared]
public sealed class UnencryptedRdsStorageFixer : RemedyFixer
{
    public UnencryptedRdsStorageFixer()
        : base("Encrypt the database storage", "SRM2102.Replace", "SRM2102")
    {
    }
}
