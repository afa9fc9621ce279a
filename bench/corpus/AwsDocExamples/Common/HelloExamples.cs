using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsDocExamples.Common;

/// <summary>
/// The "Hello" examples: the smallest call that shows each client works.
/// </summary>
public static class HelloExamples
{
    public static async Task HelloStsAsync()
    {
        using var sts = new AmazonSecurityTokenServiceClient();
        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Console.WriteLine($"Hello! You are {identity.Arn} in account {identity.Account}.");
    }

    public static async Task HelloSqsAsync()
    {
        var sqsClient = new AmazonSQSClient();
        Console.WriteLine("Hello Amazon SQS! Following are some of your queues:");
        var paginator = sqsClient.Paginators.ListQueues(new ListQueuesRequest { MaxResults = 10 });
        var shown = 0;
        await foreach (var queueUrl in paginator.QueueUrls)
        {
            Console.WriteLine($"\tQueue Url: {queueUrl}");
            if (++shown >= 10)
            {
                break;
            }
        }
    }

    public static async Task HelloSsmAsync()
    {
        var ssmClient = new AmazonSimpleSystemsManagementClient();
        var request = new DescribeDocumentRequest { Name = "AWS-RunShellScript" };
        var response = await ssmClient.DescribeDocumentAsync(request);
        Console.WriteLine($"{response.Document.Name} (version {response.Document.DocumentVersion}) is {response.Document.Status}.");

        var parameters = new List<ParameterMetadata>();
        await foreach (var page in ssmClient.Paginators.DescribeParameters(new DescribeParametersRequest()).Responses)
        {
            parameters.AddRange(page.Parameters ?? new List<ParameterMetadata>());
        }

        Console.WriteLine($"You have {parameters.Count} parameters in Parameter Store.");
    }

    public static async Task SendAndReceiveAsync(string queueName)
    {
        var sqsClient = new AmazonSQSClient();
        var created = await sqsClient.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = queueName,
            Attributes = new Dictionary<string, string>
            {
                [QueueAttributeName.ReceiveMessageWaitTimeSeconds] = "20",
                [QueueAttributeName.SqsManagedSseEnabled] = "true",
            },
        });

        await sqsClient.SendMessageAsync(created.QueueUrl, "Hello from the SQS example");
        var received = await sqsClient.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = created.QueueUrl,
            MaxNumberOfMessages = 1,
            WaitTimeSeconds = 5,
        });

        foreach (var message in received.Messages ?? new List<Message>())
        {
            Console.WriteLine($"Received: {message.Body}");
            await sqsClient.DeleteMessageAsync(created.QueueUrl, message.ReceiptHandle);
        }

        await sqsClient.DeleteQueueAsync(created.QueueUrl);
    }
}
