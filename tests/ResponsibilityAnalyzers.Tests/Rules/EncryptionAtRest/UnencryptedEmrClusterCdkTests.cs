using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.UnencryptedEmrClusterAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>SRM2103, CDK form: the L1 CfnCluster (EMR has no L2 construct) without a SecurityConfiguration. No fix, as for the SDK form.</summary>
public class UnencryptedEmrClusterCdkTests
{
    [Fact]
    public Task ClusterWithoutSecurityConfiguration_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EMR;
        using Constructs;

        class AnalyticsStack : Stack
        {
            AnalyticsStack(Construct scope, CfnCluster.IJobFlowInstancesConfigProperty instances) : base(scope, "Analytics")
            {
                new CfnCluster(this, "Billing", {|#0:new CfnClusterProps|}
                {
                    Name = "billing",
                    ReleaseLabel = "emr-7.2.0",
                    JobFlowRole = "EMR_EC2_DefaultRole",
                    ServiceRole = "EMR_DefaultRole",
                    Instances = instances,
                });
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2103_UnencryptedEmrCluster).WithLocation(0).WithArguments(
            "EMR is a container service",
            "the CDK CfnCluster names no SecurityConfiguration, so EMR encrypts neither the cluster's local disks and EBS volumes nor the traffic between its nodes; create a security configuration (CfnSecurityConfiguration) with at-rest and in-transit encryption and name it here"));

    [Fact]
    public Task ClusterWithASecurityConfiguration_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EMR;
        using Constructs;

        class AnalyticsStack : Stack
        {
            AnalyticsStack(Construct scope, CfnCluster.IJobFlowInstancesConfigProperty instances, CfnSecurityConfiguration encryption) : base(scope, "Analytics")
            {
                new CfnCluster(this, "Billing", new CfnClusterProps
                {
                    Name = "billing",
                    ReleaseLabel = "emr-7.2.0",
                    JobFlowRole = "EMR_EC2_DefaultRole",
                    ServiceRole = "EMR_DefaultRole",
                    Instances = instances,
                    SecurityConfiguration = encryption.Ref,
                });
            }
        }
        """);
}
