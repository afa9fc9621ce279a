using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SQS;
using Amazon.SQS.Model;
using Inventory.WebApi.Models;
using Inventory.WebApi.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.WebApi.Services;

public interface IStockEventPublisher
{
    Task PublishAsync(StockEvent stockEvent, CancellationToken cancellationToken);

    Task PublishBatchAsync(IReadOnlyList<StockEvent> events, CancellationToken cancellationToken);
}

public class SqsStockEventPublisher : IStockEventPublisher
{
    private readonly IAmazonSQS _sqs;
    private readonly string _queueUrl;
    private readonly ILogger<SqsStockEventPublisher> _logger;

    public SqsStockEventPublisher(IAmazonSQS sqs, IOptions<MessagingOptions> options, ILogger<SqsStockEventPublisher> logger)
    {
        _sqs = sqs;
        _queueUrl = options.Value.StockEventsQueueUrl;
        _logger = logger;
    }

    public async Task PublishAsync(StockEvent stockEvent, CancellationToken cancellationToken)
    {
        try
        {
            await _sqs.SendMessageAsync(
                new SendMessageRequest
                {
                    QueueUrl = _queueUrl,
                    MessageBody = JsonSerializer.Serialize(stockEvent),
                    MessageAttributes = new Dictionary<string, MessageAttributeValue>
                    {
                        ["type"] = new MessageAttributeValue { DataType = "String", StringValue = stockEvent.Type },
                        ["warehouse"] = new MessageAttributeValue { DataType = "String", StringValue = stockEvent.WarehouseId },
                    },
                },
                cancellationToken);
        }
        catch (AmazonSQSException ex)
        {
            // Stock events feed the dashboards only; losing one is acceptable.
            _logger.LogWarning(ex, "Could not publish {Type} event for {Sku}", stockEvent.Type, stockEvent.Sku);
        }
    }

    public async Task PublishBatchAsync(IReadOnlyList<StockEvent> events, CancellationToken cancellationToken)
    {
        for (var i = 0; i < events.Count; i += 10)
        {
            var entries = new List<SendMessageBatchRequestEntry>();
            for (var j = i; j < i + 10 && j < events.Count; j++)
            {
                entries.Add(new SendMessageBatchRequestEntry(j.ToString(), JsonSerializer.Serialize(events[j])));
            }

            var response = await _sqs.SendMessageBatchAsync(new SendMessageBatchRequest(_queueUrl, entries), cancellationToken);
            foreach (var failed in response.Failed ?? new List<BatchResultErrorEntry>())
            {
                _logger.LogWarning("Event {Id} was not sent: {Code} {Message}", failed.Id, failed.Code, failed.Message);
            }
        }
    }
}
