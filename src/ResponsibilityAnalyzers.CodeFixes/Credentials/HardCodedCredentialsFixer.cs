using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Credentials;

/// <summary>
/// SRM6001: calls the same constructor without the key arguments, so the SDK's default credential chain supplies
/// credentials: <c>new AmazonS3Client("AKIA…", "…", region)</c> becomes <c>new AmazonS3Client(region)</c>, and
/// <c>new AmazonS3Client(new BasicAWSCredentials("AKIA…", "…"), config)</c> becomes <c>new AmazonS3Client(config)</c>.
/// The region and config arguments stay. The analyzer offers it only where the SDK has that overload; never for a
/// BasicAWSCredentials kept in a variable.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedCredentialsFixer))]
[Shared]
public sealed class HardCodedCredentialsFixer : RemedyFixer
{
    public HardCodedCredentialsFixer()
        : base("Use the default credential chain", "SRM6001.UseDefaultCredentialChain", "SRM6001")
    {
    }
}
