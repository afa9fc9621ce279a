using System;
using System.Threading;
using System.Threading.Tasks;
using BlobStorage.Abstractions;
using Microsoft.Extensions.Logging;

namespace BlobStorage.Services;

/// <summary>
/// Copies blobs from one store to another (used to migrate from the old
/// on-premises file share to S3, and to make local copies for debugging).
/// </summary>
public class BlobMirror
{
    private readonly IBlobStore _source;
    private readonly IBlobStore _target;
    private readonly ILogger<BlobMirror> _logger;

    public BlobMirror(IBlobStore source, IBlobStore target, ILogger<BlobMirror> logger)
    {
        _source = source;
        _target = target;
        _logger = logger;
    }

    public async Task<(int Copied, int Skipped, int Failed)> MirrorAsync(string container, string? prefix = null, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        int copied = 0, skipped = 0, failed = 0;
        await _target.EnsureContainerAsync(container, cancellationToken).ConfigureAwait(false);

        await foreach (var blob in _source.ListAsync(container, prefix, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var existing = await _target.GetInfoAsync(container, blob.Key, cancellationToken).ConfigureAwait(false);
                if (existing != null && existing.Size == blob.Size)
                {
                    skipped++;
                    continue;
                }

                if (dryRun)
                {
                    _logger.LogInformation("Would copy {Key} ({Size} bytes)", blob.Key, blob.Size);
                    copied++;
                    continue;
                }

                await using var stream = await _source.OpenReadAsync(container, blob.Key, cancellationToken).ConfigureAwait(false);
                if (stream == null)
                {
                    skipped++;
                    continue;
                }

                var options = new BlobWriteOptions { ContentType = blob.ContentType };
                foreach (var pair in blob.Metadata)
                {
                    options.Metadata[pair.Key] = pair.Value;
                }

                await _target.PutAsync(container, blob.Key, stream, options, cancellationToken).ConfigureAwait(false);
                copied++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
                _logger.LogError(ex, "Could not mirror {Key}", blob.Key);
            }
        }

        _logger.LogInformation("Mirror of {Container}: {Copied} copied, {Skipped} skipped, {Failed} failed", container, copied, skipped, failed);
        return (copied, skipped, failed);
    }
}
