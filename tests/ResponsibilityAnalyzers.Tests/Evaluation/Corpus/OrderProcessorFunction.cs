// Shaped like a .NET Lambda function behind an SQS queue: it parses orders and writes them to S3 and DynamoDB. The Lambda
// runtime sets AWS_REGION, so clients built without a Region are where the function runs.
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.Core;
using Amazon.Lambda.SQSEvents;
using Amazon.S3;
using Amazon.S3.Model;

[assembly: LambdaSerializer(typeof(Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer))]

namespace Acme.Orders.Functions;

public record PaymentCard(string CardNumber, string Expiry, string HolderName);

public record Order(string OrderId, string CustomerEmail, PaymentCard Card, decimal Total);

public class OrderProcessor
{
    private readonly IAmazonS3 _s3;
    private readonly IAmazonDynamoDB _dynamo;

    public OrderProcessor()
        : this(new AmazonS3Client(), new AmazonDynamoDBClient()) // noise: SRM1003
    {
    }

    public OrderProcessor(IAmazonS3 s3, IAmazonDynamoDB dynamo)
    {
        _s3 = s3;
        _dynamo = dynamo;
    }

    public async Task FunctionHandler(SQSEvent sqsEvent, ILambdaContext context)
    {
        foreach (var message in sqsEvent.Records)
        {
            var order = JsonSerializer.Deserialize<Order>(message.Body)!;
            context.Logger.LogLine($"Processing order {order.OrderId}");

            await _s3.PutObjectAsync(new PutObjectRequest // act: SRM2001
            {
                BucketName = Environment.GetEnvironmentVariable("ORDER_BUCKET"),
                Key = $"orders/{order.OrderId}.json",
                ContentBody = JsonSerializer.Serialize(order),
            });

            await _dynamo.PutItemAsync(new PutItemRequest // noise: SRM2001
            {
                TableName = Environment.GetEnvironmentVariable("ORDER_STATUS_TABLE"),
                Item = new Dictionary<string, AttributeValue>
                {
                    ["orderId"] = new AttributeValue { S = order.OrderId },
                    ["status"] = new AttributeValue { S = "RECEIVED" },
                    ["receivedAt"] = new AttributeValue { S = DateTime.UtcNow.ToString("O") },
                },
            });
        }
    }
}
