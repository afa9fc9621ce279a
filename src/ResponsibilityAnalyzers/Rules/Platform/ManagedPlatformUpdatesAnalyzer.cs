using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Platform;

/// <summary>
/// SRM7003: an Elastic Beanstalk option setting (namespace aws:elasticbeanstalk:managedactions) that sets
/// ManagedActionsEnabled to "false", by its constructor or its initializer, wherever it goes (CreateEnvironment,
/// UpdateEnvironment, a configuration template). Leaving managed actions out, or enabling them without an
/// UpdateLevel in the same call, is not reported: a saved configuration, a template or the source bundle's
/// .ebextensions may set them, and the analyzer sees none of those. No fix: turning managed updates on also needs a
/// maintenance window (PreferredStartTime) and an update level, which are the team's choice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManagedPlatformUpdatesAnalyzer : ResponsibilityAnalyzer
{
    private const string ManagedActions = "aws:elasticbeanstalk:managedactions";
    private const string ManagedActionsEnabled = nameof(ManagedActionsEnabled);

    public ManagedPlatformUpdatesAnalyzer()
        : base(Descriptors.SRM7003_ManagedPlatformUpdatesOff)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        RequestChecks.OnCreation(context, types.Present(AwsType.ConfigurationOptionSetting), (operation, creation, setting) =>
        {
            if (!string.Equals(Setting(creation, setting, "awsNamespace", "Namespace") is { } ns ? Values.ConstantString(ns) : null, ManagedActions, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(Setting(creation, setting, "optionName", "OptionName") is { } name ? Values.ConstantString(name) : null, ManagedActionsEnabled, StringComparison.OrdinalIgnoreCase)
                || Setting(creation, setting, "value", "Value") is not { } value)
            {
                return;
            }

            foreach (var leaf in Values.Leaves(value))
            {
                if (string.Equals(Values.ConstantString(leaf), "false", StringComparison.OrdinalIgnoreCase))
                {
                    var site = Locations.Inside(creation, leaf, value);
                    operation.ReportDiagnostic(Descriptors.SRM7003_ManagedPlatformUpdatesOff.Create(
                        site.Location,
                        ResponsibilityModel.ElasticBeanstalk,
                        "ManagedActionsEnabled = \"false\" turns managed platform updates off, so the environment's instances keep the platform version they started with, and the operating system and runtime patches Elastic Beanstalk publishes are never applied; enable managed actions with a PreferredStartTime and an UpdateLevel (aws:elasticbeanstalk:managedactions:platformupdate)",
                        additionalLocations: site.Additional));
                }
            }
        });
    }

    /// <summary>A setting's part: the constructor argument when given, else the property the object is given.</summary>
    private static IOperation? Setting(IObjectCreationOperation creation, RequestState setting, string parameter, string property)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return setting[property] ?? argument.Value;
            }
        }

        return setting[property];
    }
}
