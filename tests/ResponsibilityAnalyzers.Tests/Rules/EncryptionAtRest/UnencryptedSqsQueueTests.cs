using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ResponsibilityAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyRule = ResponsibilityAnalyzers.Tests.Infrastructure.Verify<ResponsibilityAnalyzers.Rules.EncryptionAtRest.UnencryptedSqsQueueAnalyzer, ResponsibilityAnalyzers.CodeFixes.EncryptionAtRest.UnencryptedSqsQueueFixer>;

namespace ResponsibilityAnalyzers.Tests.Rules.EncryptionAtRest;

/// <summary>SQS is tested on SDK v4 only (AWSSDK.SQS 4.0.100.25): no v3 SQS package is served to the tests.</summary>
public class UnencryptedSqsQueueTests
{
    [Fact]
    public Task SseTurnedOff_IsReported_WithTheModelInTheMessage() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using Amazon.SQS;
        using Amazon.SQS.Model;

        class Queues
        {
            object Orders() => new CreateQueueRequest
            {
                QueueName = "orders",
                Attributes = new Dictionary<string, string> { [QueueAttributeName.SqsManagedSseEnabled] = {|#0:"false"|} },
            };
        }
        """,
        expected: new DiagnosticResult(Descriptors.SRM2104_UnencryptedSqsQueue).WithLocation(0).WithArguments(
            "SQS is an abstracted service",
            "SqsManagedSseEnabled = \"false\" with no KmsMasterKeyId turns server-side encryption off, so SQS stores the queue's messages unencrypted; leave SSE-SQS on (\"true\", the default for new queues) or give the queue a KMS key"));

    [Fact]
    public Task EveryWayOfWritingTheAttribute_IsReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.SQS;
        using Amazon.SQS.Model;

        class Queues
        {
            const string Off = "false";

            async Task All(IAmazonSQS sqs, string url)
            {
                await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = "a", Attributes = new() { { "SqsManagedSseEnabled", {|SRM2104:"FALSE"|} } } });
                var attributes = new Dictionary<string, string>();
                attributes.Add(QueueAttributeName.SqsManagedSseEnabled.Value, {|SRM2104:Off|});
                await sqs.SetQueueAttributesAsync(url, attributes);
                var b = new SetQueueAttributesRequest { QueueUrl = url, Attributes = new Dictionary<string, string>() };
                b.Attributes["SqsManagedSseEnabled"] = {|SRM2104:"false"|};
            }
        }
        """);

    [Fact]
    public Task EncryptedKmsOrUnknown_IsNotReported() => VerifyRule.Diagnostics(Sdk.V4, """
        using System.Collections.Generic;
        using Amazon.SQS;
        using Amazon.SQS.Model;

        class Queues
        {
            void All(string flag)
            {
                var a = new CreateQueueRequest { Attributes = new() { [QueueAttributeName.SqsManagedSseEnabled] = "true" } };
                var b = new CreateQueueRequest { Attributes = new() { [QueueAttributeName.SqsManagedSseEnabled] = flag } };
                var c = new CreateQueueRequest
                {
                    Attributes = new()
                    {
                        [QueueAttributeName.SqsManagedSseEnabled] = "false",
                        [QueueAttributeName.KmsMasterKeyId] = "alias/orders",
                    },
                };
                var d = new CreateQueueRequest { QueueName = "plain" };
                var e = new Dictionary<string, string> { ["SomethingElse"] = "false" };
            }
        }
        """);

    [Fact]
    public Task WithoutTheAwsSdk_NothingIsReported() => VerifyRule.Diagnostics(Sdk.None, """
        using System.Collections.Generic;

        class Queues
        {
            object Orders() => new Dictionary<string, string> { ["SqsManagedSseEnabled"] = "false" };
        }
        """);

    [Fact]
    public Task Fix_TurnsSseBackOn() => VerifyRule.Fix(Sdk.V4, """
        using System.Collections.Generic;
        using Amazon.SQS;
        using Amazon.SQS.Model;

        class Queues
        {
            object Orders() => new CreateQueueRequest
            {
                QueueName = "orders",
                Attributes = new Dictionary<string, string>
                {
                    [QueueAttributeName.SqsManagedSseEnabled] = {|SRM2104:"false"|}, // legacy consumer
                },
            };
        }
        """, """
        using System.Collections.Generic;
        using Amazon.SQS;
        using Amazon.SQS.Model;

        class Queues
        {
            object Orders() => new CreateQueueRequest
            {
                QueueName = "orders",
                Attributes = new Dictionary<string, string>
                {
                    [QueueAttributeName.SqsManagedSseEnabled] = "true", // legacy consumer
                },
            };
        }
        """);

    [Fact]
    public Task FixAll_TurnsSseOnEverywhere() => VerifyRule.FixAll(Sdk.V4, """
        using System.Collections.Generic;

        class Queues
        {
            object[] All() => new object[]
            {
                new Dictionary<string, string> { ["SqsManagedSseEnabled"] = {|SRM2104:"false"|} },
                new Dictionary<string, string> { { "SqsManagedSseEnabled", {|SRM2104:"false"|} } },
            };
        }
        """, """
        using System.Collections.Generic;

        class Queues
        {
            object[] All() => new object[]
            {
                new Dictionary<string, string> { ["SqsManagedSseEnabled"] = "true" },
                new Dictionary<string, string> { { "SqsManagedSseEnabled", "true" } },
            };
        }
        """);

    [Fact]
    public Task NoFix_ForAConstantDefinedElsewhere() => VerifyRule.Fix(Sdk.V4, """
        using System.Collections.Generic;

        class Queues
        {
            const string Off = "false";

            object Orders() => new Dictionary<string, string> { ["SqsManagedSseEnabled"] = {|SRM2104:Off|} };
        }
        """, """
        using System.Collections.Generic;

        class Queues
        {
            const string Off = "false";

            object Orders() => new Dictionary<string, string> { ["SqsManagedSseEnabled"] = {|SRM2104:Off|} };
        }
        """);
}
