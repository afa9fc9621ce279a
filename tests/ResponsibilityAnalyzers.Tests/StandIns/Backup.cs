namespace ResponsibilityAnalyzers.Tests.StandIns;

/// <summary>AWSSDK.Backup is not served by the package registry: its public API, as far as the rules read it.</summary>
public static class Backup
{
    public const string Source = """
        // Stand-in: mirrors the public API of AWSSDK.Backup 4.0 (AWS SDK for .NET v4, sdk/src/Services/Backup/Generated); not the real assembly.
        // Only the types and members the rules read or tests use: IAmazonBackup.CreateBackupSelectionAsync and its request model.
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Amazon.Runtime;

        namespace Amazon.Backup
        {
            using Amazon.Backup.Model;

            public interface IAmazonBackup : IDisposable
            {
                Task<CreateBackupSelectionResponse> CreateBackupSelectionAsync(CreateBackupSelectionRequest request, CancellationToken cancellationToken = default(CancellationToken));
            }

            public class ConditionType : ConstantClass
            {
                public static readonly ConditionType STRINGEQUALS = new ConditionType("STRINGEQUALS");

                public ConditionType(string value) : base(value) { }
            }
        }

        namespace Amazon.Backup.Model
        {
            public abstract partial class AmazonBackupRequest : AmazonWebServiceRequest { }

            public partial class CreateBackupSelectionRequest : AmazonBackupRequest
            {
                public string BackupPlanId { get; set; }
                public BackupSelection BackupSelection { get; set; }
                public string CreatorRequestId { get; set; }
            }

            public partial class CreateBackupSelectionResponse : AmazonWebServiceResponse
            {
                public string BackupPlanId { get; set; }
                public DateTime? CreationDate { get; set; }
                public string SelectionId { get; set; }
            }

            public partial class BackupSelection
            {
                public Conditions Conditions { get; set; }
                public string IamRoleArn { get; set; }
                public List<Condition> ListOfTags { get; set; }
                public List<string> NotResources { get; set; }
                public List<string> Resources { get; set; }
                public string SelectionName { get; set; }
            }

            public partial class Condition
            {
                public string ConditionKey { get; set; }
                public Amazon.Backup.ConditionType ConditionType { get; set; }
                public string ConditionValue { get; set; }
            }

            public partial class Conditions
            {
                public List<ConditionParameter> StringEquals { get; set; }
                public List<ConditionParameter> StringLike { get; set; }
                public List<ConditionParameter> StringNotEquals { get; set; }
                public List<ConditionParameter> StringNotLike { get; set; }
            }

            public partial class ConditionParameter
            {
                public string ConditionKey { get; set; }
                public string ConditionValue { get; set; }
            }
        }
        """;
}
