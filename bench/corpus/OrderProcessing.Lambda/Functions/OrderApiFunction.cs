using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.APIGatewayEvents;
using Amazon.Lambda.Core;
using Amazon.S3;
using Amazon.S3.Model;
using OrderProcessing.Lambda.Models;
using OrderProcessing.Lambda.Shared;

namespace OrderProcessing.Lambda.Functions;

/// <summary>
/// API Gateway proxy handler: GET /orders/{id}, GET /orders/{id}/invoice,
/// GET /customers/{id}/orders.
/// </summary>
public class OrderApiFunction
{
    private static readonly AmazonDynamoDBClient DynamoDb = new(RegionEndpoint.USEast1);
    private static readonly AmazonS3Client S3 = new(RegionEndpoint.USEast1);

    private static readonly Dictionary<string, string> JsonHeaders = new()
    {
        ["Content-Type"] = "application/json",
        ["Access-Control-Allow-Origin"] = "*",
    };

    public async Task<APIGatewayProxyResponse> FunctionHandler(APIGatewayProxyRequest request, ILambdaContext context)
    {
        context.Logger.LogInformation($"{request.HttpMethod} {request.Path} ({request.RequestContext?.RequestId})");

        try
        {
            if (request.HttpMethod != "GET")
            {
                return Respond(HttpStatusCode.MethodNotAllowed, new { error = "Only GET is supported" });
            }

            var pathParameters = request.PathParameters ?? new Dictionary<string, string>();
            return request.Resource switch
            {
                "/orders/{id}" => await GetOrderAsync(pathParameters["id"]),
                "/orders/{id}/invoice" => await GetInvoiceLinkAsync(pathParameters["id"]),
                "/customers/{id}/orders" => await ListCustomerOrdersAsync(pathParameters["id"], request.QueryStringParameters),
                _ => Respond(HttpStatusCode.NotFound, new { error = "Unknown route" }),
            };
        }
        catch (AmazonDynamoDBException ex)
        {
            context.Logger.LogError($"DynamoDB error: {ex.ErrorCode} {ex.Message}");
            return Respond(HttpStatusCode.BadGateway, new { error = "Storage error" });
        }
        catch (Exception ex)
        {
            context.Logger.LogError(ex.ToString());
            return Respond(HttpStatusCode.InternalServerError, new { error = ex.Message });
        }
    }

    private static async Task<APIGatewayProxyResponse> GetOrderAsync(string orderId)
    {
        var response = await DynamoDb.QueryAsync(new QueryRequest
        {
            TableName = Settings.OrdersTable,
            KeyConditionExpression = "pk = :pk",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":pk"] = new AttributeValue { S = "ORDER#" + orderId },
            },
            Limit = 1,
        });

        var item = response.Items?.FirstOrDefault();
        if (item == null)
        {
            return Respond(HttpStatusCode.NotFound, new { error = $"Order {orderId} not found" });
        }

        return Respond(HttpStatusCode.OK, ToDto(item));
    }

    private static async Task<APIGatewayProxyResponse> GetInvoiceLinkAsync(string orderId)
    {
        var key = $"invoices/{orderId}.pdf";
        try
        {
            await S3.GetObjectMetadataAsync(Settings.InvoiceBucket, key);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return Respond(HttpStatusCode.NotFound, new { error = "Invoice not generated yet" });
        }

        var url = await S3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = Settings.InvoiceBucket,
            Key = key,
            Verb = HttpVerb.GET,
            Expires = DateTime.UtcNow.AddMinutes(10),
        });

        return Respond(HttpStatusCode.OK, new OrderResult { OrderId = orderId, Status = "INVOICED", InvoiceUrl = url });
    }

    private static async Task<APIGatewayProxyResponse> ListCustomerOrdersAsync(string customerId, IDictionary<string, string>? query)
    {
        var limit = 20;
        if (query != null && query.TryGetValue("limit", out var limitText) && int.TryParse(limitText, out var parsed))
        {
            limit = Math.Clamp(parsed, 1, 100);
        }

        var request = new QueryRequest
        {
            TableName = Settings.OrdersTable,
            IndexName = "sk-index",
            KeyConditionExpression = "sk = :sk",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":sk"] = new AttributeValue { S = "CUSTOMER#" + customerId },
            },
            Limit = limit,
        };

        if (query != null && query.TryGetValue("next", out var next) && !string.IsNullOrEmpty(next))
        {
            var parts = next.Split('|');
            request.ExclusiveStartKey = new Dictionary<string, AttributeValue>
            {
                ["pk"] = new AttributeValue { S = parts[0] },
                ["sk"] = new AttributeValue { S = parts[1] },
            };
        }

        var response = await DynamoDb.QueryAsync(request);
        string? nextToken = null;
        if (response.LastEvaluatedKey is { Count: > 0 } last)
        {
            nextToken = last["pk"].S + "|" + last["sk"].S;
        }

        return Respond(HttpStatusCode.OK, new
        {
            orders = (response.Items ?? new List<Dictionary<string, AttributeValue>>()).Select(ToDto).ToList(),
            next = nextToken,
        });
    }

    private static object ToDto(Dictionary<string, AttributeValue> item) => new
    {
        orderId = item["pk"].S.Substring("ORDER#".Length),
        customerId = item["sk"].S.Substring("CUSTOMER#".Length),
        status = item.TryGetValue("status", out var s) ? s.S : null,
        total = item.TryGetValue("total", out var t) ? t.N : null,
        currency = item.TryGetValue("currency", out var c) ? c.S : null,
        placedAt = item.TryGetValue("placedAt", out var p) ? p.S : null,
    };

    private static APIGatewayProxyResponse Respond(HttpStatusCode status, object body) => new()
    {
        StatusCode = (int)status,
        Headers = JsonHeaders,
        Body = Json.Write(body),
    };
}
