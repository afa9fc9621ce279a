using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest;

/// <summary>SRM2104: a literal "false" for SqsManagedSseEnabled becomes "true".</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnencryptedSqsQueueFixer))]
[Shared]
public sealed class UnencryptedSqsQueueFixer : RemedyFixer
{
    public UnencryptedSqsQueueFixer()
        : base("Keep SQS server-side encryption on", "SRM2104.Replace", "SRM2104")
    {
    }
}
