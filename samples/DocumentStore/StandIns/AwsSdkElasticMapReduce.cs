// Stand-in: mirrors the public API of AWSSDK.ElasticMapReduce 4.0; not the real assembly.
// The package registry this project builds from does not serve AWSSDK.ElasticMapReduce, so the sample declares the part of
// its public API it uses (the same as tests/ResponsibilityAnalyzers.Tests/StandIns/AwsSdkElasticMapReduce.cs) to show the rules that read
// it. A real application references the AWSSDK.ElasticMapReduce package instead and deletes this file.
#nullable disable
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
