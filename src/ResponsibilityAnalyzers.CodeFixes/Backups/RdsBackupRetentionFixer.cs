using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ResponsibilityAnalyzers.CodeFixes.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Backups;

/// <summary>SRM4101: a short retention becomes srm.rds_min_backup_retention_days; a create request without it gets BackupRetentionPeriod = that minimum.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RdsBackupRetentionFixer))]
[Shared]
public sealed class RdsBackupRetentionFixer : RemedyFixer
{
    public RdsBackupRetentionFixer()
        : base("Keep automated backups for the minimum period", "SRM4101.Replace", "SRM4101")
    {
    }
}
