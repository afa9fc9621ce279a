using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.RDS;
using Amazon.RDS.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace DocumentStore;

/// <summary>
/// Creates the store's metadata database, publishes its connection settings to Parameter Store, and creates the queue
/// that feeds the indexer. (Amazon.RDS comes from StandIns/: see the README.)
/// </summary>
public sealed class DatabaseProvisioner
{
    private readonly IAmazonRDS _rds;
    private readonly IAmazonSimpleSystemsManagement _ssm;
    private readonly IAmazonSQS _sqs;

    public DatabaseProvisioner(IAmazonRDS rds, IAmazonSimpleSystemsManagement ssm, IAmazonSQS sqs)
    {
        _rds = rds;
        _ssm = ssm;
        _sqs = sqs;
    }

    public async Task ProvisionAsync(string subnetGroup, CancellationToken cancellationToken)
    {
        await _rds.CreateDBInstanceAsync(
            new CreateDBInstanceRequest
            {
                DBInstanceIdentifier = "docstore-metadata",
                Engine = "postgres",
                DBInstanceClass = "db.t4g.medium",
                AllocatedStorage = 50,
                DBSubnetGroupName = subnetGroup,
                MasterUsername = "docstore",
                MasterUserPassword = "docstore-2024!",
                // The reporting team connects from their laptops.
                PubliclyAccessible = true,
                StorageEncrypted = false,
                BackupRetentionPeriod = 1,
            },
            cancellationToken);

        await _ssm.PutParameterAsync(
            new PutParameterRequest
            {
                Name = "/docstore/metadata-db/password",
                Value = "docstore-2024!",
                Type = ParameterType.String,
                Overwrite = true,
            },
            cancellationToken);

        await _ssm.PutParameterAsync(
            new PutParameterRequest { Name = "/docstore/metadata-db/host", Value = "docstore-metadata.internal", Type = ParameterType.String, Overwrite = true },
            cancellationToken);

        await _sqs.CreateQueueAsync(
            new CreateQueueRequest
            {
                QueueName = "docstore-indexing",
                Attributes = new Dictionary<string, string>
                {
                    // The old indexer's client library cannot read encrypted queues.
                    [QueueAttributeName.SqsManagedSseEnabled] = "false",
                    [QueueAttributeName.VisibilityTimeout] = "120",
                },
            },
            cancellationToken);
    }

    /// <summary>Resizes the database for the month-end reports, and keeps the engine version fixed while they run.</summary>
    public Task ScaleForReportingAsync(CancellationToken cancellationToken) =>
        _rds.ModifyDBInstanceAsync(
            new ModifyDBInstanceRequest { DBInstanceIdentifier = "docstore-metadata", ApplyImmediately = true, DeletionProtection = false, AutoMinorVersionUpgrade = false },
            cancellationToken);
}
