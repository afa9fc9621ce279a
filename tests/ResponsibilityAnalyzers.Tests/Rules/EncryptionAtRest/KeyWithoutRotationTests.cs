using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.KeyWithoutRotationAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.KeyWithoutRotationFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>SRM2106 (CDK only): a KMS Key declared without EnableKeyRotation = true; asymmetric and HMAC keys, which cannot rotate, are left alone.</summary>
public class KeyWithoutRotationTests
{
    [Fact]
    public Task Finding_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                {|#0:new Key({|#1:this|}, {|#2:"Documents"|})|};
            }
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2106_KeyWithoutRotation).WithLocation(0).WithLocation(1).WithLocation(2).WithArguments(
            "KMS is an abstracted service",
            "the CDK Key is declared without EnableKeyRotation = true: its key material never changes, so one leak exposes everything it ever encrypted"));

    [Fact]
    public Task UnsafeOrMissing_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                {|SRM2106:new Key(this, "Documents")|};
                new Key(this, "Reports", {|SRM2106:new KeyProps|} { Alias = "alias/reports" });
                new Key(this, "Backups", new KeyProps { EnableKeyRotation = {|SRM2106:false|} });
            }
        }
        """);

    [Fact]
    public Task SafeOrUnknown_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Key(this, "Documents", new KeyProps { EnableKeyRotation = true });
                new Key(this, "Signing", new KeyProps { KeySpec = KeySpec.ECC_NIST_P256, KeyUsage = KeyUsage.SIGN_VERIFY });
                new Key(this, "Tokens", new KeyProps { KeySpec = KeySpec.HMAC_256, KeyUsage = KeyUsage.GENERATE_VERIFY_MAC });
            }
        }
        """);

    [Fact]
    public Task Fix_WritesTheSafeValue() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Key(this, "Reports", {|SRM2106:new KeyProps|} { Alias = "alias/reports" });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Key(this, "Reports", new KeyProps { Alias = "alias/reports", EnableKeyRotation = true });
            }
        }
        """);

    [Fact]
    public Task Fix_GivesPropsToAKeyWithout_KeepingTheCommentsOfItsArguments() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                {|SRM2106:new Key(this, "Documents" /* the vault's key */)|};
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Key(this, "Documents" /* the vault's key */, new KeyProps { EnableKeyRotation = true });
            }
        }
        """);

    [Fact]
    public Task FixAll_FixesEveryFinding() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                {|SRM2106:new Key(this, "Documents")|};
                new Key(this, "Backups", new KeyProps { EnableKeyRotation = {|SRM2106:false|} });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope) : base(scope, "App")
            {
                new Key(this, "Documents", new KeyProps { EnableKeyRotation = true });
                new Key(this, "Backups", new KeyProps { EnableKeyRotation = true });
            }
        }
        """);

    [Fact]
    public Task CfnKey_WithoutRotation_IsReported_ButNotAnAsymmetricKey() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Constructs;

        class KeysStack : Stack
        {
            KeysStack(Construct scope) : base(scope, "Keys")
            {
                new CfnKey(this, "Documents", {|SRM2106:new CfnKeyProps|} { Description = "documents" });
                new CfnKey(this, "Reports", new CfnKeyProps { EnableKeyRotation = {|SRM2106:false|} });
                new CfnKey(this, "Signing", new CfnKeyProps { KeySpec = "RSA_2048", KeyUsage = "SIGN_VERIFY" });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Constructs;

        class KeysStack : Stack
        {
            KeysStack(Construct scope) : base(scope, "Keys")
            {
                new CfnKey(this, "Documents", new CfnKeyProps { Description = "documents", EnableKeyRotation = true });
                new CfnKey(this, "Reports", new CfnKeyProps { EnableKeyRotation = true });
                new CfnKey(this, "Signing", new CfnKeyProps { KeySpec = "RSA_2048", KeyUsage = "SIGN_VERIFY" });
            }
        }
        """);

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnKeyEnableKeyRotation_LeftOutOrFalse() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("KMS", """
        new CfnKey(this, "Documents", {|SRM2106:new CfnKeyProps|} { Description = "documents" });
        new CfnKey(this, "Reports", new CfnKeyProps { EnableKeyRotation = {|SRM2106:false|} });
        """),
        CdkStack.Of("KMS", """
        new CfnKey(this, "Documents", new CfnKeyProps { Description = "documents", EnableKeyRotation = true });
        new CfnKey(this, "Reports", new CfnKeyProps { EnableKeyRotation = true });
        """));
}
