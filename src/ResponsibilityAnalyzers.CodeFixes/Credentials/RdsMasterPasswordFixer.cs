using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Credentials;

/// <summary>SRM6102: the MasterUserPassword assignment becomes ManageMasterUserPassword = true, so RDS generates the password and keeps it in Secrets Manager.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RdsMasterPasswordFixer))]
[Shared]
public sealed class RdsMasterPasswordFixer : RemedyFixer
{
    public RdsMasterPasswordFixer()
        : base("Let RDS manage the master password", "SRM6102.Replace", "SRM6102")
    {
    }
}
