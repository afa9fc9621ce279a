using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;
using Dynamo.Repository.Abstractions;
using Dynamo.Repository.Infrastructure;
using Dynamo.Repository.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dynamo.Repository.Repositories;

public interface IAuditRepository
{
    Task RecordAsync(string entityType, string entityId, string action, string actor, IDictionary<string, string>? changes = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> HistoryAsync(string entityType, string entityId, DateTime? from = null, DateTime? to = null, CancellationToken cancellationToken = default);
}

public class AuditRepository : IAuditRepository
{
    private readonly IDynamoDBContext _context;
    private readonly ILogger<AuditRepository> _logger;
    private readonly int _retentionDays;

    public AuditRepository(IDynamoDBContext context, IOptions<DynamoDbOptions> options, ILogger<AuditRepository> logger)
    {
        _context = context;
        _logger = logger;
        _retentionDays = options.Value.AuditRetentionDays;
    }

    public async Task RecordAsync(string entityType, string entityId, string action, string actor, IDictionary<string, string>? changes = null, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var entry = new AuditEntry
        {
            EntityKey = $"{entityType}#{entityId}",
            Timestamp = now,
            Action = action,
            Actor = actor,
            Changes = changes != null ? new Dictionary<string, string>(changes) : new Dictionary<string, string>(),
            ExpiresAt = now.AddDays(_retentionDays),
        };

        try
        {
            await _context.SaveAsync(entry, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Auditing must never break the business operation.
            _logger.LogError(ex, "Could not write audit entry for {EntityKey}", entry.EntityKey);
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(string entityType, string entityId, DateTime? from = null, DateTime? to = null, CancellationToken cancellationToken = default)
    {
        var key = $"{entityType}#{entityId}";
        var start = from ?? DateTime.UtcNow.AddDays(-_retentionDays);
        var end = to ?? DateTime.UtcNow;

        var search = _context.QueryAsync<AuditEntry>(key, QueryOperator.Between, new object[] { start, end });
        var entries = await search.GetRemainingAsync(cancellationToken).ConfigureAwait(false);
        return entries.OrderByDescending(e => e.Timestamp).ToList();
    }
}
