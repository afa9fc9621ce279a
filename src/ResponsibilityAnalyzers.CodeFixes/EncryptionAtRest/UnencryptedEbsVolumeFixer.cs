using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest;

/// <summary>SRM2101: false or null becomes true; a volume without Encrypted gets Encrypted = true, and KmsKeyId = the srm.ebs_kms_key_id expression when one is configured.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnencryptedEbsVolumeFixer))]
[Shared]
public sealed class UnencryptedEbsVolumeFixer : RemedyFixer
{
    public UnencryptedEbsVolumeFixer()
        : base("Encrypt the EBS volume", "SRM2101.Replace", "SRM2101")
    {
    }
}
