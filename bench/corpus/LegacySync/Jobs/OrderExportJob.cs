#nullable disable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using LegacySync.Common;

namespace LegacySync.Jobs
{
    /// <summary>
    /// Writes orders changed since the last run into the CSV file the old
    /// ERP imports every night.
    /// </summary>
    public class OrderExportJob
    {
        private readonly CheckpointStore _checkpoints;

        public OrderExportJob(CheckpointStore checkpoints)
        {
            _checkpoints = checkpoints;
        }

        public int Run()
        {
            var since = _checkpoints.Get("order-export");
            var started = DateTime.UtcNow;
            var rows = new List<string>();

            var request = new ScanRequest();
            request.TableName = AppConfig.OrdersTable;
            request.FilterExpression = "UpdatedAt > :since";
            request.ExpressionAttributeValues = new Dictionary<string, AttributeValue>();
            request.ExpressionAttributeValues.Add(":since", new AttributeValue { S = since.ToString("o", CultureInfo.InvariantCulture) });

            ScanResponse response;
            do
            {
                response = AwsClients.Dynamo.ScanAsync(request).Result;
                foreach (var item in response.Items)
                {
                    rows.Add(ToCsv(item));
                }

                request.ExclusiveStartKey = response.LastEvaluatedKey;
            }
            while (response.LastEvaluatedKey != null && response.LastEvaluatedKey.Count != 0);

            if (rows.Count == 0)
            {
                return 0;
            }

            var path = Path.Combine(AppConfig.DropFolder, "orders_" + started.ToString("yyyyMMdd_HHmmss") + ".csv");
            var text = new StringBuilder();
            text.AppendLine("OrderNo;Customer;Email;Phone;Amount;Status;Updated");
            foreach (var row in rows)
            {
                text.AppendLine(row);
            }

            File.WriteAllText(path, text.ToString(), Encoding.GetEncoding(1252));
            _checkpoints.Set("order-export", started);
            Log.Info("Exported " + rows.Count + " orders to " + path);
            return rows.Count;
        }

        private static string ToCsv(Dictionary<string, AttributeValue> item)
        {
            return string.Join(";", new[]
            {
                Value(item, "OrderNo"),
                Value(item, "CustomerName"),
                Value(item, "Email"),
                Value(item, "Phone"),
                Value(item, "Amount"),
                Value(item, "Status"),
                Value(item, "UpdatedAt"),
            });
        }

        private static string Value(Dictionary<string, AttributeValue> item, string name)
        {
            AttributeValue value;
            if (!item.TryGetValue(name, out value))
            {
                return string.Empty;
            }

            return (value.S ?? value.N ?? string.Empty).Replace(";", ",");
        }

        /// <summary>
        /// Marks orders as exported, one at a time through the document model
        /// (the table predates the object persistence model).
        /// </summary>
        public void MarkExported(IEnumerable<string> orderNumbers)
        {
            var table = new TableBuilder(AwsClients.Dynamo, AppConfig.OrdersTable)
                .AddHashKey("OrderNo", DynamoDBEntryType.String)
                .Build();

            foreach (var orderNo in orderNumbers)
            {
                var document = new Document();
                document["OrderNo"] = orderNo;
                document["ExportedAt"] = DateTime.UtcNow.ToString("o");
                document["Status"] = "EXPORTED";
                table.UpdateItemAsync(document).Wait();
            }
        }
    }
}
