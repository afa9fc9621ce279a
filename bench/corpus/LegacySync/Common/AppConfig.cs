#nullable disable
using System;
using System.Configuration;

namespace LegacySync.Common
{
    /// <summary>
    /// Settings from app.config. Defaults are the values production has used since 2016.
    /// </summary>
    public static class AppConfig
    {
        public static string Region
        {
            get { return ConfigurationManager.AppSettings["AwsRegion"] ?? "us-east-1"; }
        }

        public static string AccessKey
        {
            get { return ConfigurationManager.AppSettings["AwsAccessKey"] ?? "AKIAIOSFODNN7EXAMPLE"; }
        }

        public static string SecretKey
        {
            get { return ConfigurationManager.AppSettings["AwsSecretKey"] ?? "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"; }
        }

        public static string ArchiveBucket
        {
            get { return ConfigurationManager.AppSettings["ArchiveBucket"] ?? "acme-legacy-archive"; }
        }

        public static string DropFolder
        {
            get { return ConfigurationManager.AppSettings["DropFolder"] ?? @"C:\Sync\Outbox"; }
        }

        public static string InboxFolder
        {
            get { return ConfigurationManager.AppSettings["InboxFolder"] ?? @"C:\Sync\Inbox"; }
        }

        public static string OrdersTable
        {
            get { return ConfigurationManager.AppSettings["OrdersTable"] ?? "LegacyOrders"; }
        }

        public static string QueueUrl
        {
            get { return ConfigurationManager.AppSettings["QueueUrl"] ?? "https://sqs.us-east-1.amazonaws.com/123456789012/legacy-sync"; }
        }

        public static string MinioUrl
        {
            get { return ConfigurationManager.AppSettings["MinioUrl"] ?? "http://fileserver01:9000"; }
        }

        public static int PollSeconds
        {
            get
            {
                int value;
                return int.TryParse(ConfigurationManager.AppSettings["PollSeconds"], out value) ? value : 30;
            }
        }

        public static bool DeleteAfterUpload
        {
            get { return string.Equals(ConfigurationManager.AppSettings["DeleteAfterUpload"], "true", StringComparison.OrdinalIgnoreCase); }
        }
    }
}
