using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.UnencryptedEmrClusterAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>
/// AWSSDK.ElasticMapReduce is not served: the v4-shaped stand-in StandIns/AwsSdkElasticMapReduce.cs provides the
/// requests (on AWSSDK.Core 3.7 for the V3 runs). No fix: a security configuration needs the account's keys.
/// </summary>
public class UnencryptedEmrClusterTests
{
    private static readonly string[] Emr = { AwsSdkElasticMapReduce.Source };

    [Fact]
    public Task ClusterWithoutSecurityConfiguration_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, Emr, """
        using Amazon.ElasticMapReduce.Model;

        class Analytics
        {
            object Nightly() => {|#0:new RunJobFlowRequest|} { Name = "nightly", ReleaseLabel = "emr-7.1.0" };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2103_UnencryptedEmrCluster).WithLocation(0).WithArguments(
            "EMR is a container service",
            "RunJobFlow names no SecurityConfiguration, so EMR encrypts neither the cluster's local disks and EBS volumes nor the traffic between its nodes; create a security configuration with at-rest and in-transit encryption and name it here"));

    [Fact]
    public Task ConfigurationTurningEncryptionOff_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, Emr, """"
        using Amazon.ElasticMapReduce.Model;

        class Analytics
        {
            object Config() => new CreateSecurityConfigurationRequest
            {
                Name = "fast",
                SecurityConfiguration = {|#0:"""
                    {
                      "EncryptionConfiguration": {
                        "EnableInTransitEncryption": false,
                        "EnableAtRestEncryption": false
                      }
                    }
                    """|},
            };
        }
        """",
        expected: new DiagnosticResult(Descriptors.SRM2103_UnencryptedEmrCluster).WithLocation(0).WithArguments(
            "EMR is a container service",
            "the security configuration turns at-rest encryption off (local disks, EBS volumes, EMRFS data in S3) and turns in-transit encryption off (traffic between the cluster's nodes), so clusters that use it keep that data unencrypted"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EmptyNamesAndWeakConfigurations_AreReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Emr, """
        using Amazon.ElasticMapReduce.Model;

        class Analytics
        {
            const string KerberosOnly = "{\"AuthenticationConfiguration\": {\"KerberosConfiguration\": {\"Provider\": \"ClusterDedicatedKdc\"}}}";

            void All(bool test)
            {
                var a = new RunJobFlowRequest { Name = "a", SecurityConfiguration = test ? {|SRM2103:""|} : "encrypted" };
                var b = new RunJobFlowRequest("b", new JobFlowInstancesConfig { InstanceCount = 3 }) { SecurityConfiguration = {|SRM2103:null|} };
                var c = new CreateSecurityConfigurationRequest { Name = "kerberos", SecurityConfiguration = {|SRM2103:KerberosOnly|} };
                var d = new CreateSecurityConfigurationRequest { Name = "rest-only" };
                d.SecurityConfiguration = {|SRM2103:"{\"EncryptionConfiguration\":{\"EnableAtRestEncryption\":true,\"EnableInTransitEncryption\":false}}"|};
            }
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EncryptedUnknownOrUnreadable_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Emr, """
        using Amazon.ElasticMapReduce.Model;

        class Analytics
        {
            const string Encrypted = "{\"EncryptionConfiguration\":{\"EnableAtRestEncryption\":true,\"EnableInTransitEncryption\":true,\"AtRestEncryptionConfiguration\":{\"S3EncryptionConfiguration\":{\"EncryptionMode\":\"SSE-KMS\",\"AwsKmsKey\":\"alias/emr\"}}}}";

            void All(string name, string json, RunJobFlowRequest fromCaller)
            {
                var a = new RunJobFlowRequest { Name = "a", SecurityConfiguration = "encrypted" };
                var b = new RunJobFlowRequest { Name = "b", SecurityConfiguration = name };
                var c = new CreateSecurityConfigurationRequest { Name = "c", SecurityConfiguration = Encrypted };
                var d = new CreateSecurityConfigurationRequest { Name = "d", SecurityConfiguration = json };
                var e = new CreateSecurityConfigurationRequest { Name = "e", SecurityConfiguration = "{ not json, 'EnableAtRestEncryption': false }" };
                var f = new RunJobFlowRequest { Name = "f" };
                Secure(f);
                fromCaller.Name = "g";
            }

            static void Secure(RunJobFlowRequest request) => request.SecurityConfiguration = "encrypted";
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.ElasticMapReduce.Model
        {
            public class RunJobFlowRequest { public string Name { get; set; } }
        }

        class Analytics
        {
            object Nightly() => new Amazon.ElasticMapReduce.Model.RunJobFlowRequest { Name = "nightly" };
        }
        """);
}
