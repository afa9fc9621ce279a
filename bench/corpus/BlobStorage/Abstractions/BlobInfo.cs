using System;
using System.Collections.Generic;

namespace BlobStorage.Abstractions;

public sealed record BlobInfo(
    string Container,
    string Key,
    long Size,
    string? ContentType,
    string? ETag,
    DateTime? LastModified,
    IReadOnlyDictionary<string, string> Metadata)
{
    public string Name => Key.Contains('/') ? Key[(Key.LastIndexOf('/') + 1)..] : Key;
}

public sealed class BlobWriteOptions
{
    public string? ContentType { get; set; }

    public string? ContentDisposition { get; set; }

    public string? CacheControl { get; set; }

    public IDictionary<string, string> Metadata { get; } = new Dictionary<string, string>();

    public IDictionary<string, string> Tags { get; } = new Dictionary<string, string>();

    /// <summary>Make the object readable by anyone with the URL (public assets only).</summary>
    public bool Public { get; set; }

    public bool Overwrite { get; set; } = true;
}

public class BlobStoreException : Exception
{
    public BlobStoreException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

public sealed class BlobAlreadyExistsException : BlobStoreException
{
    public BlobAlreadyExistsException(string container, string key)
        : base($"Blob {container}/{key} already exists.")
    {
    }
}
