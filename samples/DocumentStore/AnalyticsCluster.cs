using System.Threading;
using System.Threading.Tasks;
using Amazon.ElasticMapReduce;
using Amazon.ElasticMapReduce.Model;

namespace DocumentStore;

/// <summary>
/// The nightly EMR job that counts document types and sizes per customer for billing.
/// (Amazon.ElasticMapReduce comes from StandIns/: see the README.)
/// </summary>
public sealed class AnalyticsCluster
{
    private const string SecurityConfigurationName = "docstore-analytics";

    private readonly IAmazonElasticMapReduce _emr;

    public AnalyticsCluster(IAmazonElasticMapReduce emr) => _emr = emr;

    public async Task<string> RunNightlyAsync(string logBucket, CancellationToken cancellationToken)
    {
        await _emr.CreateSecurityConfigurationAsync(
            new CreateSecurityConfigurationRequest
            {
                Name = SecurityConfigurationName,
                SecurityConfiguration = """
                    {
                      "EncryptionConfiguration": {
                        "EnableAtRestEncryption": true,
                        "EnableInTransitEncryption": false,
                        "AtRestEncryptionConfiguration": {
                          "S3EncryptionConfiguration": { "EncryptionMode": "SSE-S3" }
                        }
                      }
                    }
                    """,
            },
            cancellationToken);

        var flow = await _emr.RunJobFlowAsync(
            new RunJobFlowRequest
            {
                Name = "docstore-nightly-billing",
                ReleaseLabel = "emr-7.1.0",
                LogUri = $"s3://{logBucket}/emr/",
                Instances = new JobFlowInstancesConfig { InstanceCount = 3, MasterInstanceType = "m7g.xlarge", SlaveInstanceType = "m7g.xlarge" },
                JobFlowRole = "EMR_EC2_DefaultRole",
                ServiceRole = "EMR_DefaultRole",
            },
            cancellationToken);
        return flow.JobFlowId;
    }
}
