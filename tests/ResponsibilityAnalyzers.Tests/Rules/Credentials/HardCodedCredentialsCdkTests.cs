using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Credentials.HardCodedCredentialsAnalyzer, ResponsibilityAnalyzers.CodeFixes.Credentials.HardCodedCredentialsFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Credentials;

/// <summary>SRM6001, CDK form: an access key id written into a CDK app that does not reference the AWS SDK. The keys are made up.</summary>
public class HardCodedCredentialsCdkTests
{
    [Fact]
    public Task KeyInALambdaFunctionsEnvironment_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        class ExportStack : Stack
        {
            ExportStack(Construct scope) : base(scope, "Export")
            {
                new Function(this, "Exporter", new FunctionProps
                {
                    Runtime = Runtime.DOTNET_8,
                    Handler = "Exporter::Exporter.Function::Handle",
                    Code = Code.FromAsset("publish"),
                    Environment = new Dictionary<string, string>
                    {
                        ["PARTNER_BUCKET"] = "partner-drop",
                        ["AWS_ACCESS_KEY_ID"] = {|#0:"AKIA2E0A8F3B244C9986"|},
                    },
                });
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM6001_HardCodedCredentials).WithLocation(0).WithArguments(
            "Lambda is an abstracted service",
            "the access key ID AKIA… written in the CDK app goes into the synthesized template, where anyone with the source, the cloud assembly or read access to the stack can use it; give the resource a role, or have it fetch the key from Secrets Manager at run time"));

    [Fact]
    public Task KeysInParametersOutputsAndThroughConstants_AreReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Constructs;
        using Ssm = Amazon.CDK.AWS.SSM;

        class LegacyStack : Stack
        {
            const string PartnerKey = "AKIA2E0A8F3B244C9986";

            LegacyStack(Construct scope) : base(scope, "Legacy")
            {
                var keyId = "ASIA7Q4M2X9KD3LP5TRW";
                new CfnParameter(this, "PartnerKeyId", new CfnParameterProps { Type = "String", Default = {|SRM6001:"AKIA2E0A8F3B244C9986"|} });
                new Ssm.StringParameter(this, "Partner", new Ssm.StringParameterProps { ParameterName = "/partner/key", StringValue = {|SRM6001:PartnerKey|} });
                new CfnOutput(this, "Key", new CfnOutputProps { Value = $"aws configure set aws_access_key_id {{|SRM6001:keyId|}}" });
                new CfnOutput(this, "Config", new CfnOutputProps { Value = {|SRM6001:"[default]\naws_access_key_id = AKIA2E0A8F3B244C9986\n"|} });
            }
        }
        """);

    [Fact]
    public Task Placeholders_RolesAndUserData_AreNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        class ExportStack : Stack
        {
            ExportStack(Construct scope, string keyId) : base(scope, "Export")
            {
                new Function(this, "Exporter", new FunctionProps
                {
                    Runtime = Runtime.DOTNET_8,
                    Handler = "Exporter::Exporter.Function::Handle",
                    Code = Code.FromAsset("publish"),
                    Environment = new Dictionary<string, string>
                    {
                        ["EXAMPLE_KEY"] = "AKIAIOSFODNN7EXAMPLE",
                        ["PLACEHOLDER"] = "AKIAXXXXXXXXXXXXXXXX",
                        ["FROM_CONTEXT"] = keyId,
                        ["NOT_A_KEY"] = "AKIA2E0A8F3B",
                    },
                });

                // User data with a key is SRM6101's finding, not reported twice.
                UserData.ForLinux().AddCommands("aws configure set aws_access_key_id AKIA2E0A8F3B244C9986");
            }
        }
        """);

    /// <summary>In an app with both the SDK and the CDK, a key is reported once: the SDK form leaves the CDK's API to the CDK form.</summary>
    [Fact]
    public Task WithTheSdkAndTheCdk_AKeyIsReportedOnce() => VerifyRule.Diagnostics(Sdk.CdkAndV4, """
        using Amazon.CDK;
        using Amazon.Runtime;
        using Constructs;

        class Stacks : Stack
        {
            Stacks(Construct scope) : base(scope, "S")
            {
                new CfnOutput(this, "Key", new CfnOutputProps { Value = {|SRM6001:"AKIA2E0A8F3B244C9986"|} });
                Tags.SetTag({|SRM6001:"AKIA2E0A8F3B244C9986"|}, "owner");
            }

            AWSCredentials Keys() => new BasicAWSCredentials({|SRM6001:"AKIA2E0A8F3B244C9986"|}, "secret");
        }
        """);
}
