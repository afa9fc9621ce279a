using System;
using System.Collections.Generic;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.EC2;
using Amazon.KeyManagementService;
using Amazon.S3;
using Amazon.SecurityToken;
using Amazon.SimpleSystemsManagement;
using Amazon.SQS;
using Microsoft.Extensions.Logging;

namespace Infra.Provisioning.Config;

/// <summary>
/// Everything a step needs: the environment, the clients for its region,
/// and the outputs of earlier steps (key ARNs, queue URLs, group ids).
/// </summary>
public sealed class ProvisioningContext : IDisposable
{
    public ProvisioningContext(EnvironmentSpec environment, bool dryRun)
    {
        Environment = environment;
        DryRun = dryRun;
        var region = RegionEndpoint.GetBySystemName(environment.Region);
        S3 = new AmazonS3Client(region);
        DynamoDb = new AmazonDynamoDBClient(region);
        Ec2 = new AmazonEC2Client(region);
        Kms = new AmazonKeyManagementServiceClient(region);
        Sqs = new AmazonSQSClient(region);
        Ssm = new AmazonSimpleSystemsManagementClient(region);
        Sts = new AmazonSecurityTokenServiceClient(region);
    }

    public EnvironmentSpec Environment { get; }

    public bool DryRun { get; }

    public IAmazonS3 S3 { get; }

    public IAmazonDynamoDB DynamoDb { get; }

    public IAmazonEC2 Ec2 { get; }

    public IAmazonKeyManagementService Kms { get; }

    public IAmazonSQS Sqs { get; }

    public IAmazonSimpleSystemsManagement Ssm { get; }

    public IAmazonSecurityTokenService Sts { get; }

    public Dictionary<string, string> Outputs { get; } = new(StringComparer.Ordinal);

    public ILogger Logger(string category) => new ConsoleLogger(category);

    public string Prefixed(string name) => $"{Environment.Name}-{name}";

    public void Dispose()
    {
        S3.Dispose();
        DynamoDb.Dispose();
        Ec2.Dispose();
        Kms.Dispose();
        Sqs.Dispose();
        Ssm.Dispose();
        Sts.Dispose();
    }
}
