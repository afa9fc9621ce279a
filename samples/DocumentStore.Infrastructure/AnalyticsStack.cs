using Amazon.CDK;
using Amazon.CDK.AWS.EMR;
using Constructs;

namespace DocumentStore.Infrastructure;

/// <summary>The nightly billing job's EMR cluster (EMR has only L1 constructs in the CDK).</summary>
public sealed class AnalyticsStack : Stack
{
    public AnalyticsStack(Construct scope, string id, IStackProps props)
        : base(scope, id, props)
    {
        // SRM2103: no security configuration, so neither the disks nor the traffic between nodes are encrypted.
        new CfnCluster(this, "Billing", new CfnClusterProps
        {
            Name = "billing-nightly",
            ReleaseLabel = "emr-7.2.0",
            JobFlowRole = "EMR_EC2_DefaultRole",
            ServiceRole = "EMR_DefaultRole",
            Instances = new CfnCluster.JobFlowInstancesConfigProperty
            {
                MasterInstanceGroup = new CfnCluster.InstanceGroupConfigProperty { InstanceCount = 1, InstanceType = "m5.xlarge" },
                CoreInstanceGroup = new CfnCluster.InstanceGroupConfigProperty { InstanceCount = 2, InstanceType = "m5.xlarge" },
            },
        });
    }
}
