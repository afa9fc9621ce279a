using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Rules.Governance;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.Governance.InvalidOptionAnalyzer>;

namespace ResponsibilityAnalyzers.Tests.Rules.Governance;

/// <summary>Every option fed garbage: SRM0000 names the key, the value and the accepted form.</summary>
public class InvalidOptionTests
{
    private const string Source = "class C { }";

    [Theory]
    [InlineData("srm.public_buckets", ",", Sdk.V4)]
    [InlineData("srm.public_buckets", "assets/*", Sdk.V3)]
    [InlineData("srm.public_buckets", "a b", Sdk.V4)]
    [InlineData("srm.public_buckets", "[a-z]+", Sdk.V3)]
    [InlineData("srm.non_aws_endpoints", "http://localhost:4566", Sdk.V4)]
    [InlineData("srm.non_aws_endpoints", "minio,,localstack", Sdk.V3)]
    [InlineData("srm.presigned_url_max_expiry", "30 days", Sdk.V4)]
    [InlineData("srm.presigned_url_max_expiry", "true", Sdk.V3)]
    [InlineData("srm.presigned_url_max_expiry", "8.00:00:00", Sdk.V4)]
    [InlineData("srm.presigned_url_max_expiry", "-1:00:00", Sdk.V3)]
    [InlineData("srm.presigned_url_max_expiry", "00:00:00", Sdk.V4)]
    [InlineData("srm.ebs_encryption_by_default", "yes", Sdk.V4)]
    [InlineData("srm.ebs_encryption_by_default", "1", Sdk.V3)]
    [InlineData("srm.ebs_kms_key_id", "KeyIds.Ebs +", Sdk.V4)]
    [InlineData("srm.ebs_kms_key_id", "\"alias/ebs", Sdk.V3)]
    [InlineData("srm.ebs_kms_key_id", "alias/ebs data", Sdk.V4)]
    [InlineData("srm.rds_min_backup_retention_days", "0", Sdk.V4)]
    [InlineData("srm.rds_min_backup_retention_days", "36", Sdk.V3)]
    [InlineData("srm.rds_min_backup_retention_days", "7 days", Sdk.V4)]
    [InlineData("srm.rds_min_backup_retention_days", "-1", Sdk.V3)]
    [InlineData("srm.allowed_regions", "Frankfurt", Sdk.V4)]
    [InlineData("srm.allowed_regions", "eu-central-1,,eu-west-1", Sdk.V3)]
    [InlineData("srm.allowed_regions", "EU-CENTRAL-1", Sdk.V4)]
    [InlineData("srm.allowed_regions", "eu-central-1 eu-west-1", Sdk.V3)]
    [InlineData("srm.allowed_regions", "eu-*", Sdk.V4)]
    [InlineData("srm.non_suppressible_rules", "SRM9999", Sdk.V3)]
    [InlineData("srm.non_suppressible_rules", "srm5004", Sdk.V4)]
    [InlineData("srm.non_suppressible_rules", "SRM5004,,SRM5001", Sdk.V3)]
    [InlineData("srm.non_suppressible_rules", "CA1822", Sdk.V4)]
    [InlineData("srm.analyze_test_projects", "yes", Sdk.V3)]
    [InlineData("srm.analyze_test_projects", "1", Sdk.V4)]
    [InlineData("srm.required_s3_sse", "aes256", Sdk.V3)]
    [InlineData("srm.required_s3_sse", "kms", Sdk.V4)]
    [InlineData("srm.kms_key_id", "\"alias/docs", Sdk.V3)]
    [InlineData("srm.kms_key_id", "Keys.Docs)", Sdk.V4)]
    [InlineData("srm.kms_key_id", "alias docs", Sdk.V3)]
    [InlineData("srm.required_dynamodb_key", "customer", Sdk.V4)]
    [InlineData("srm.required_dynamodb_key", "kms", Sdk.V3)]
    [InlineData("srm.encryptors", "Seal", Sdk.V4)]
    [InlineData("srm.encryptors", "MyApp.Crypto.Envelope.Seal()", Sdk.V3)]
    [InlineData("srm.encryptors", "MyApp.Seal,,MyApp.Open", Sdk.V4)]
    [InlineData("srm.client_side_encryption_exempt", "assets/*", Sdk.V3)]
    [InlineData("srm.client_side_encryption_exempt", "a b", Sdk.V4)]
    [InlineData("srm.trust_injected_clients", "yes", Sdk.V3)]
    [InlineData("srm.trust_injected_clients", "1", Sdk.V4)]
    [InlineData("srm.backups_managed_elsewhere", "yes", Sdk.V3)]
    [InlineData("srm.backups_managed_elsewhere", "1", Sdk.V4)]
    [InlineData("srm.backups_managed_elsewhere", "true, false", Sdk.V3)]
    [InlineData("srm.backups_managed_elsewhere", "AWS Backup", Sdk.V4)]
    [InlineData("srm.sensitive_names", "e mail", Sdk.V3)]
    [InlineData("srm.sensitive_names", "email,,phone", Sdk.V4)]
    [InlineData("srm.sensitive_buckets", "records/*", Sdk.V3)]
    [InlineData("srm.sensitive_tables", "a b", Sdk.V4)]
    public Task GarbageValue_IsReported_WithKeyValueAndAcceptedForm(string key, string value, Sdk sdk) =>
        VerifyRule.Diagnostics(sdk, Source, $"{key} = {value}\n",
            new DiagnosticResult(Descriptors.SRM0000_InvalidOption).WithArguments(key, value, AcceptedForm(key)));

