#nullable disable
using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
using LegacySync.Common;

namespace LegacySync.Jobs
{
    /// <summary>
    /// Uploads every file in the outbox folder to the archive bucket, then
    /// moves (or deletes) it locally. Files are keyed by date and name.
    /// </summary>
    public class OutboxUploadJob
    {
        private readonly TransferUtility _transfer;
        private readonly HashSet<string> _uploadedThisRun = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public OutboxUploadJob()
        {
            _transfer = new TransferUtility(AwsClients.S3);
        }

        public int Run()
        {
            if (!Directory.Exists(AppConfig.DropFolder))
            {
                Log.Warn("Outbox folder " + AppConfig.DropFolder + " does not exist");
                return 0;
            }

            var count = 0;
            foreach (var file in Directory.GetFiles(AppConfig.DropFolder, "*.*", SearchOption.AllDirectories))
            {
                if (file.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".partial", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                try
                {
                    if (UploadFile(file))
                    {
                        count++;
                    }
                }
                catch (AmazonS3Exception ex)
                {
                    Log.Error("S3 error uploading " + file + ": " + ex.ErrorCode, ex);
                }
                catch (IOException ex)
                {
                    // File still being written by the ERP export; try again next run.
                    Log.Warn("Skipping locked file " + file + ": " + ex.Message);
                }
            }

            return count;
        }

        private bool UploadFile(string path)
        {
            var relative = path.Substring(AppConfig.DropFolder.Length).TrimStart('\\', '/').Replace('\\', '/');
            var key = "outbox/" + DateTime.Now.ToString("yyyy/MM/dd") + "/" + relative;
            if (_uploadedThisRun.Contains(key))
            {
                return false;
            }

            var localMd5 = Md5Hex(path);
            if (AlreadyArchived(key, localMd5))
            {
                Log.Info("Already archived: " + key);
                Cleanup(path);
                return false;
            }

            var info = new FileInfo(path);
            if (info.Length > 100L * 1024 * 1024)
            {
                var request = new TransferUtilityUploadRequest();
                request.BucketName = AppConfig.ArchiveBucket;
                request.Key = key;
                request.FilePath = path;
                request.PartSize = 16 * 1024 * 1024;
                request.StorageClass = S3StorageClass.StandardInfrequentAccess;
                _transfer.Upload(request);
            }
            else
            {
                var put = new PutObjectRequest();
                put.BucketName = AppConfig.ArchiveBucket;
                put.Key = key;
                put.FilePath = path;
                put.Metadata.Add("source-host", Environment.MachineName);
                put.Metadata.Add("md5", localMd5);
                AwsClients.S3.PutObjectAsync(put).GetAwaiter().GetResult();
            }

            _uploadedThisRun.Add(key);
            Log.Info("Uploaded " + path + " -> s3://" + AppConfig.ArchiveBucket + "/" + key);
            Cleanup(path);
            return true;
        }

        private static bool AlreadyArchived(string key, string md5)
        {
            try
            {
                var metadata = AwsClients.S3.GetObjectMetadataAsync(AppConfig.ArchiveBucket, key).Result;
                return metadata.Metadata["x-amz-meta-md5"] == md5 || metadata.ETag.Trim('"') == md5;
            }
            catch (AggregateException ex) when (ex.InnerException is AmazonS3Exception s3 && s3.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return false;
            }
        }

        private static void Cleanup(string path)
        {
            if (AppConfig.DeleteAfterUpload)
            {
                File.Delete(path);
                return;
            }

            var done = Path.Combine(AppConfig.DropFolder, "..", "Sent", DateTime.Now.ToString("yyyyMMdd"));
            Directory.CreateDirectory(done);
            var target = Path.Combine(done, Path.GetFileName(path));
            if (File.Exists(target))
            {
                File.Delete(target);
            }

            File.Move(path, target);
        }

        private static string Md5Hex(string path)
        {
            using (var md5 = MD5.Create())
            using (var stream = File.OpenRead(path))
            {
                return BitConverter.ToString(md5.ComputeHash(stream)).Replace("-", string.Empty).ToLowerInvariant();
            }
        }
    }
}
