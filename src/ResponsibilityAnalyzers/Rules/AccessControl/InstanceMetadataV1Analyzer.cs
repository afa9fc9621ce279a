using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.AccessControl;

/// <summary>
/// SRM5101: an EC2 instance whose metadata service accepts IMDSv1 — <c>HttpTokens</c> given HttpTokensState.Optional
/// (or null, on a launch) in InstanceMetadataOptionsRequest or ModifyInstanceMetadataOptionsRequest; a
/// RunInstancesRequest created in the method without MetadataOptions, or whose MetadataOptions object never sets
/// HttpTokens. A launch from a launch template (LaunchTemplate set) takes the template's options: not reported.
/// Fix: HttpTokensState.Required, adding the MetadataOptions object or the HttpTokens property where they are missing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InstanceMetadataV1Analyzer : ResponsibilityAnalyzer
{
    /// <summary>
    /// The CDK form: an Instance, LaunchTemplate or BastionHostLinux (whose instance the CDK gives RequireImdsv2 false by
    /// default) whose props leave RequireImdsv2 out (a launch template may say HttpTokens instead) or set it to false.
    /// </summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(
        Cdk(AwsType.CdkInstance, AwsType.CdkInstanceProps),
        Cdk(AwsType.CdkLaunchTemplate, AwsType.CdkLaunchTemplateProps),
        Cdk(AwsType.CdkBastionHostLinux, AwsType.CdkBastionHostLinuxProps));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    private static ConstructRule Cdk(AwsType construct, AwsType props) => ConstructRule.MustBeTrue(
        Descriptors.SRM5101_InstanceMetadataV1,
        ResponsibilityModel.Ec2,
        construct,
        props,
        "RequireImdsv2",
        instance => $"the CDK {instance} is declared without RequireImdsv2 = true: " + Consequence,
        notRequired: state => state.IsSet(HttpTokens));

    private const string HttpTokens = nameof(HttpTokens);
    private const string MetadataOptions = nameof(MetadataOptions);
    private const string Required = "Amazon.EC2.HttpTokensState.Required";
    private static readonly Fact RequiredOptions = Fact.New("Amazon.EC2.Model.InstanceMetadataOptionsRequest", members: new[] { ("HttpTokens", Fact.Code(Required)) });
    private const string Consequence = "the instance metadata service also answers IMDSv1 requests, which need no session token: a server-side request forgery in any application on the instance can read the credentials of the instance's role";

    public InstanceMetadataV1Analyzer()
        : base(Descriptors.SRM5101_InstanceMetadataV1)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.HttpTokensState] is not { } tokens)
        {
            return;
        }

        var launchOptions = types.Present(AwsType.InstanceMetadataOptionsRequest);
        RequestChecks.OnAssignment(context, launchOptions.AddRange(types.Present(AwsType.ModifyInstanceMetadataOptionsRequest)), HttpTokens, (operation, target, value) =>
        {
            var onLaunch = RequestChecks.IsAny(target.Property, HttpTokens, launchOptions);
            foreach (var leaf in Values.Leaves(value))
            {
                // ModifyInstanceMetadataOptions with null leaves the instance's setting as it is.
                var isNull = Values.TryGetConstant(leaf, out var constant) && constant is null;
                if ((isNull && onLaunch) || Values.MemberName(leaf, tokens) is { } name && name.Equals("optional", StringComparison.OrdinalIgnoreCase))
                {
                    var site = Locations.Inside(operation.Operation, leaf, value);
                    operation.ReportDiagnostic(Descriptors.SRM5101_InstanceMetadataV1.Create(
                        site.Location,
                        ResponsibilityModel.Ec2,
                        $"HttpTokens = {(isNull ? "null" : "optional")}: {Consequence}",
                        Remedy.Replace(Required),
                        site.Additional));
                }
            }
        });

        RequestChecks.OnCreation(context, types.Present(AwsType.RunInstancesRequest), (operation, creation, launch) =>
        {
            if (launch.IsSet("LaunchTemplate"))
            {
                return;
            }

            if (launch.IsMissing(MetadataOptions))
            {
                operation.ReportDiagnostic(Descriptors.SRM5101_InstanceMetadataV1.Create(
                    Locations.Head(creation),
                    ResponsibilityModel.Ec2,
                    $"RunInstances does not set MetadataOptions.HttpTokens = required, so {Consequence}",
                    Remedy.Set((MetadataOptions, RequiredOptions))));
            }
            else if (launch[MetadataOptions] is { } options)
            {
                foreach (var leaf in Values.FalseOrNullLeaves(options))
                {
                    var site = Locations.Inside(operation.Operation, leaf, options);
                    operation.ReportDiagnostic(Descriptors.SRM5101_InstanceMetadataV1.Create(
                        site.Location,
                        ResponsibilityModel.Ec2,
                        $"MetadataOptions = null: {Consequence}",
                        site.Moved ? null : Remedy.Replace(RequiredOptions),
                        site.Additional));
                }

                if (RequestState.OfValue(options) is { Creation: { } optionsCreation } state && state.IsMissing(HttpTokens))
                {
                    operation.ReportDiagnostic(Descriptors.SRM5101_InstanceMetadataV1.Create(
                        Locations.Head(optionsCreation),
                        ResponsibilityModel.Ec2,
                        $"the metadata options do not set HttpTokens = required, so {Consequence}",
                        Remedy.Set((HttpTokens, Required))));
                }
            }
        });
    }
}
