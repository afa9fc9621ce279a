using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using BlobStorage.Abstractions;
using BlobStorage.Util;
using Microsoft.Extensions.Logging;

namespace BlobStorage.Services;

public sealed record Attachment(string Id, string TenantId, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt);

/// <summary>
/// Stores user attachments (invoices, photos, contracts) per tenant and
/// hands out short-lived download links.
/// </summary>
public class AttachmentService
{
    public const string Container = "attachments";
    private const long MaxSize = 50 * 1024 * 1024;

    private static readonly HashSet<string> AllowedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf",
        "image/png",
        "image/jpeg",
        "image/webp",
        "text/plain",
        "text/csv",
    };

    private readonly IBlobStore _store;
    private readonly ILogger<AttachmentService> _logger;

    public AttachmentService(IBlobStore store, ILogger<AttachmentService> logger)
    {
        _store = store;
        _logger = logger;
    }

    public async Task<Attachment> UploadAsync(string tenantId, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var contentType = ContentTypes.FromFileName(fileName);
        if (!AllowedTypes.Contains(contentType))
        {
            throw new BlobStoreException($"Files of type {contentType} are not accepted.");
        }

        // Buffer so we can hash and check the size before storing.
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length > MaxSize)
        {
            throw new BlobStoreException($"Attachments are limited to {MaxSize / (1024 * 1024)} MB.");
        }

        buffer.Position = 0;
        var hash = Convert.ToHexString(await SHA256.HashDataAsync(buffer, cancellationToken).ConfigureAwait(false)).ToLowerInvariant();
        buffer.Position = 0;

        var id = Guid.NewGuid().ToString("N");
        var options = new BlobWriteOptions
        {
            ContentType = contentType,
            ContentDisposition = $"attachment; filename=\"{BlobKeys.SafeFileName(fileName)}\"",
        };
        options.Metadata["tenant"] = tenantId;
        options.Metadata["original-name"] = BlobKeys.SafeFileName(fileName);
        options.Metadata["sha256"] = hash;
        options.Tags["classification"] = "customer-data";

        var info = await _store.PutAsync(Container, KeyFor(tenantId, id), buffer, options, cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Stored attachment {Id} for tenant {Tenant} ({Size} bytes)", id, tenantId, info.Size);
        return new Attachment(id, tenantId, fileName, contentType, buffer.Length, hash, DateTime.UtcNow);
    }

    public Task<Stream?> OpenAsync(string tenantId, string id, CancellationToken cancellationToken = default) =>
        _store.OpenReadAsync(Container, KeyFor(tenantId, id), cancellationToken);

    public Uri? DownloadLink(string tenantId, string id, string fileName)
    {
        if (_store is not IUrlSigningBlobStore signing)
        {
            return null;
        }

        return signing.GetDownloadUrl(Container, KeyFor(tenantId, id), TimeSpan.FromMinutes(15), fileName);
    }

    public async Task<IReadOnlyList<BlobInfo>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var list = new List<BlobInfo>();
        await foreach (var blob in _store.ListAsync(Container, $"tenants/{tenantId}/attachments/", cancellationToken).ConfigureAwait(false))
        {
            list.Add(blob);
        }

        return list;
    }

    public async Task<int> DeleteTenantAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var keys = (await ListAsync(tenantId, cancellationToken).ConfigureAwait(false)).Select(b => b.Key).ToList();
        var deleted = await _store.DeleteManyAsync(Container, keys, cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Deleted {Count} attachments of tenant {Tenant}", deleted, tenantId);
        return deleted;
    }

    private static string KeyFor(string tenantId, string id) => BlobKeys.ForTenant(tenantId, "attachments", id);
}
