using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.ElasticBeanstalk;
using Amazon.ElasticBeanstalk.Model;

namespace DocumentStore;

/// <summary>
/// Creates the Elastic Beanstalk environment that serves the store's web front end. (Amazon.ElasticBeanstalk comes
/// from StandIns/: see the README.)
/// </summary>
public sealed class WebFrontEnvironment
{
    private readonly IAmazonElasticBeanstalk _beanstalk;

    public WebFrontEnvironment(IAmazonElasticBeanstalk beanstalk) => _beanstalk = beanstalk;

    public async Task<string> CreateAsync(string versionLabel, CancellationToken cancellationToken)
    {
        var created = await _beanstalk.CreateEnvironmentAsync(
            new CreateEnvironmentRequest
            {
                ApplicationName = "docstore",
                EnvironmentName = "docstore-web",
                SolutionStackName = "64bit Amazon Linux 2023 v3.2.0 running .NET 8",
                VersionLabel = versionLabel,
                OptionSettings = new List<ConfigurationOptionSetting>
                {
                    new ConfigurationOptionSetting("aws:autoscaling:launchconfiguration", "InstanceType", "t3.small"),
                    new ConfigurationOptionSetting("aws:elasticbeanstalk:healthreporting:system", "SystemType", "enhanced"),
                    // No surprise restarts during business hours.
                    new ConfigurationOptionSetting("aws:elasticbeanstalk:managedactions", "ManagedActionsEnabled", "false"),
                },
            },
            cancellationToken);

        return created.EnvironmentId;
    }
}
