using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.SQS;
using Amazon.SQS.Model;
using Integration.Tests.Fixtures;
using Xunit;

namespace Integration.Tests.Messaging;

[Collection(LocalStackCollection.Name)]
[Trait("Category", "Integration")]
public class SqsTests : IAsyncLifetime
{
    private readonly LocalStackFixture _localStack;
    private string _queueUrl = string.Empty;
    private string _dlqUrl = string.Empty;

    public SqsTests(LocalStackFixture localStack)
    {
        _localStack = localStack;
    }

    public async Task InitializeAsync()
    {
        var name = LocalStackFixture.UniqueName("it-queue");
        var dlq = await _localStack.Sqs.CreateQueueAsync(name + "-dlq");
        _dlqUrl = dlq.QueueUrl;
        var dlqArn = (await _localStack.Sqs.GetQueueAttributesAsync(_dlqUrl, new List<string> { QueueAttributeName.QueueArn })).QueueARN;

        var queue = await _localStack.Sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = name,
            Attributes = new Dictionary<string, string>
            {
                [QueueAttributeName.VisibilityTimeout] = "2",
                [QueueAttributeName.RedrivePolicy] = $"{{\"deadLetterTargetArn\":\"{dlqArn}\",\"maxReceiveCount\":\"2\"}}",
            },
        });
        _queueUrl = queue.QueueUrl;
    }

    public async Task DisposeAsync()
    {
        await _localStack.Sqs.DeleteQueueAsync(_queueUrl);
        await _localStack.Sqs.DeleteQueueAsync(_dlqUrl);
    }

    [Fact]
    public async Task SendReceiveDelete()
    {
        await _localStack.Sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = _queueUrl,
            MessageBody = "{\"orderId\":\"42\"}",
            MessageAttributes = new Dictionary<string, MessageAttributeValue>
            {
                ["type"] = new() { DataType = "String", StringValue = "order-placed" },
            },
        });

        var received = await _localStack.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = _queueUrl,
            MaxNumberOfMessages = 1,
            WaitTimeSeconds = 2,
            MessageAttributeNames = new List<string> { "All" },
        });

        var message = Assert.Single(received.Messages);
        Assert.Contains("42", message.Body);
        Assert.Equal("order-placed", message.MessageAttributes["type"].StringValue);

        await _localStack.Sqs.DeleteMessageAsync(_queueUrl, message.ReceiptHandle);
    }

    [Fact]
    public async Task SendBatch_AllSucceed()
    {
        var entries = Enumerable.Range(0, 10).Select(i => new SendMessageBatchRequestEntry(i.ToString(), $"message {i}")).ToList();
        var response = await _localStack.Sqs.SendMessageBatchAsync(_queueUrl, entries);

        Assert.Equal(10, response.Successful.Count);
        Assert.Empty(response.Failed ?? new List<BatchResultErrorEntry>());
    }

    [Fact]
    public async Task UnacknowledgedMessage_MovesToDeadLetterQueue()
    {
        await _localStack.Sqs.SendMessageAsync(_queueUrl, "poison");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await _localStack.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = _queueUrl, WaitTimeSeconds = 1 });
            await Task.Delay(TimeSpan.FromSeconds(2.5));
        }

        var dead = await _localStack.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = _dlqUrl, WaitTimeSeconds = 2 });
        Assert.Equal("poison", Assert.Single(dead.Messages).Body);
    }
}
