#nullable disable
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using Amazon.S3.Model;
using LegacySync.Common;

namespace LegacySync.Jobs
{
    /// <summary>
    /// Nightly copy of the orders table as gzipped JSON lines in the archive
    /// bucket (from before the table had point-in-time recovery).
    /// </summary>
    public class TableBackupJob
    {
        public string Run()
        {
            var key = "backups/" + AppConfig.OrdersTable + "/" + DateTime.UtcNow.ToString("yyyy-MM-dd") + ".jsonl.gz";
            var count = 0;

            using (var buffer = new MemoryStream())
            {
                using (var gzip = new GZipStream(buffer, CompressionMode.Compress, true))
                using (var writer = new StreamWriter(gzip, Encoding.UTF8))
                {
                    var request = new ScanRequest { TableName = AppConfig.OrdersTable, Limit = 500 };
                    ScanResponse response;
                    do
                    {
                        response = AwsClients.Dynamo.ScanAsync(request).Result;
                        foreach (var item in response.Items ?? new List<Dictionary<string, AttributeValue>>())
                        {
                            writer.WriteLine(Document.FromAttributeMap(item).ToJson());
                            count++;
                        }

                        request.ExclusiveStartKey = response.LastEvaluatedKey;
                    }
                    while (response.LastEvaluatedKey != null && response.LastEvaluatedKey.Count > 0);
                }

                buffer.Position = 0;
                var put = new PutObjectRequest
                {
                    BucketName = AppConfig.ArchiveBucket,
                    Key = key,
                    InputStream = buffer,
                    ContentType = "application/gzip",
                };
                AwsClients.S3.PutObjectAsync(put).Wait();
            }

            Log.Info("Backed up " + count + " items to " + key);
            PruneOldBackups(35);
            return key;
        }

        private static void PruneOldBackups(int keepDays)
        {
            var cutoff = DateTime.UtcNow.AddDays(-keepDays);
            var request = new ListObjectsV2Request { BucketName = AppConfig.ArchiveBucket, Prefix = "backups/" + AppConfig.OrdersTable + "/" };
            ListObjectsV2Response response;
            do
            {
                response = AwsClients.S3.ListObjectsV2Async(request).Result;
                foreach (var obj in response.S3Objects ?? new List<S3Object>())
                {
                    if (obj.LastModified < cutoff)
                    {
                        AwsClients.S3.DeleteObjectAsync(AppConfig.ArchiveBucket, obj.Key).Wait();
                        Log.Info("Deleted old backup " + obj.Key);
                    }
                }

                request.ContinuationToken = response.NextContinuationToken;
            }
            while (response.IsTruncated == true);
        }
    }
}
