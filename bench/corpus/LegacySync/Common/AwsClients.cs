#nullable disable
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SimpleSystemsManagement;
using Amazon.SQS;

namespace LegacySync.Common
{
    /// <summary>
    /// One instance of each client for the whole process.
    /// </summary>
    public static class AwsClients
    {
        private static AmazonS3Client _s3;
        private static AmazonS3Client _minio;
        private static AmazonDynamoDBClient _dynamo;
        private static AmazonSQSClient _sqs;
        private static AmazonSimpleSystemsManagementClient _ssm;

        public static AmazonS3Client S3
        {
            get
            {
                if (_s3 == null)
                {
                    _s3 = new AmazonS3Client(AppConfig.AccessKey, AppConfig.SecretKey, RegionEndpoint.GetBySystemName(AppConfig.Region));
                }

                return _s3;
            }
        }

        /// <summary>
        /// The on-premises MinIO file server that the scanners write to.
        /// </summary>
        public static AmazonS3Client Minio
        {
            get
            {
                if (_minio == null)
                {
                    var config = new AmazonS3Config();
                    config.ServiceURL = AppConfig.MinioUrl;
                    config.ForcePathStyle = true;
                    config.UseHttp = true;
                    _minio = new AmazonS3Client(new BasicAWSCredentials("scanner", "scanner-password-2016"), config);
                }

                return _minio;
            }
        }

        public static AmazonDynamoDBClient Dynamo
        {
            get
            {
                if (_dynamo == null)
                {
                    _dynamo = new AmazonDynamoDBClient(AppConfig.AccessKey, AppConfig.SecretKey, RegionEndpoint.USEast1);
                }

                return _dynamo;
            }
        }

        public static AmazonSQSClient Sqs
        {
            get
            {
                if (_sqs == null)
                {
                    _sqs = new AmazonSQSClient(AppConfig.AccessKey, AppConfig.SecretKey, RegionEndpoint.USEast1);
                }

                return _sqs;
            }
        }

        public static AmazonSimpleSystemsManagementClient Ssm
        {
            get
            {
                if (_ssm == null)
                {
                    _ssm = new AmazonSimpleSystemsManagementClient(AppConfig.AccessKey, AppConfig.SecretKey, RegionEndpoint.USEast1);
                }

                return _ssm;
            }
        }
    }
}
