using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest;

/// <summary>SRM2104: a literal "false" for SqsManagedSseEnabled becomes "true".</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnencryptedSqsQueueFixer))]
[Shared]
public sealed class UnencryptedSqsQueueFixer : ReplaceExpressionFixer
{
    public UnencryptedSqsQueueFixer()
        : base("SRM2104", "Keep SQS server-side encryption on")
    {
    }
}
