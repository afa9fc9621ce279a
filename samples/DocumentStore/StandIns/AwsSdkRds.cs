// Stand-in: mirrors the public API of AWSSDK.RDS 4.0; not the real assembly.
// The package registry this project builds from does not serve AWSSDK.RDS, so the sample declares the part of
// its public API it uses (the same as tests/ResponsibilityAnalyzers.Tests/StandIns/AwsSdkRds.cs) to show the rules that read
// it. A real application references the AWSSDK.RDS package instead and deletes this file.
#nullable disable
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Amazon.RDS
{
    public partial interface IAmazonRDS : Amazon.Runtime.IAmazonService, System.IDisposable
    {
        Task<Amazon.RDS.Model.CreateDBInstanceResponse> CreateDBInstanceAsync(Amazon.RDS.Model.CreateDBInstanceRequest request, CancellationToken cancellationToken = default);
        Task<Amazon.RDS.Model.CreateDBClusterResponse> CreateDBClusterAsync(Amazon.RDS.Model.CreateDBClusterRequest request, CancellationToken cancellationToken = default);
        Task<Amazon.RDS.Model.ModifyDBInstanceResponse> ModifyDBInstanceAsync(Amazon.RDS.Model.ModifyDBInstanceRequest request, CancellationToken cancellationToken = default);
        Task<Amazon.RDS.Model.ModifyDBClusterResponse> ModifyDBClusterAsync(Amazon.RDS.Model.ModifyDBClusterRequest request, CancellationToken cancellationToken = default);
    }
}

namespace Amazon.RDS.Model
{
    public abstract partial class AmazonRDSRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
    }

    public partial class Tag
    {
        public string Key { get; set; }
        public string Value { get; set; }
    }

    public partial class CreateDBInstanceRequest : AmazonRDSRequest
    {
        public CreateDBInstanceRequest() { }
        public CreateDBInstanceRequest(string dbInstanceIdentifier, int? allocatedStorage, string dbInstanceClass, string engine, string masterUsername, string masterUserPassword) { }
        public int? AllocatedStorage { get; set; }
        public bool? AutoMinorVersionUpgrade { get; set; }
        public int? BackupRetentionPeriod { get; set; }
        public string DBClusterIdentifier { get; set; }
        public string DBInstanceClass { get; set; }
        public string DBInstanceIdentifier { get; set; }
        public string DBName { get; set; }
        public string DBSubnetGroupName { get; set; }
        public bool? DeletionProtection { get; set; }
        public string Engine { get; set; }
        public string EngineVersion { get; set; }
        public string KmsKeyId { get; set; }
        public bool? ManageMasterUserPassword { get; set; }
        public string MasterUsername { get; set; }
        public string MasterUserPassword { get; set; }
        public string MasterUserSecretKmsKeyId { get; set; }
        public bool? MultiAZ { get; set; }
        public int? Port { get; set; }
        public string PreferredMaintenanceWindow { get; set; }
        public bool? PubliclyAccessible { get; set; }
        public bool? StorageEncrypted { get; set; }
        public string StorageType { get; set; }
        public List<Tag> Tags { get; set; }
        public List<string> VpcSecurityGroupIds { get; set; }
    }

    public partial class CreateDBClusterRequest : AmazonRDSRequest
    {
        public bool? AutoMinorVersionUpgrade { get; set; }
        public int? BackupRetentionPeriod { get; set; }
        public string DatabaseName { get; set; }
        public string DBClusterIdentifier { get; set; }
        public string DBSubnetGroupName { get; set; }
        public bool? DeletionProtection { get; set; }
        public string Engine { get; set; }
        public string EngineVersion { get; set; }
        public string GlobalClusterIdentifier { get; set; }
        public string KmsKeyId { get; set; }
        public bool? ManageMasterUserPassword { get; set; }
        public string MasterUsername { get; set; }
        public string MasterUserPassword { get; set; }
        public int? Port { get; set; }
        public bool? PubliclyAccessible { get; set; }
        public string ReplicationSourceIdentifier { get; set; }
        public bool? StorageEncrypted { get; set; }
        public List<Tag> Tags { get; set; }
        public List<string> VpcSecurityGroupIds { get; set; }
    }

    public partial class ModifyDBInstanceRequest : AmazonRDSRequest
    {
        public ModifyDBInstanceRequest() { }
        public ModifyDBInstanceRequest(string dbInstanceIdentifier) { }
        public bool? ApplyImmediately { get; set; }
        public bool? AutoMinorVersionUpgrade { get; set; }
        public int? BackupRetentionPeriod { get; set; }
        public string DBInstanceIdentifier { get; set; }
        public bool? DeletionProtection { get; set; }
        public bool? ManageMasterUserPassword { get; set; }
        public string MasterUserPassword { get; set; }
        public bool? PubliclyAccessible { get; set; }
    }

    public partial class ModifyDBClusterRequest : AmazonRDSRequest
    {
        public bool? ApplyImmediately { get; set; }
        public bool? AutoMinorVersionUpgrade { get; set; }
        public int? BackupRetentionPeriod { get; set; }
        public string DBClusterIdentifier { get; set; }
        public bool? DeletionProtection { get; set; }
        public bool? ManageMasterUserPassword { get; set; }
        public string MasterUserPassword { get; set; }
    }

    public partial class CreateDBInstanceResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public partial class CreateDBClusterResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public partial class ModifyDBInstanceResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public partial class ModifyDBClusterResponse : Amazon.Runtime.AmazonWebServiceResponse { }
}
