using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using ResponsibilityAnalyzers.Tests.StandIns;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Platform.ManagedPlatformUpdatesAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Platform;

/// <summary>AWSSDK.ElasticBeanstalk is not served: the stand-in StandIns/AwsSdkElasticBeanstalk.cs provides its API (on AWSSDK.Core 3.7 for the V3 runs).</summary>
public class ManagedPlatformUpdatesTests
{
    private static readonly string[] Beanstalk = { AwsSdkElasticBeanstalk.Source };

    [Fact]
    public Task ManagedActionsDisabled_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, Beanstalk, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.ElasticBeanstalk;
        using Amazon.ElasticBeanstalk.Model;

        class Environments
        {
            Task<CreateEnvironmentResponse> Create(IAmazonElasticBeanstalk beanstalk) => beanstalk.CreateEnvironmentAsync(new CreateEnvironmentRequest
            {
                ApplicationName = "storefront",
                EnvironmentName = "storefront-prod",
                SolutionStackName = "64bit Amazon Linux 2023 v3.2.0 running .NET 8",
                OptionSettings = new List<ConfigurationOptionSetting>
                {
                    new ConfigurationOptionSetting("aws:autoscaling:launchconfiguration", "InstanceType", "t3.small"),
                    new ConfigurationOptionSetting("aws:elasticbeanstalk:managedactions", "ManagedActionsEnabled", {|#0:"false"|}),
                },
            });
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM7003_ManagedPlatformUpdatesOff).WithLocation(0).WithArguments(
            "Elastic Beanstalk is a container service",
            "ManagedActionsEnabled = \"false\" turns managed platform updates off, so the environment's instances keep the platform version they started with, and the operating system and runtime patches Elastic Beanstalk publishes are never applied; enable managed actions with a PreferredStartTime and an UpdateLevel (aws:elasticbeanstalk:managedactions:platformupdate)"));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task EveryWayOfWritingTheSetting_IsReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Beanstalk, """
        using System.Collections.Generic;
        using Amazon.ElasticBeanstalk.Model;

        class Environments
        {
            private const string ManagedActions = "aws:elasticbeanstalk:managedactions";
            private const string Off = "false";

            object[] All(bool frozen) => new object[]
            {
                new UpdateEnvironmentRequest
                {
                    EnvironmentName = "storefront-prod",
                    OptionSettings = new List<ConfigurationOptionSetting>
                    {
                        new ConfigurationOptionSetting { Namespace = ManagedActions, OptionName = "ManagedActionsEnabled", Value = {|SRM7003:Off|} },
                    },
                },
                new CreateConfigurationTemplateRequest
                {
                    ApplicationName = "storefront",
                    TemplateName = "frozen",
                    OptionSettings = new List<ConfigurationOptionSetting>
                    {
                        new ConfigurationOptionSetting(ManagedActions, "ManagedActionsEnabled", frozen ? {|SRM7003:"False"|} : "true"),
                    },
                },
            };
        }
        """);

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task UpdatesOnOtherOptionsOrUnknown_IsNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Beanstalk, """
        using System.Collections.Generic;
        using Amazon.ElasticBeanstalk.Model;

        class Environments
        {
            object Create(string managedActions) => new CreateEnvironmentRequest
            {
                ApplicationName = "storefront",
                EnvironmentName = "storefront-prod",
                OptionSettings = new List<ConfigurationOptionSetting>
                {
                    new ConfigurationOptionSetting("aws:elasticbeanstalk:managedactions", "ManagedActionsEnabled", "true"),
                    new ConfigurationOptionSetting("aws:elasticbeanstalk:managedactions", "PreferredStartTime", "Sun:02:00"),
                    new ConfigurationOptionSetting("aws:elasticbeanstalk:managedactions:platformupdate", "UpdateLevel", "minor"),
                    new ConfigurationOptionSetting("aws:elasticbeanstalk:managedactions:platformupdate", "InstanceRefreshEnabled", "false"),
                    new ConfigurationOptionSetting("aws:elasticbeanstalk:application:environment", "ManagedActionsEnabled", "false"),
                    new ConfigurationOptionSetting("aws:elasticbeanstalk:managedactions", "ManagedActionsEnabled", managedActions),
                },
            };
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        namespace Amazon.ElasticBeanstalk.Model
        {
            public class ConfigurationOptionSetting
            {
                public ConfigurationOptionSetting(string awsNamespace, string optionName, string value) { }
            }
        }

        class Environments
        {
            object Off() => new Amazon.ElasticBeanstalk.Model.ConfigurationOptionSetting("aws:elasticbeanstalk:managedactions", "ManagedActionsEnabled", "false");
        }
        """);
}
