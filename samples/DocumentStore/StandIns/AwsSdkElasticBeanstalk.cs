// Stand-in: mirrors the public API of AWSSDK.ElasticBeanstalk 4.0; not the real assembly.
// The package registry this project builds from does not serve AWSSDK.ElasticBeanstalk, so the sample declares the part of
// its public API it uses (the same as tests/ResponsibilityAnalyzers.Tests/StandIns/AwsSdkElasticBeanstalk.cs) to show the rules that read
// it. A real application references the AWSSDK.ElasticBeanstalk package instead and deletes this file.
#nullable disable
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace Amazon.ElasticBeanstalk
{
    public partial interface IAmazonElasticBeanstalk : IAmazonService, System.IDisposable
    {
        Task<Amazon.ElasticBeanstalk.Model.CreateEnvironmentResponse> CreateEnvironmentAsync(Amazon.ElasticBeanstalk.Model.CreateEnvironmentRequest request, CancellationToken cancellationToken = default);
        Task<Amazon.ElasticBeanstalk.Model.UpdateEnvironmentResponse> UpdateEnvironmentAsync(Amazon.ElasticBeanstalk.Model.UpdateEnvironmentRequest request, CancellationToken cancellationToken = default);
        Task<Amazon.ElasticBeanstalk.Model.CreateConfigurationTemplateResponse> CreateConfigurationTemplateAsync(Amazon.ElasticBeanstalk.Model.CreateConfigurationTemplateRequest request, CancellationToken cancellationToken = default);
    }
}

namespace Amazon.ElasticBeanstalk.Model
{
    public abstract partial class AmazonElasticBeanstalkRequest : AmazonWebServiceRequest { }

    public partial class ConfigurationOptionSetting
    {
        public ConfigurationOptionSetting() { }
        public ConfigurationOptionSetting(string awsNamespace, string optionName, string value) { }
        public string Namespace { get; set; }
        public string OptionName { get; set; }
        public string ResourceName { get; set; }
        public string Value { get; set; }
    }

    public partial class Tag
    {
        public string Key { get; set; }
        public string Value { get; set; }
    }

    public partial class CreateEnvironmentRequest : AmazonElasticBeanstalkRequest
    {
        public string ApplicationName { get; set; }
        public string CNAMEPrefix { get; set; }
        public string Description { get; set; }
        public string EnvironmentName { get; set; }
        public List<ConfigurationOptionSetting> OptionSettings { get; set; }
        public string PlatformArn { get; set; }
        public string SolutionStackName { get; set; }
        public List<Tag> Tags { get; set; }
        public string TemplateName { get; set; }
        public string VersionLabel { get; set; }
    }

    public partial class UpdateEnvironmentRequest : AmazonElasticBeanstalkRequest
    {
        public string ApplicationName { get; set; }
        public string Description { get; set; }
        public string EnvironmentId { get; set; }
        public string EnvironmentName { get; set; }
        public List<ConfigurationOptionSetting> OptionSettings { get; set; }
        public string PlatformArn { get; set; }
        public string SolutionStackName { get; set; }
        public string TemplateName { get; set; }
        public string VersionLabel { get; set; }
    }

    public partial class CreateConfigurationTemplateRequest : AmazonElasticBeanstalkRequest
    {
        public string ApplicationName { get; set; }
        public string Description { get; set; }
        public List<ConfigurationOptionSetting> OptionSettings { get; set; }
        public string PlatformArn { get; set; }
        public string SolutionStackName { get; set; }
        public string TemplateName { get; set; }
    }

    public partial class CreateEnvironmentResponse : AmazonWebServiceResponse
    {
        public string EnvironmentId { get; set; }
    }

    public partial class UpdateEnvironmentResponse : AmazonWebServiceResponse { }
    public partial class CreateConfigurationTemplateResponse : AmazonWebServiceResponse { }
}
