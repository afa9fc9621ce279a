using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BlobStorage.Abstractions;
using BlobStorage.Util;

namespace BlobStorage.Local;

/// <summary>
/// Stores blobs as files under a root folder; metadata goes into a
/// ".meta.json" file beside each blob. For tests and offline development.
/// </summary>
public class FileSystemBlobStore : IBlobStore
{
    private const string MetaSuffix = ".meta.json";
    private readonly string _root;

    public FileSystemBlobStore(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public async Task<BlobInfo> PutAsync(string container, string key, Stream content, BlobWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new BlobWriteOptions();
        var path = PathFor(container, key);
        if (!options.Overwrite && File.Exists(path))
        {
            throw new BlobAlreadyExistsException(container, key);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path))
        {
            await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }

        var meta = new StoredMeta
        {
            ContentType = options.ContentType ?? ContentTypes.FromFileName(key),
            Metadata = new Dictionary<string, string>(options.Metadata),
        };
        await File.WriteAllTextAsync(path + MetaSuffix, JsonSerializer.Serialize(meta), cancellationToken).ConfigureAwait(false);
        return (await GetInfoAsync(container, key, cancellationToken).ConfigureAwait(false))!;
    }

    public Task<Stream?> OpenReadAsync(string container, string key, CancellationToken cancellationToken = default)
    {
        var path = PathFor(container, key);
        Stream? stream = File.Exists(path) ? File.OpenRead(path) : null;
        return Task.FromResult(stream);
    }

    public async Task<BlobInfo?> GetInfoAsync(string container, string key, CancellationToken cancellationToken = default)
    {
        var path = PathFor(container, key);
        if (!File.Exists(path))
        {
            return null;
        }

        var info = new FileInfo(path);
        var meta = File.Exists(path + MetaSuffix)
            ? JsonSerializer.Deserialize<StoredMeta>(await File.ReadAllTextAsync(path + MetaSuffix, cancellationToken).ConfigureAwait(false))
            : null;
        return new BlobInfo(container, BlobKeys.Normalize(key), info.Length, meta?.ContentType, ETag(info), info.LastWriteTimeUtc, meta?.Metadata ?? new Dictionary<string, string>());
    }

    public Task<bool> ExistsAsync(string container, string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathFor(container, key)));

    public Task<bool> DeleteAsync(string container, string key, CancellationToken cancellationToken = default)
    {
        var path = PathFor(container, key);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        File.Delete(path + MetaSuffix);
        return Task.FromResult(true);
    }

    public async Task<int> DeleteManyAsync(string container, IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        var count = 0;
        foreach (var key in keys)
        {
            if (await DeleteAsync(container, key, cancellationToken).ConfigureAwait(false))
            {
                count++;
            }
        }

        return count;
    }

    public async IAsyncEnumerable<BlobInfo> ListAsync(string container, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(_root, container);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(MetaSuffix, StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
        {
            var key = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (prefix != null && !key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var info = await GetInfoAsync(container, key, cancellationToken).ConfigureAwait(false);
            if (info != null)
            {
                yield return info;
            }
        }
    }

    public async Task CopyAsync(string sourceContainer, string sourceKey, string targetContainer, string targetKey, CancellationToken cancellationToken = default)
    {
        var source = PathFor(sourceContainer, sourceKey);
        var target = PathFor(targetContainer, targetKey);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
        if (File.Exists(source + MetaSuffix))
        {
            File.Copy(source + MetaSuffix, target + MetaSuffix, overwrite: true);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task EnsureContainerAsync(string container, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.Combine(_root, container));
        return Task.CompletedTask;
    }

    private string PathFor(string container, string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, container, BlobKeys.Normalize(key)));
        if (!path.StartsWith(_root, StringComparison.Ordinal))
        {
            throw new ArgumentException("The key escapes the storage root.", nameof(key));
        }

        return path;
    }

    private static string ETag(FileInfo info)
    {
        var bytes = BitConverter.GetBytes(info.Length ^ info.LastWriteTimeUtc.Ticks);
        return "\"" + Convert.ToHexString(MD5.HashData(bytes)).ToLowerInvariant() + "\"";
    }

    private sealed class StoredMeta
    {
        public string? ContentType { get; set; }

        public Dictionary<string, string> Metadata { get; set; } = new();
    }
}
