using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.UnencryptedSqsQueueAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.UnencryptedSqsQueueFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>SRM2104, CDK form: QueueProps with Encryption = QueueEncryption.UNENCRYPTED; left out, the CDK gives SSE-SQS.</summary>
public class UnencryptedSqsQueueCdkTests
{
    [Fact]
    public Task UnsafeOrMissing_IsReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool fast) : base(scope, "App")
            {
                new Queue(this, "Jobs", new QueueProps { Encryption = {|SRM2104:QueueEncryption.UNENCRYPTED|} });
                new Queue(this, "Mail", new QueueProps { Encryption = fast ? {|SRM2104:QueueEncryption.UNENCRYPTED|} : QueueEncryption.KMS_MANAGED });
            }
        }
        """);

    [Fact]
    public Task SafeOrUnknown_IsNotReported() => VerifyRule.Diagnostics(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool fast) : base(scope, "App")
            {
                new Queue(this, "Jobs");
                new Queue(this, "Mail", new QueueProps { Encryption = QueueEncryption.SQS_MANAGED });
                new Queue(this, "Audit", new QueueProps { Encryption = QueueEncryption.KMS });
            }
        }
        """);

    [Fact]
    public Task Fix_WritesTheSafeValue() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool fast) : base(scope, "App")
            {
                new Queue(this, "Jobs", new QueueProps { Encryption = {|SRM2104:QueueEncryption.UNENCRYPTED|} });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool fast) : base(scope, "App")
            {
                new Queue(this, "Jobs", new QueueProps { Encryption = QueueEncryption.SQS_MANAGED });
            }
        }
        """);

    [Fact]
    public Task FixAll_FixesEveryFinding() => VerifyRule.FixAll(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool fast) : base(scope, "App")
            {
                new Queue(this, "Jobs", new QueueProps { Encryption = {|SRM2104:QueueEncryption.UNENCRYPTED|} });
                new Queue(this, "Mail", new QueueProps { Encryption = {|SRM2104:QueueEncryption.UNENCRYPTED|}, EnforceSSL = true });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class AppStack : Stack
        {
            AppStack(Construct scope, bool fast) : base(scope, "App")
            {
                new Queue(this, "Jobs", new QueueProps { Encryption = QueueEncryption.SQS_MANAGED });
                new Queue(this, "Mail", new QueueProps { Encryption = QueueEncryption.SQS_MANAGED, EnforceSSL = true });
            }
        }
        """);

    [Fact]
    public Task CfnQueue_SqsManagedSseOffWithoutAKey_IsReported_AndTheDefaultIsNot() => VerifyRule.Fix(Sdk.Cdk, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class MessagingStack : Stack
        {
            MessagingStack(Construct scope) : base(scope, "Messaging")
            {
                new CfnQueue(this, "Jobs", new CfnQueueProps { SqsManagedSseEnabled = {|SRM2104:false|} });
                new CfnQueue(this, "Events", new CfnQueueProps { SqsManagedSseEnabled = false, KmsMasterKeyId = "alias/events" });
                new CfnQueue(this, "Mail", new CfnQueueProps { QueueName = "mail" });
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        class MessagingStack : Stack
        {
            MessagingStack(Construct scope) : base(scope, "Messaging")
            {
                new CfnQueue(this, "Jobs", new CfnQueueProps { SqsManagedSseEnabled = true });
                new CfnQueue(this, "Events", new CfnQueueProps { SqsManagedSseEnabled = false, KmsMasterKeyId = "alias/events" });
                new CfnQueue(this, "Mail", new CfnQueueProps { QueueName = "mail" });
            }
        }
        """);

    /// <summary>Fix All on two findings of the L1 row in one document: one batch pass fixes both.</summary>
    [Fact]
    public Task FixAll_CfnQueueSqsManagedSseEnabled_False() => VerifyRule.FixAll(
        Sdk.Cdk,
        CdkStack.Of("SQS", """
        new CfnQueue(this, "Jobs", new CfnQueueProps { SqsManagedSseEnabled = {|SRM2104:false|} });
        var events = new CfnQueueProps { QueueName = "events" };
        events.SqsManagedSseEnabled = {|SRM2104:false|};
        new CfnQueue(this, "Events", events);
        """),
        CdkStack.Of("SQS", """
        new CfnQueue(this, "Jobs", new CfnQueueProps { SqsManagedSseEnabled = true });
        var events = new CfnQueueProps { QueueName = "events" };
        events.SqsManagedSseEnabled = true;
        new CfnQueue(this, "Events", events);
        """));
}
