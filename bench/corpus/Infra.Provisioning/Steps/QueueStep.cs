using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SQS;
using Amazon.SQS.Model;
using Infra.Provisioning.Config;
using Microsoft.Extensions.Logging;

namespace Infra.Provisioning.Steps;

/// <summary>
/// Creates each queue with its dead-letter queue.
/// </summary>
public class QueueStep : IProvisioningStep
{
    public string Name => "queues";

    public async Task ApplyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var log = context.Logger(Name);
        foreach (var spec in context.Environment.Queues)
        {
            var suffix = spec.Fifo ? ".fifo" : string.Empty;
            var name = context.Prefixed(spec.Name);
            if (context.DryRun)
            {
                log.LogInformation("Would create queue {Queue}", name + suffix);
                continue;
            }

            var dlqAttributes = Attributes(context, spec);
            dlqAttributes[QueueAttributeName.MessageRetentionPeriod] = "1209600";
            var dlq = await context.Sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name + "-dlq" + suffix, Attributes = dlqAttributes }, cancellationToken);
            var dlqArn = (await context.Sqs.GetQueueAttributesAsync(dlq.QueueUrl, new List<string> { QueueAttributeName.QueueArn }, cancellationToken)).QueueARN;

            var attributes = Attributes(context, spec);
            attributes[QueueAttributeName.VisibilityTimeout] = spec.VisibilityTimeoutSeconds.ToString();
            attributes[QueueAttributeName.RedrivePolicy] = $"{{\"deadLetterTargetArn\":\"{dlqArn}\",\"maxReceiveCount\":{spec.MaxReceiveCount}}}";

            var queue = await context.Sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name + suffix, Attributes = attributes }, cancellationToken);
            await context.Sqs.TagQueueAsync(new TagQueueRequest { QueueUrl = queue.QueueUrl, Tags = new Dictionary<string, string>(context.Environment.Tags) }, cancellationToken);

            context.Outputs[$"queue.{spec.Name}"] = queue.QueueUrl;
            log.LogInformation("Queue {Queue} ready at {Url}", name + suffix, queue.QueueUrl);
        }
    }

    private static Dictionary<string, string> Attributes(ProvisioningContext context, QueueSpec spec)
    {
        var attributes = new Dictionary<string, string>();
        if (spec.Fifo)
        {
            attributes[QueueAttributeName.FifoQueue] = "true";
            attributes[QueueAttributeName.ContentBasedDeduplication] = "true";
        }

        if (spec.UseKms && context.Outputs.TryGetValue("kms.key.arn", out var keyArn))
        {
            attributes[QueueAttributeName.KmsMasterKeyId] = keyArn;
            attributes[QueueAttributeName.KmsDataKeyReusePeriodSeconds] = "300";
        }
        else
        {
            attributes[QueueAttributeName.SqsManagedSseEnabled] = "true";
        }

        return attributes;
    }

    public async Task DestroyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var spec in context.Environment.Queues)
        {
            var suffix = spec.Fifo ? ".fifo" : string.Empty;
            foreach (var name in new[] { context.Prefixed(spec.Name) + suffix, context.Prefixed(spec.Name) + "-dlq" + suffix })
            {
                try
                {
                    var url = await context.Sqs.GetQueueUrlAsync(name, cancellationToken);
                    await context.Sqs.DeleteQueueAsync(url.QueueUrl, cancellationToken);
                }
                catch (QueueDoesNotExistException)
                {
                }
            }
        }
    }
}
