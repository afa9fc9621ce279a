using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.CloudWatchEvents.ScheduledEvents;
using Amazon.Lambda.Core;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using Amazon.SQS.Model;
using OrderProcessing.Lambda.Shared;

namespace OrderProcessing.Lambda.Functions;

/// <summary>
/// Weekly housekeeping: removes abandoned carts from the orders table,
/// deletes their uploaded images, and redrives the dead-letter queue.
/// </summary>
public class CleanupFunction
{
    private static readonly AmazonDynamoDBClient DynamoDb = new();
    private static readonly AmazonS3Client S3 = new();
    private static readonly AmazonSQSClient Sqs = new();

    public async Task FunctionHandler(ScheduledEvent input, ILambdaContext context)
    {
        var cutoff = DateTime.UtcNow.AddDays(-30).ToString("o");
        var removed = 0;

        var scan = new ScanRequest
        {
            TableName = Settings.OrdersTable,
            FilterExpression = "#s = :abandoned AND placedAt < :cutoff",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#s"] = "status" },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":abandoned"] = new AttributeValue { S = "ABANDONED" },
                [":cutoff"] = new AttributeValue { S = cutoff },
            },
            ProjectionExpression = "pk, sk",
        };

        ScanResponse page;
        do
        {
            page = await DynamoDb.ScanAsync(scan);
            var keys = page.Items ?? new List<Dictionary<string, AttributeValue>>();
            foreach (var chunk in keys.Chunk(25))
            {
                var writes = chunk.Select(k => new WriteRequest { DeleteRequest = new DeleteRequest { Key = k } }).ToList();
                var result = await DynamoDb.BatchWriteItemAsync(new BatchWriteItemRequest
                {
                    RequestItems = new Dictionary<string, List<WriteRequest>> { [Settings.OrdersTable] = writes },
                });

                // Unprocessed deletes will be picked up next week.
                removed += writes.Count - (result.UnprocessedItems?.Values.Sum(v => v.Count) ?? 0);

                var images = chunk.Select(k => new KeyVersion { Key = "carts/" + k["pk"].S.Replace("ORDER#", string.Empty) + ".png" }).ToList();
                await S3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = Settings.ThumbnailBucket, Objects = images });
            }

            scan.ExclusiveStartKey = page.LastEvaluatedKey;
        }
        while (page.LastEvaluatedKey != null && page.LastEvaluatedKey.Count > 0);

        context.Logger.LogInformation($"Removed {removed} abandoned orders older than {cutoff}");

        var redriven = await RedriveDeadLettersAsync(context);
        context.Logger.LogInformation($"Redrove {redriven} dead letters");
    }

    private static async Task<int> RedriveDeadLettersAsync(ILambdaContext context)
    {
        var count = 0;
        while (context.RemainingTime > TimeSpan.FromSeconds(30))
        {
            var received = await Sqs.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = Settings.DeadLetterQueueUrl,
                MaxNumberOfMessages = 10,
                WaitTimeSeconds = 1,
                MessageAttributeNames = new List<string> { "All" },
            });

            var messages = received.Messages ?? new List<Message>();
            if (messages.Count == 0)
            {
                break;
            }

            foreach (var message in messages)
            {
                if (message.MessageAttributes != null && message.MessageAttributes.TryGetValue("reason", out var reason) && reason.StringValue == "invalid-order")
                {
                    // Invalid orders stay parked for a human.
                    continue;
                }

                await Sqs.SendMessageAsync(Settings.FulfilmentQueueUrl.Replace("fulfilment", "orders-incoming"), message.Body);
                await Sqs.DeleteMessageAsync(Settings.DeadLetterQueueUrl, message.ReceiptHandle);
                count++;
            }
        }

        return count;
    }
}
