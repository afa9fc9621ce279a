#nullable disable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Amazon.DynamoDBv2.Model;
using Amazon.SQS.Model;
using LegacySync.Common;

namespace LegacySync.Jobs
{
    /// <summary>
    /// Long-polls the legacy-sync queue for status updates coming back from
    /// the warehouse system and applies them to the orders table.
    /// Message body: "ORDERNO|STATUS|TRACKING".
    /// </summary>
    public class QueueListenerJob
    {
        private volatile bool _stopping;

        public void Stop()
        {
            _stopping = true;
        }

        public void RunForever()
        {
            while (!_stopping)
            {
                try
                {
                    var processed = PollOnce();
                    if (processed == 0)
                    {
                        Thread.Sleep(TimeSpan.FromSeconds(AppConfig.PollSeconds));
                    }
                }
                catch (Exception ex)
                {
                    Log.Error("Queue polling failed", ex);
                    Thread.Sleep(TimeSpan.FromMinutes(1));
                }
            }
        }

        public int PollOnce()
        {
            var request = new ReceiveMessageRequest();
            request.QueueUrl = AppConfig.QueueUrl;
            request.MaxNumberOfMessages = 10;
            request.WaitTimeSeconds = 20;
            request.VisibilityTimeout = 120;

            var response = AwsClients.Sqs.ReceiveMessageAsync(request).Result;
            if (response.Messages == null)
            {
                return 0;
            }

            var done = 0;
            foreach (var message in response.Messages)
            {
                var parts = message.Body.Split('|');
                if (parts.Length < 2)
                {
                    Log.Warn("Bad message " + message.MessageId + ": " + message.Body);
                    File.AppendAllText(Path.Combine(AppConfig.InboxFolder, "bad-messages.txt"), message.Body + Environment.NewLine);
                    AwsClients.Sqs.DeleteMessageAsync(AppConfig.QueueUrl, message.ReceiptHandle).Wait();
                    continue;
                }

                var update = new UpdateItemRequest();
                update.TableName = AppConfig.OrdersTable;
                update.Key = new Dictionary<string, AttributeValue>();
                update.Key["OrderNo"] = new AttributeValue { S = parts[0] };
                update.UpdateExpression = "SET #s = :s, UpdatedAt = :u" + (parts.Length > 2 ? ", Tracking = :t" : string.Empty);
                update.ExpressionAttributeNames = new Dictionary<string, string> { { "#s", "Status" } };
                update.ExpressionAttributeValues = new Dictionary<string, AttributeValue>();
                update.ExpressionAttributeValues[":s"] = new AttributeValue { S = parts[1] };
                update.ExpressionAttributeValues[":u"] = new AttributeValue { S = DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture) };
                if (parts.Length > 2)
                {
                    update.ExpressionAttributeValues[":t"] = new AttributeValue { S = parts[2] };
                }

                AwsClients.Dynamo.UpdateItemAsync(update).Wait();
                AwsClients.Sqs.DeleteMessageAsync(AppConfig.QueueUrl, message.ReceiptHandle).Wait();
                done++;
            }

            Log.Info("Applied " + done + " status updates");
            return done;
        }
    }
}
