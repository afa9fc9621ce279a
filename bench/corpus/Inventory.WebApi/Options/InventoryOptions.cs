namespace Inventory.WebApi.Options;

public class InventoryOptions
{
    public const string SectionName = "Inventory";

    public string TableName { get; set; } = "inventory-items";

    public string WarehouseTableName { get; set; } = "inventory-warehouses";

    public bool ConsistentReads { get; set; }

    public int DefaultPageSize { get; set; } = 25;

    public int MaxPageSize { get; set; } = 100;
}

public class StorageOptions
{
    public const string SectionName = "Storage";

    public string ImageBucket { get; set; } = string.Empty;

    public string ImportBucket { get; set; } = string.Empty;

    public string? KmsKeyId { get; set; }

    public int PresignedUrlMinutes { get; set; } = 30;

    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
}

public class MessagingOptions
{
    public const string SectionName = "Messaging";

    public string StockEventsQueueUrl { get; set; } = string.Empty;
}
