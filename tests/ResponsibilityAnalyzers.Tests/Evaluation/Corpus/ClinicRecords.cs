// Shaped like the storage service of a clinic's patient portal: medical records, lab results and messages, kept in S3,
// DynamoDB and SQS, with the infrastructure its worker needs. Every gap here is a real one.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Clinic.Portal.Storage;

public class LabResult
{
    public string PatientId { get; set; } = "";
    public string Diagnosis { get; set; } = "";
    public DateTime BirthDate { get; set; }
    public string Notes { get; set; } = "";
}

public class RecordStore
{
    private const string RecordsBucket = "clinic-patient-records";
    private readonly AmazonS3Client _s3 = new AmazonS3Client(RegionEndpoint.EUCentral1);
    private readonly AmazonDynamoDBClient _dynamo = new AmazonDynamoDBClient(RegionEndpoint.EUCentral1);
    private readonly Table _patients;

    public RecordStore()
    {
        _patients = new TableBuilder(_dynamo, "patients").AddHashKey("patientId", DynamoDBEntryType.String).Build();
    }

    public async Task SetUpAsync()
    {
        await _s3.PutBucketAsync(new PutBucketRequest { BucketName = RecordsBucket }); // act: SRM4004
        await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
        {
            BucketName = RecordsBucket,
            Policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::clinic-patient-records/*"}]}""", // act: SRM5003
        });
        await _s3.DeleteBucketEncryptionAsync(new DeleteBucketEncryptionRequest { BucketName = RecordsBucket }); // act: SRM2003
    }

    public async Task SaveLabResultAsync(LabResult result)
    {
        await _s3.PutObjectAsync(new PutObjectRequest // act: SRM2001
        {
            BucketName = RecordsBucket,
            Key = $"labs/{result.PatientId}/{Guid.NewGuid():N}.json",
            ContentBody = JsonSerializer.Serialize(result),
        });
    }

    public async Task UpdatePatientAsync(string patientId, string email, string phone, string address)
    {
        var document = new Document
        {
            ["patientId"] = patientId,
            ["email"] = email,
            ["phone"] = phone,
            ["homeAddress"] = address,
        };

        await _patients.PutItemAsync(document); // act: SRM2001
    }

    public async Task StoreScanAsync(string patientId, Stream scan)
    {
        var request = new PutObjectRequest { BucketName = RecordsBucket, Key = $"scans/{patientId}.dcm", InputStream = scan };
        await _s3.PutObjectAsync(request); // act: SRM2001
    }
}

public class PortalWorker
{
    private readonly IAmazonEC2 _ec2 = new AmazonEC2Client(RegionEndpoint.EUCentral1);
    private readonly IAmazonSQS _sqs = new AmazonSQSClient(RegionEndpoint.EUCentral1);
    private readonly AmazonS3Client _legacyS3 = new AmazonS3Client(new AmazonS3Config
    {
        ServiceURL = "http://s3.eu-central-1.amazonaws.com", // act: SRM3001
    });

    public async Task LaunchAsync(string subnetId)
    {
        await _ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-0abcdef1234567890", // act: SRM7001
            InstanceType = InstanceType.M5Large,
            MinCount = 1,
            MaxCount = 1,
            SubnetId = subnetId,
            BlockDeviceMappings = new List<BlockDeviceMapping>
            {
                new BlockDeviceMapping { DeviceName = "/dev/xvda", Ebs = new EbsBlockDevice { VolumeSize = 200, VolumeType = VolumeType.Gp3 } }, // act: SRM2101
            },
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Optional }, // act: SRM5101
        });
    }

    public async Task CreateQueueAsync()
    {
        await _sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "patient-messages",
            Attributes = new Dictionary<string, string> { ["SqsManagedSseEnabled"] = "false" }, // act: SRM2104
        });
    }

    public Task<PutObjectResponse> UploadStatusAsync() =>
        _legacyS3.PutObjectAsync(new PutObjectRequest { BucketName = "clinic-status", Key = "heartbeat", ContentBody = "ok" }); // noise: SRM2001
}
