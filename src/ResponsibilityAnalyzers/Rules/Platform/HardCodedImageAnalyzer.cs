using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Platform;

/// <summary>
/// SRM7001: the image an instance boots is an "ami-…" string the compiler knows (a literal or a constant), given as
/// RunInstancesRequest.ImageId (or its constructor's imageId) or as the ImageId of a launch template's data. An image
/// resolved at launch ("resolve:ssm:/aws/service/…"), a value read at run time (GetParameter, configuration) and ids in
/// srm.approved_images are not reported. No fix: an AMI id does not say which image family it was taken from.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedImageAnalyzer : ResponsibilityAnalyzer
{
    private const string ImageId = nameof(ImageId);

    public HardCodedImageAnalyzer()
        : base(Descriptors.SRM7001_HardCodedImage)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        RequestChecks.OnAssignment(context, types.Present(AwsType.RunInstancesRequest, AwsType.RequestLaunchTemplateData), ImageId, (operation, target, value) =>
        {
            var assignment = (ISimpleAssignmentOperation)operation.Operation;
            Check(operation, assignment, value, target.Property.ContainingType.Name == "RunInstancesRequest" ? "RunInstances" : "the launch template");
        });

        RequestChecks.OnCreation(context, types.Present(AwsType.RunInstancesRequest), (operation, creation, _) =>
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == "imageId")
                {
                    Check(operation, argument, argument.Value, "RunInstances");
                }
            }
        });
    }

    private static void Check(OperationAnalysisContext operation, IOperation trigger, IOperation value, string launch)
    {
        NamePatterns? approved = null;
        foreach (var leaf in Values.Leaves(value))
        {
            if (Values.ConstantString(leaf) is not { } image || !image.StartsWith("ami-", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            approved ??= SrmOptions.ApprovedImages.Get(operation.Options, operation.Operation.Syntax.SyntaxTree);
            if (approved.Matches(image))
            {
                continue;
            }

            var site = Locations.Inside(trigger, leaf, value);
            operation.ReportDiagnostic(Descriptors.SRM7001_HardCodedImage.Create(
                site.Location,
                ResponsibilityModel.Ec2,
                $"{launch} boots the fixed image {image}, so every instance starts with the operating system as it was when that image was built and lacks every patch published since; resolve the image at launch from a Systems Manager public parameter (\"resolve:ssm:/aws/service/…\") or list your own patched images in srm.approved_images",
                additionalLocations: site.Additional));
        }
    }
}
