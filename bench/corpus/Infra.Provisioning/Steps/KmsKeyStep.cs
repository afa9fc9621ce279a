using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Infra.Provisioning.Config;
using Microsoft.Extensions.Logging;

namespace Infra.Provisioning.Steps;

/// <summary>
/// Creates the environment's customer managed key and its alias, with
/// yearly rotation and a policy that lets the account administer it.
/// </summary>
public class KmsKeyStep : IProvisioningStep
{
    public string Name => "kms-key";

    public async Task ApplyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var log = context.Logger(Name);
        var alias = "alias/" + context.Prefixed("data");

        var existing = await FindAliasAsync(context.Kms, alias, cancellationToken);
        if (existing != null)
        {
            log.LogInformation("Key {Alias} exists: {KeyId}", alias, existing.TargetKeyId);
            var description = await context.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = existing.TargetKeyId }, cancellationToken);
            context.Outputs["kms.key.arn"] = description.KeyMetadata.Arn;
            context.Outputs["kms.key.id"] = description.KeyMetadata.KeyId;
            return;
        }

        if (context.DryRun)
        {
            log.LogInformation("Would create key {Alias}", alias);
            return;
        }

        var policy = $$"""
        {
          "Version": "2012-10-17",
          "Id": "{{context.Prefixed("data-key-policy")}}",
          "Statement": [
            {
              "Sid": "AccountAdministers",
              "Effect": "Allow",
              "Principal": { "AWS": "arn:aws:iam::{{context.Environment.AccountId}}:root" },
              "Action": "kms:*",
              "Resource": "*"
            },
            {
              "Sid": "ServicesUseKey",
              "Effect": "Allow",
              "Principal": { "AWS": "*" },
              "Action": ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey"],
              "Resource": "*",
              "Condition": {
                "StringEquals": {
                  "kms:CallerAccount": "{{context.Environment.AccountId}}",
                  "kms:ViaService": ["s3.{{context.Environment.Region}}.amazonaws.com", "dynamodb.{{context.Environment.Region}}.amazonaws.com", "sqs.{{context.Environment.Region}}.amazonaws.com"]
                }
              }
            }
          ]
        }
        """;

        var created = await context.Kms.CreateKeyAsync(
            new CreateKeyRequest
            {
                Description = $"Data key for {context.Environment.Name}",
                KeySpec = KeySpec.SYMMETRIC_DEFAULT,
                KeyUsage = KeyUsageType.ENCRYPT_DECRYPT,
                Policy = policy,
                Tags = context.Environment.Tags.Select(t => new Tag { TagKey = t.Key, TagValue = t.Value }).ToList(),
            },
            cancellationToken);

        await context.Kms.CreateAliasAsync(new CreateAliasRequest { AliasName = alias, TargetKeyId = created.KeyMetadata.KeyId }, cancellationToken);
        await context.Kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = created.KeyMetadata.KeyId, RotationPeriodInDays = 365 }, cancellationToken);

        context.Outputs["kms.key.arn"] = created.KeyMetadata.Arn;
        context.Outputs["kms.key.id"] = created.KeyMetadata.KeyId;
        log.LogInformation("Created key {KeyId} as {Alias}", created.KeyMetadata.KeyId, alias);
    }

    public async Task DestroyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var alias = "alias/" + context.Prefixed("data");
        var existing = await FindAliasAsync(context.Kms, alias, cancellationToken);
        if (existing == null)
        {
            return;
        }

        await context.Kms.DeleteAliasAsync(new DeleteAliasRequest { AliasName = alias }, cancellationToken);
        await context.Kms.ScheduleKeyDeletionAsync(
            new ScheduleKeyDeletionRequest { KeyId = existing.TargetKeyId, PendingWindowInDays = context.Environment.Production ? 30 : 7 },
            cancellationToken);
    }

    private static async Task<AliasListEntry?> FindAliasAsync(IAmazonKeyManagementService kms, string alias, CancellationToken cancellationToken)
    {
        await foreach (var entry in kms.Paginators.ListAliases(new ListAliasesRequest()).Aliases.WithCancellation(cancellationToken))
        {
            if (entry.AliasName == alias)
            {
                return entry;
            }
        }

        return null;
    }
}
