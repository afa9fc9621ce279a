namespace DocumentStore;

/// <summary>Where the store keeps its data, and which AWS region it runs in.</summary>
public sealed record StoreSettings(string Region, string DocumentsBucket, string AssetsBucket)
{
    /// <summary>The KMS key that protects documents (client-side) and the document index.</summary>
    public string DocumentsKeyId { get; init; } = "alias/docstore-documents";

    /// <summary>The bucket of the monthly usage reports.</summary>
    public string ReportsBucket => DocumentsBucket + "-reports";

    /// <summary>The DynamoDB table that indexes documents by owner.</summary>
    public string IndexTable => DocumentsBucket + "-index";

    /// <summary>The production store: private documents in one bucket, the public web site's assets in another.</summary>
    public static StoreSettings Production { get; } = new("eu-central-1", "acme-docstore-documents", AssetsBucketName);

    /// <summary>The same layout on a LocalStack container (docker run -p 4566:4566 localstack/localstack).</summary>
    public static StoreSettings Development { get; } = new("us-east-1", "docstore-dev-documents", "docstore-dev-assets");

    /// <summary>The bucket behind www.acme-docstore.example; the bucket policy names it, so it is a constant.</summary>
    public const string AssetsBucketName = "acme-docstore-www";
}
