#nullable disable
using System;
using System.Collections.Generic;
using System.IO;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
using LegacySync.Common;

namespace LegacySync.Jobs
{
    /// <summary>
    /// Downloads new files from the "inbox/" prefix of the archive bucket
    /// into the local inbox folder, and copies scanned documents from the
    /// on-premises MinIO server up to S3.
    /// </summary>
    public class InboxDownloadJob
    {
        private readonly CheckpointStore _checkpoints;

        public InboxDownloadJob(CheckpointStore checkpoints)
        {
            _checkpoints = checkpoints;
        }

        public int Run()
        {
            var since = _checkpoints.Get("inbox-download");
            var newest = since;
            var count = 0;

            var request = new ListObjectsRequest();
            request.BucketName = AppConfig.ArchiveBucket;
            request.Prefix = "inbox/";
            request.MaxKeys = 1000;

            ListObjectsResponse response;
            do
            {
                response = AwsClients.S3.ListObjectsAsync(request).Result;
                foreach (var obj in response.S3Objects ?? new List<S3Object>())
                {
                    if (obj.Key.EndsWith("/"))
                    {
                        continue;
                    }

                    var modified = obj.LastModified ?? DateTime.MinValue;
                    if (modified <= since)
                    {
                        continue;
                    }

                    Download(obj.Key);
                    count++;
                    if (modified > newest)
                    {
                        newest = modified;
                    }
                }

                request.Marker = response.NextMarker;
            }
            while (response.IsTruncated == true);

            if (newest > since)
            {
                _checkpoints.Set("inbox-download", newest);
            }

            count += CopyScans();
            return count;
        }

        private static void Download(string key)
        {
            var local = Path.Combine(AppConfig.InboxFolder, key.Substring("inbox/".Length).Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(local));

            using (var utility = new TransferUtility(AwsClients.S3))
            {
                utility.Download(local, AppConfig.ArchiveBucket, key);
            }

            Log.Info("Downloaded " + key + " to " + local);
        }

        private int CopyScans()
        {
            var copied = 0;
            ListObjectsV2Response listing;
            var request = new ListObjectsV2Request { BucketName = "scans", Prefix = "incoming/" };
            try
            {
                do
                {
                    listing = AwsClients.Minio.ListObjectsV2Async(request).GetAwaiter().GetResult();
                    foreach (var obj in listing.S3Objects ?? new List<S3Object>())
                    {
                        using (var scan = AwsClients.Minio.GetObjectAsync("scans", obj.Key).GetAwaiter().GetResult())
                        using (var buffer = new MemoryStream())
                        {
                            scan.ResponseStream.CopyTo(buffer);
                            buffer.Position = 0;

                            var put = new PutObjectRequest
                            {
                                BucketName = AppConfig.ArchiveBucket,
                                Key = "scans/" + obj.Key.Substring("incoming/".Length),
                                InputStream = buffer,
                                ContentType = scan.Headers.ContentType,
                                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
                            };
                            AwsClients.S3.PutObjectAsync(put).GetAwaiter().GetResult();
                        }

                        AwsClients.Minio.DeleteObjectAsync("scans", obj.Key).GetAwaiter().GetResult();
                        copied++;
                    }

                    request.ContinuationToken = listing.NextContinuationToken;
                }
                while (listing.IsTruncated == true);
            }
            catch (AmazonS3Exception ex)
            {
                Log.Error("Could not copy scans from MinIO", ex);
            }
            catch (System.Net.Http.HttpRequestException ex)
            {
                Log.Warn("MinIO is not reachable: " + ex.Message);
            }

            return copied;
        }
    }
}
