namespace ResponsibilityAnalyzers.Tests.StandIns;

/// <summary>
/// Stand-in: mirrors the public API of AWSSDK.ElasticMapReduce 4.0 (aws-sdk-net's generated
/// Amazon.ElasticMapReduce.Model, v4 shapes); not the real assembly. The package registry does not serve it, so tests
/// compile against this subset: RunJobFlowRequest and CreateSecurityConfigurationRequest with the members tests use.
/// </summary>
public static class AwsSdkElasticMapReduce
{
    public const string Source = """
        // Stand-in: mirrors the public API of AWSSDK.ElasticMapReduce 4.0; not the real assembly.
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Amazon.ElasticMapReduce
        {
            public partial interface IAmazonElasticMapReduce : Amazon.Runtime.IAmazonService, System.IDisposable
            {
                Task<Amazon.ElasticMapReduce.Model.RunJobFlowResponse> RunJobFlowAsync(Amazon.ElasticMapReduce.Model.RunJobFlowRequest request, CancellationToken cancellationToken = default);
                Task<Amazon.ElasticMapReduce.Model.CreateSecurityConfigurationResponse> CreateSecurityConfigurationAsync(Amazon.ElasticMapReduce.Model.CreateSecurityConfigurationRequest request, CancellationToken cancellationToken = default);
            }
        }

        namespace Amazon.ElasticMapReduce.Model
        {
            public abstract partial class AmazonElasticMapReduceRequest : Amazon.Runtime.AmazonWebServiceRequest
            {
            }

            public partial class JobFlowInstancesConfig
            {
                public int? InstanceCount { get; set; }
                public bool? KeepJobFlowAliveWhenNoSteps { get; set; }
                public string MasterInstanceType { get; set; }
                public string SlaveInstanceType { get; set; }
            }

            public partial class RunJobFlowRequest : AmazonElasticMapReduceRequest
            {
                public RunJobFlowRequest() { }
                public RunJobFlowRequest(string name, JobFlowInstancesConfig instances) { }
                public JobFlowInstancesConfig Instances { get; set; }
                public string JobFlowRole { get; set; }
                public string LogUri { get; set; }
                public string Name { get; set; }
                public string ReleaseLabel { get; set; }
                public string SecurityConfiguration { get; set; }
                public string ServiceRole { get; set; }
                public bool? VisibleToAllUsers { get; set; }
            }

            public partial class CreateSecurityConfigurationRequest : AmazonElasticMapReduceRequest
            {
                public string Name { get; set; }
                public string SecurityConfiguration { get; set; }
            }

            public partial class RunJobFlowResponse : Amazon.Runtime.AmazonWebServiceResponse
            {
                public string JobFlowId { get; set; }
            }

            public partial class CreateSecurityConfigurationResponse : Amazon.Runtime.AmazonWebServiceResponse
            {
                public string Name { get; set; }
            }
        }
        """;
}
