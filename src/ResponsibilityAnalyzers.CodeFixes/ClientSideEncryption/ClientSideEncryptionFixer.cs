using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.ClientSideEncryption;

/// <summary>
/// SRM2001 and SRM2009 "Use the S3 Encryption Client": the plain <c>new AmazonS3Client(…)</c> that feeds the write (the
/// diagnostic's additional location) becomes the encryption client the analyzer wrote out, with usings added.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClientSideEncryptionFixer))]
[Shared]
public sealed class ClientSideEncryptionFixer : RemedyFixer
{
    public const string Title = "Use the S3 Encryption Client with KMS materials";

    public ClientSideEncryptionFixer()
        : base(Title, "SRM2001.UseEncryptionClient", "SRM2001", "SRM2009")
    {
    }
}
