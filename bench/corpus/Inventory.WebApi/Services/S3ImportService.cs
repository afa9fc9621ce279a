using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.DataModel;
using Amazon.S3;
using Amazon.S3.Model;
using Inventory.WebApi.Models;
using Inventory.WebApi.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.WebApi.Services;

public sealed record ImportResult(string Key, int Imported, int Rejected, IReadOnlyList<string> Errors);

public interface IImportService
{
    Task<string> StageAsync(string warehouseId, string fileName, Stream content, CancellationToken cancellationToken);

    Task<ImportResult> RunAsync(string warehouseId, string key, string actor, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> PendingAsync(string warehouseId, CancellationToken cancellationToken);
}

/// <summary>
/// Stock-count CSV files are uploaded to the import bucket and applied
/// to the inventory table in batches.
/// </summary>
public class S3ImportService : IImportService
{
    private readonly IAmazonS3 _s3;
    private readonly IDynamoDBContext _context;
    private readonly StorageOptions _storage;
    private readonly InventoryOptions _inventory;
    private readonly ILogger<S3ImportService> _logger;

    public S3ImportService(IAmazonS3 s3, IDynamoDBContext context, IOptions<StorageOptions> storage, IOptions<InventoryOptions> inventory, ILogger<S3ImportService> logger)
    {
        _s3 = s3;
        _context = context;
        _storage = storage.Value;
        _inventory = inventory.Value;
        _logger = logger;
    }

    public async Task<string> StageAsync(string warehouseId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var key = $"pending/{warehouseId}/{DateTime.UtcNow:yyyyMMddHHmmss}-{Path.GetFileName(fileName)}";
        await _s3.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = _storage.ImportBucket,
                Key = key,
                InputStream = content,
                ContentType = "text/csv",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                ServerSideEncryptionKeyManagementServiceKeyId = _storage.KmsKeyId,
            },
            cancellationToken);
        return key;
    }

    public async Task<ImportResult> RunAsync(string warehouseId, string key, string actor, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var items = new List<InventoryItem>();

        using (var response = await _s3.GetObjectAsync(_storage.ImportBucket, key, cancellationToken))
        using (var reader = new StreamReader(response.ResponseStream))
        {
            var lineNumber = 0;
            string? line;
            while ((line = await reader.ReadLineAsync(cancellationToken)) != null)
            {
                lineNumber++;
                if (lineNumber == 1 || string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var fields = line.Split(',');
                if (fields.Length < 3 || !int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity))
                {
                    errors.Add($"Line {lineNumber}: expected sku,name,quantity[,bin]");
                    continue;
                }

                items.Add(new InventoryItem
                {
                    WarehouseId = warehouseId,
                    Sku = fields[0].Trim().ToUpperInvariant(),
                    Name = fields[1].Trim(),
                    Quantity = quantity,
                    BinLocation = fields.Length > 3 ? fields[3].Trim() : null,
                    LastCountedAt = DateTime.UtcNow,
                    LastCountedBy = actor,
                });
            }
        }

        var batch = _context.CreateBatchWrite<InventoryItem>(new BatchWriteConfig { OverrideTableName = _inventory.TableName });
        batch.AddPutItems(items);
        await batch.ExecuteAsync(cancellationToken);

        // Move the file out of pending.
        var doneKey = key.Replace("pending/", "done/", StringComparison.Ordinal);
        await _s3.CopyObjectAsync(_storage.ImportBucket, key, _storage.ImportBucket, doneKey, cancellationToken);
        await _s3.DeleteObjectAsync(_storage.ImportBucket, key, cancellationToken);

        _logger.LogInformation("Imported {Count} items from {Key} ({Errors} errors)", items.Count, key, errors.Count);
        return new ImportResult(doneKey, items.Count, errors.Count, errors);
    }

    public async Task<IReadOnlyList<string>> PendingAsync(string warehouseId, CancellationToken cancellationToken)
    {
        var response = await _s3.ListObjectsV2Async(
            new ListObjectsV2Request { BucketName = _storage.ImportBucket, Prefix = $"pending/{warehouseId}/" },
            cancellationToken);
        return (response.S3Objects ?? new List<S3Object>()).Select(o => o.Key).ToList();
    }
}
