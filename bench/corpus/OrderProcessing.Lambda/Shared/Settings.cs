using System;

namespace OrderProcessing.Lambda.Shared;

/// <summary>
/// Environment variables set on the functions by the deployment template.
/// </summary>
internal static class Settings
{
    public static string OrdersTable => Get("ORDERS_TABLE", "orders");

    public static string InvoiceBucket => Get("INVOICE_BUCKET", "order-invoices");

    public static string ThumbnailBucket => Get("THUMBNAIL_BUCKET", "order-images-thumbnails");

    public static string FulfilmentQueueUrl => Get("FULFILMENT_QUEUE_URL", "https://sqs.us-east-1.amazonaws.com/123456789012/fulfilment");

    public static string DeadLetterQueueUrl => Get("DLQ_URL", "https://sqs.us-east-1.amazonaws.com/123456789012/orders-dlq");

    public static string ParameterPath => Get("PARAMETER_PATH", "/order-processing/prod/");

    public static string? PartnerRoleArn => Environment.GetEnvironmentVariable("PARTNER_ROLE_ARN");

    public static string PartnerBucket => Get("PARTNER_BUCKET", "partner-dropbox-orders");

    public static string Region => Get("AWS_REGION", "us-east-1");

    private static string Get(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
