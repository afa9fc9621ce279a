using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace BlobStorage.Abstractions;

/// <summary>
/// Storage for opaque binary objects addressed by a container and a key.
/// Implementations: S3, local file system (tests and offline development).
/// </summary>
public interface IBlobStore
{
    Task<BlobInfo> PutAsync(string container, string key, Stream content, BlobWriteOptions? options = null, CancellationToken cancellationToken = default);

    Task<Stream?> OpenReadAsync(string container, string key, CancellationToken cancellationToken = default);

    Task<BlobInfo?> GetInfoAsync(string container, string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string container, string key, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string container, string key, CancellationToken cancellationToken = default);

    Task<int> DeleteManyAsync(string container, IEnumerable<string> keys, CancellationToken cancellationToken = default);

    IAsyncEnumerable<BlobInfo> ListAsync(string container, string? prefix = null, CancellationToken cancellationToken = default);

    Task CopyAsync(string sourceContainer, string sourceKey, string targetContainer, string targetKey, CancellationToken cancellationToken = default);

    Task EnsureContainerAsync(string container, CancellationToken cancellationToken = default);
}

/// <summary>
/// A blob store that can hand out time-limited URLs.
/// </summary>
public interface IUrlSigningBlobStore : IBlobStore
{
    Uri GetDownloadUrl(string container, string key, TimeSpan validFor, string? downloadFileName = null);

    Uri GetUploadUrl(string container, string key, TimeSpan validFor, string? contentType = null);
}

/// <summary>
/// A blob store that can upload large files in parts.
/// </summary>
public interface ILargeBlobStore : IBlobStore
{
    Task<BlobInfo> UploadFileAsync(string container, string key, string filePath, BlobWriteOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    Task DownloadFileAsync(string container, string key, string filePath, CancellationToken cancellationToken = default);
}