    [Theory]
    [InlineData(Sdk.V3)]
    [InlineData(Sdk.V4)]
    public Task ValidValues_AreNotReported(Sdk sdk) => VerifyRule.Diagnostics(sdk, Source, """
        srm.public_buckets = www.example.com, public-assets-*
        srm.non_aws_endpoints = localstack, minio.internal, *.test
        srm.presigned_url_max_expiry = 1.00:00:00
        srm.ebs_encryption_by_default = false
        srm.ebs_kms_key_id = "arn:aws:kms:eu-west-1:123456789012:alias/ebs"
        srm.rds_min_backup_retention_days = 35
        srm.allowed_regions = eu-central-1, eu-west-1, us-gov-west-1, us-isob-east-1, cn-northwest-1, eusc-de-east-1
        srm.non_suppressible_rules = SRM5004, SRM0001
        srm.analyze_test_projects = true
        srm.required_s3_sse = dsse-kms
        srm.kms_key_id = "arn:aws:kms:eu-central-1:111122223333:alias/docs"
        srm.required_dynamodb_key = customer-managed
        srm.encryptors = MyApp.Crypto.Envelope.Seal, MyApp.Crypto.Envelope.SealAsync
        srm.client_side_encryption_exempt = public-assets-*, www.example.com
        srm.trust_injected_clients = True
        srm.backups_managed_elsewhere = false
        srm.some_future_option = anything
        """);

    [Fact]
    public Task SameBadValueInManyFiles_IsReportedOnce()
    {
        var test = new CSharpCodeFixTest<InvalidOptionAnalyzer, EmptyCodeFixProvider, DefaultVerifier> { ReferenceAssemblies = AwsSdk.V4 };
        test.TestState.Sources.Add(("/src/A.cs", "class A { }"));
        test.TestState.Sources.Add(("/src/B.cs", "class B { }"));
        test.TestState.Sources.Add(("/src/C.cs", "class C { }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nsrm.presigned_url_max_expiry = forever\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.SRM0000_InvalidOption)
            .WithArguments("srm.presigned_url_max_expiry", "forever", AcceptedForm("srm.presigned_url_max_expiry")));
        return test.RunAsync();
    }

    [Fact]
    public Task WithoutTheAwsSdk_OptionsAreNotChecked() => VerifyRule.Diagnostics(Sdk.None, Source, "srm.presigned_url_max_expiry = forever\n");

    /// <summary>A CDK app names Amazon.CDK somewhere (its stacks); a project that references the CDK and never names it is not analyzed.</summary>
    [Fact]
    public Task InACdkAppWithoutTheSdk_OptionsAreChecked() => VerifyRule.Diagnostics(Sdk.Cdk, "using Amazon.CDK;\n\nclass App : Stack { }", "srm.presigned_url_max_expiry = forever\n",
        new DiagnosticResult(Descriptors.SRM0000_InvalidOption).WithArguments("srm.presigned_url_max_expiry", "forever", AcceptedForm("srm.presigned_url_max_expiry")));

    /// <summary>An unreadable srm.* value falls back to the default: the rules that read it behave as if it were unset.</summary>
    [Theory]
    [InlineData("srm.trust_injected_clients = yes")]
    [InlineData("srm.client_side_encryption_exempt = notes/*")]
    [InlineData("srm.encryptors = Seal")]
    [InlineData("srm.sensitive_names = e mail")]
    [InlineData("srm.sensitive_buckets = notes/*")]
    public Task UnreadableClientSideEncryptionOptions_FallBackToTheirDefaults(string option) =>
        Verify<ResponsibilityAnalyzers.Rules.ClientSideEncryption.ClientSideEncryptionAnalyzer>.Diagnostics(Sdk.V4, """
            using System.Threading.Tasks;
            using Amazon.S3;
            using Amazon.S3.Model;

            class Notes(IAmazonS3 s3)
            {
                static string Seal(string text) => text;

                Task Save(string text) => {|SRM2009:s3.PutObjectAsync(new PutObjectRequest { BucketName = "notes", ContentBody = Seal(text) })|};
            }
            """,
            option + "\n");

    [Theory]
    [InlineData(Sdk.V3, "srm.required_s3_sse = kms")]
    [InlineData(Sdk.V4, "srm.required_dynamodb_key = customer")]
    public Task UnreadablePolicies_FallBackToNoPolicy(Sdk sdk, string option) =>
        Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.SseBelowPolicyAnalyzer>.Diagnostics(sdk, """
            class Store
            {
                object Upload() => new Amazon.S3.Model.PutObjectRequest { BucketName = "docs" };
            }
            """,
            option + "\n");

    private static string AcceptedForm(string key)
    {
        foreach (var option in ResponsibilityAnalyzers.Core.SrmOptions.All)
        {
            if (option.Key == key)
            {
                return option.AcceptedForm;
            }
        }

        return "";
    }
}
