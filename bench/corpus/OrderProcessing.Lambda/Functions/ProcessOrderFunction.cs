using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.Core;
using Amazon.Lambda.SQSEvents;
using Amazon.SQS;
using Amazon.SQS.Model;
using OrderProcessing.Lambda.Models;
using OrderProcessing.Lambda.Shared;

namespace OrderProcessing.Lambda.Functions;

/// <summary>
/// Reads orders from the incoming queue, writes them to the orders table
/// and forwards them to fulfilment. Reports partial batch failures so only
/// failed messages are retried.
/// </summary>
public class ProcessOrderFunction
{
    // Clients are created once per execution environment and reused across invocations.
    private static readonly IAmazonDynamoDB DynamoDb = new AmazonDynamoDBClient();
    private static readonly IAmazonSQS Sqs = new AmazonSQSClient();

    public async Task<SQSBatchResponse> FunctionHandler(SQSEvent sqsEvent, ILambdaContext context)
    {
        var failures = new List<SQSBatchResponse.BatchItemFailure>();
        context.Logger.LogInformation($"Received {sqsEvent.Records.Count} messages");

        foreach (var message in sqsEvent.Records)
        {
            try
            {
                await ProcessMessageAsync(message, context).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                context.Logger.LogError($"Message {message.MessageId} failed: {ex}");
                failures.Add(new SQSBatchResponse.BatchItemFailure { ItemIdentifier = message.MessageId });
            }
        }

        return new SQSBatchResponse(failures);
    }

    private static async Task ProcessMessageAsync(SQSEvent.SQSMessage message, ILambdaContext context)
    {
        var order = Json.Read<OrderMessage>(message.Body) ?? throw new FormatException("Empty order message.");
        if (string.IsNullOrEmpty(order.OrderId) || order.Items.Count == 0)
        {
            // Malformed orders are parked on the DLQ instead of retried forever.
            await Sqs.SendMessageAsync(new SendMessageRequest
            {
                QueueUrl = Settings.DeadLetterQueueUrl,
                MessageBody = message.Body,
                MessageAttributes = new Dictionary<string, MessageAttributeValue>
                {
                    ["reason"] = new MessageAttributeValue { DataType = "String", StringValue = "invalid-order" },
                },
            }).ConfigureAwait(false);
            return;
        }

        context.Logger.LogInformation($"Processing order {order.OrderId} for {order.CustomerEmail}, card ending {order.CardLast4}");

        var item = new Dictionary<string, AttributeValue>
        {
            ["pk"] = new AttributeValue { S = "ORDER#" + order.OrderId },
            ["sk"] = new AttributeValue { S = "CUSTOMER#" + order.CustomerId },
            ["status"] = new AttributeValue { S = "RECEIVED" },
            ["total"] = new AttributeValue { N = order.Total().ToString(CultureInfo.InvariantCulture) },
            ["currency"] = new AttributeValue { S = order.Currency },
            ["placedAt"] = new AttributeValue { S = order.PlacedAt.ToString("o", CultureInfo.InvariantCulture) },
            ["items"] = new AttributeValue
            {
                L = order.Items.Select(i => new AttributeValue
                {
                    M = new Dictionary<string, AttributeValue>
                    {
                        ["sku"] = new AttributeValue { S = i.Sku },
                        ["qty"] = new AttributeValue { N = i.Quantity.ToString(CultureInfo.InvariantCulture) },
                        ["price"] = new AttributeValue { N = i.UnitPrice.ToString(CultureInfo.InvariantCulture) },
                    },
                }).ToList(),
            },
            ["messageId"] = new AttributeValue { S = message.MessageId },
        };

        if (order.CustomerEmail != null)
        {
            item["email"] = new AttributeValue { S = order.CustomerEmail };
        }

        try
        {
            await DynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = Settings.OrdersTable,
                Item = item,
                ConditionExpression = "attribute_not_exists(pk)",
            }).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException)
        {
            // Delivered twice: SQS is at-least-once. The first delivery already did the work.
            context.Logger.LogWarning($"Order {order.OrderId} already recorded; skipping");
            return;
        }

        await Sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = Settings.FulfilmentQueueUrl,
            MessageBody = Json.Write(new { order.OrderId, order.CustomerId, order.Items, order.Shipping }),
            MessageGroupId = order.CustomerId,
            MessageDeduplicationId = order.OrderId,
        }).ConfigureAwait(false);
    }
}
