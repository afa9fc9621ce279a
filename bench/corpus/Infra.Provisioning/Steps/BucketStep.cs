using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Util;
using Infra.Provisioning.Config;
using Microsoft.Extensions.Logging;

namespace Infra.Provisioning.Steps;

/// <summary>
/// Creates the environment's buckets with encryption, versioning, public
/// access blocks, access logging and lifecycle rules.
/// </summary>
public class BucketStep : IProvisioningStep
{
    public string Name => "buckets";

    public async Task ApplyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var log = context.Logger(Name);
        foreach (var spec in context.Environment.Buckets)
        {
            var bucket = context.Prefixed(spec.Name);
            if (context.DryRun)
            {
                log.LogInformation("Would ensure bucket {Bucket}", bucket);
                continue;
            }

            await EnsureBucketAsync(context, bucket, log, cancellationToken);
            await ConfigureEncryptionAsync(context, bucket, spec, cancellationToken);
            await ConfigureAccessAsync(context, bucket, spec, log, cancellationToken);

            if (spec.Versioned)
            {
                await context.S3.PutBucketVersioningAsync(
                    new PutBucketVersioningRequest
                    {
                        BucketName = bucket,
                        VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
                    },
                    cancellationToken);
            }

            if (spec.LogBucket != null)
            {
                await context.S3.PutBucketLoggingAsync(
                    new PutBucketLoggingRequest
                    {
                        BucketName = bucket,
                        LoggingConfig = new S3BucketLoggingConfig { TargetBucketName = context.Prefixed(spec.LogBucket), TargetPrefix = bucket + "/" },
                    },
                    cancellationToken);
            }

            if (spec.ExpireNoncurrentAfterDays is int days)
            {
                await context.S3.PutLifecycleConfigurationAsync(
                    new PutLifecycleConfigurationRequest
                    {
                        BucketName = bucket,
                        Configuration = new LifecycleConfiguration
                        {
                            Rules = new List<LifecycleRule>
                            {
                                new()
                                {
                                    Id = "expire-noncurrent",
                                    Status = LifecycleRuleStatus.Enabled,
                                    Filter = new LifecycleFilter(),
                                    NoncurrentVersionExpiration = new LifecycleRuleNoncurrentVersionExpiration { NoncurrentDays = days },
                                    AbortIncompleteMultipartUpload = new LifecycleRuleAbortIncompleteMultipartUpload { DaysAfterInitiation = 7 },
                                },
                            },
                        },
                    },
                    cancellationToken);
            }

            await context.S3.PutBucketTaggingAsync(
                new PutBucketTaggingRequest
                {
                    BucketName = bucket,
                    TagSet = context.Environment.Tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
                },
                cancellationToken);

            context.Outputs[$"bucket.{spec.Name}"] = bucket;
        }
    }

    private static async Task EnsureBucketAsync(ProvisioningContext context, string bucket, ILogger log, CancellationToken cancellationToken)
    {
        if (await AmazonS3Util.DoesS3BucketExistV2Async(context.S3, bucket))
        {
            log.LogDebug("Bucket {Bucket} exists", bucket);
            return;
        }

        var request = new PutBucketRequest
        {
            BucketName = bucket,
            BucketRegionName = context.Environment.Region,
            ObjectOwnership = ObjectOwnership.BucketOwnerEnforced,
        };

        try
        {
            await context.S3.PutBucketAsync(request, cancellationToken);
            log.LogInformation("Created bucket {Bucket}", bucket);
        }
        catch (AmazonS3Exception ex) when (ex.ErrorCode == "BucketAlreadyOwnedByYou")
        {
        }
    }

    private static async Task ConfigureEncryptionAsync(ProvisioningContext context, string bucket, BucketSpec spec, CancellationToken cancellationToken)
    {
        var byDefault = spec.UseKms && context.Outputs.TryGetValue("kms.key.arn", out var keyArn)
            ? new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = ServerSideEncryptionMethod.AWSKMS, ServerSideEncryptionKeyManagementServiceKeyId = keyArn }
            : new ServerSideEncryptionByDefault { ServerSideEncryptionAlgorithm = ServerSideEncryptionMethod.AES256 };

        await context.S3.PutBucketEncryptionAsync(
            new PutBucketEncryptionRequest
            {
                BucketName = bucket,
                ServerSideEncryptionConfiguration = new ServerSideEncryptionConfiguration
                {
                    ServerSideEncryptionRules = new List<ServerSideEncryptionRule>
                    {
                        new() { ServerSideEncryptionByDefault = byDefault, BucketKeyEnabled = spec.UseKms },
                    },
                },
            },
            cancellationToken);
    }

    private static async Task ConfigureAccessAsync(ProvisioningContext context, string bucket, BucketSpec spec, ILogger log, CancellationToken cancellationToken)
    {
        if (spec.Public)
        {
            // The website bucket: browsers read it directly.
            log.LogWarning("Bucket {Bucket} is public", bucket);
            await context.S3.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = bucket }, cancellationToken);
            await context.S3.PutBucketPolicyAsync(
                new PutBucketPolicyRequest
                {
                    BucketName = bucket,
                    Policy = $"{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::{bucket}/*\"}}]}}",
                },
                cancellationToken);
            return;
        }

        await context.S3.PutPublicAccessBlockAsync(
            new PutPublicAccessBlockRequest
            {
                BucketName = bucket,
                PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                {
                    BlockPublicAcls = true,
                    IgnorePublicAcls = true,
                    BlockPublicPolicy = true,
                    RestrictPublicBuckets = true,
                },
            },
            cancellationToken);

        // Deny plain-HTTP requests.
        await context.S3.PutBucketPolicyAsync(
            new PutBucketPolicyRequest
            {
                BucketName = bucket,
                Policy = $$"""
                {
                  "Version": "2012-10-17",
                  "Statement": [{
                    "Sid": "DenyInsecureTransport",
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": ["arn:aws:s3:::{{bucket}}", "arn:aws:s3:::{{bucket}}/*"],
                    "Condition": { "Bool": { "aws:SecureTransport": "false" } }
                  }]
                }
                """,
            },
            cancellationToken);
    }

    public async Task DestroyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        if (context.Environment.Production)
        {
            throw new InvalidOperationException("Refusing to delete production buckets.");
        }

        foreach (var spec in context.Environment.Buckets)
        {
            var bucket = context.Prefixed(spec.Name);
            try
            {
                await AmazonS3Util.DeleteS3BucketWithObjectsAsync(context.S3, bucket, cancellationToken);
            }
            catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
            }
        }
    }
}
