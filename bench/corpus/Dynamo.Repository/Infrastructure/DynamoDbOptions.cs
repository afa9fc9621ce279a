using System;

namespace Dynamo.Repository.Infrastructure;

/// <summary>
/// Settings for the DynamoDB layer, bound from the "DynamoDb" configuration section.
/// </summary>
public class DynamoDbOptions
{
    public const string SectionName = "DynamoDb";

    /// <summary>Prepended to every table name, e.g. "prod-" or "dev-jdoe-".</summary>
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>The AWS Region. Ignored when <see cref="ServiceUrl"/> is set.</summary>
    public string Region { get; set; } = "eu-west-1";

    /// <summary>An endpoint override for DynamoDB Local or LocalStack.</summary>
    public string? ServiceUrl { get; set; }

    public bool ConsistentReads { get; set; }

    public int MaxRetries { get; set; } = 5;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>When true the initializer creates missing tables at start-up.</summary>
    public bool CreateTablesIfMissing { get; set; }

    /// <summary>KMS key used for table encryption when tables are created by the initializer.</summary>
    public string? KmsKeyArn { get; set; }

    public int AuditRetentionDays { get; set; } = 90;
}
