using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Lambda.CloudWatchEvents.ScheduledEvents;
using Amazon.Lambda.Core;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using OrderProcessing.Lambda.Shared;

namespace OrderProcessing.Lambda.Functions;

/// <summary>
/// Runs nightly: exports yesterday's orders as CSV into the fulfilment
/// partner's bucket, which lives in their AWS account. We assume the role
/// they created for us.
/// </summary>
public class PartnerExportFunction
{
    private static readonly IAmazonSecurityTokenService Sts = new AmazonSecurityTokenServiceClient();
    private static readonly IAmazonDynamoDB DynamoDb = new AmazonDynamoDBClient();

    public async Task<string> FunctionHandler(ScheduledEvent scheduledEvent, ILambdaContext context)
    {
        var day = scheduledEvent.Time.Date.AddDays(-1);
        var csv = await BuildCsvAsync(day, context);

        using var partnerS3 = await PartnerClientAsync(context);
        var key = $"incoming/orders-{day:yyyyMMdd}.csv";

        await partnerS3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = Settings.PartnerBucket,
            Key = key,
            ContentBody = csv,
            ContentType = "text/csv",
            CannedACL = S3CannedACL.BucketOwnerFullControl,
        });

        context.Logger.LogInformation($"Exported {day:yyyy-MM-dd} to s3://{Settings.PartnerBucket}/{key}");
        return key;
    }

    private static async Task<IAmazonS3> PartnerClientAsync(ILambdaContext context)
    {
        if (string.IsNullOrEmpty(Settings.PartnerRoleArn))
        {
            // Older stages still use the access key the partner gave us.
            var accessKey = await ParameterCache.GetRequiredAsync("partner-access-key");
            var secretKey = await ParameterCache.GetRequiredAsync("partner-secret-key");
            return new AmazonS3Client(accessKey, secretKey, RegionEndpoint.EUWest1);
        }

        var assumed = await Sts.AssumeRoleAsync(new AssumeRoleRequest
        {
            RoleArn = Settings.PartnerRoleArn,
            RoleSessionName = "order-export-" + context.AwsRequestId,
            DurationSeconds = 900,
            ExternalId = await ParameterCache.GetAsync("partner-external-id"),
        });

        var credentials = new SessionAWSCredentials(
            assumed.Credentials.AccessKeyId,
            assumed.Credentials.SecretAccessKey,
            assumed.Credentials.SessionToken);
        return new AmazonS3Client(credentials, RegionEndpoint.EUWest1);
    }

    private static async Task<string> BuildCsvAsync(DateTime day, ILambdaContext context)
    {
        var builder = new StringBuilder("order_id,customer_id,total,currency,placed_at\n");
        var request = new ScanRequest
        {
            TableName = Settings.OrdersTable,
            FilterExpression = "begins_with(placedAt, :day)",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":day"] = new AttributeValue { S = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            },
        };

        var rows = 0;
        await foreach (var page in DynamoDb.Paginators.Scan(request).Responses)
        {
            foreach (var item in page.Items ?? new List<Dictionary<string, AttributeValue>>())
            {
                builder.Append(item["pk"].S.Replace("ORDER#", string.Empty)).Append(',')
                    .Append(item["sk"].S.Replace("CUSTOMER#", string.Empty)).Append(',')
                    .Append(item["total"].N).Append(',')
                    .Append(item["currency"].S).Append(',')
                    .Append(item["placedAt"].S).Append('\n');
                rows++;
            }
        }

        context.Logger.LogInformation($"{rows} orders on {day:yyyy-MM-dd}");
        return builder.ToString();
    }
}
