using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Lambda.Core;
using Amazon.Lambda.SQSEvents;
using Amazon.S3;
using Amazon.S3.Model;
using OrderProcessing.Lambda.Models;
using OrderProcessing.Lambda.Shared;

namespace OrderProcessing.Lambda.Functions;

/// <summary>
/// Generates an invoice document for each fulfilled order, stores it in
/// the invoice bucket encrypted with the invoices KMS key, and records the
/// invoice number on the order.
/// </summary>
public class InvoiceFunction
{
    private static readonly IAmazonS3 S3 = new AmazonS3Client();
    private static readonly IAmazonDynamoDB DynamoDb = new AmazonDynamoDBClient();
    private static readonly IAmazonKeyManagementService Kms = new AmazonKeyManagementServiceClient();
    private static Table? _ordersTable;

    public async Task FunctionHandler(SQSEvent sqsEvent, ILambdaContext context)
    {
        _ordersTable ??= new TableBuilder(DynamoDb, Settings.OrdersTable)
            .AddHashKey("pk", DynamoDBEntryType.String)
            .AddRangeKey("sk", DynamoDBEntryType.String)
            .Build();

        var keyId = await ParameterCache.GetRequiredAsync("invoice-kms-key-id");
        var signingSecret = await ParameterCache.GetRequiredAsync("invoice-signing-secret");

        foreach (var record in sqsEvent.Records)
        {
            var order = Json.Read<OrderMessage>(record.Body);
            if (order == null)
            {
                continue;
            }

            var invoiceNumber = $"INV-{DateTime.UtcNow:yyyyMM}-{order.OrderId[..Math.Min(8, order.OrderId.Length)].ToUpperInvariant()}";
            var document = RenderInvoice(order, invoiceNumber, signingSecret);

            await S3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = Settings.InvoiceBucket,
                Key = $"invoices/{order.OrderId}.pdf",
                InputStream = new MemoryStream(document),
                ContentType = "application/pdf",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                ServerSideEncryptionKeyManagementServiceKeyId = keyId,
                Metadata = { ["invoice-number"] = invoiceNumber },
            });

            // Also keep an encrypted copy of the card digits for chargebacks.
            if (!string.IsNullOrEmpty(order.CardLast4))
            {
                var encrypted = await Kms.EncryptAsync(new EncryptRequest
                {
                    KeyId = keyId,
                    Plaintext = new MemoryStream(Encoding.UTF8.GetBytes(order.CardLast4)),
                    EncryptionContext = new Dictionary<string, string> { ["orderId"] = order.OrderId },
                });

                var update = new Document
                {
                    ["pk"] = "ORDER#" + order.OrderId,
                    ["sk"] = "CUSTOMER#" + order.CustomerId,
                    ["invoiceNumber"] = invoiceNumber,
                    ["cardToken"] = Convert.ToBase64String(encrypted.CiphertextBlob.ToArray()),
                };
                await _ordersTable.UpdateItemAsync(update);
            }
            else
            {
                await _ordersTable.UpdateItemAsync(new Document
                {
                    ["pk"] = "ORDER#" + order.OrderId,
                    ["sk"] = "CUSTOMER#" + order.CustomerId,
                    ["invoiceNumber"] = invoiceNumber,
                });
            }

            context.Logger.LogInformation($"Invoice {invoiceNumber} written for order {order.OrderId}");
        }
    }

    private static byte[] RenderInvoice(OrderMessage order, string invoiceNumber, string signingSecret)
    {
        var builder = new StringBuilder();
        builder.AppendLine("%PDF-1.4 (text placeholder)");
        builder.AppendLine($"Invoice {invoiceNumber}");
        builder.AppendLine($"Order {order.OrderId}  Customer {order.CustomerId}");
        if (order.Shipping != null)
        {
            builder.AppendLine($"{order.Shipping.Name}, {order.Shipping.Street}, {order.Shipping.Zip} {order.Shipping.City}, {order.Shipping.Country}");
        }

        foreach (var item in order.Items)
        {
            builder.AppendLine($"{item.Sku,-20}{item.Quantity,5} x {item.UnitPrice,10:0.00} {order.Currency}");
        }

        builder.AppendLine($"Total {order.Total():0.00} {order.Currency}");
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(signingSecret));
        builder.AppendLine("Signature " + Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(invoiceNumber + order.Total()))));
        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
