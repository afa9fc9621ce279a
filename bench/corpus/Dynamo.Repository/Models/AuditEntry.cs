using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.DataModel;
using Dynamo.Repository.Mapping;

namespace Dynamo.Repository.Models;

/// <summary>
/// One change to an entity. Entries expire through the table's TTL
/// attribute after the retention period.
/// </summary>
[DynamoDBTable("AuditLog")]
public class AuditEntry
{
    [DynamoDBHashKey("entityKey")]
    public string EntityKey { get; set; } = string.Empty;

    [DynamoDBRangeKey("timestamp", typeof(IsoDateTimeConverter))]
    public DateTime Timestamp { get; set; }

    [DynamoDBProperty("action")]
    public string Action { get; set; } = string.Empty;

    [DynamoDBProperty("actor")]
    public string Actor { get; set; } = "system";

    [DynamoDBProperty("changes")]
    public Dictionary<string, string> Changes { get; set; } = new();

    [DynamoDBProperty("expiresAt", typeof(EpochSecondsConverter))]
    public DateTime ExpiresAt { get; set; }
}
