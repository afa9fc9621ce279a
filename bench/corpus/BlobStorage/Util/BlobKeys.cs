using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace BlobStorage.Util;

/// <summary>
/// Builds object keys in the shapes the applications agree on.
/// </summary>
public static class BlobKeys
{
    public static string Normalize(string key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException("A key is required.", nameof(key));
        }

        var cleaned = key.Replace('\\', '/').Trim('/');
        while (cleaned.Contains("//", StringComparison.Ordinal))
        {
            cleaned = cleaned.Replace("//", "/", StringComparison.Ordinal);
        }

        if (cleaned.Split('/').Any(segment => segment == ".." || segment == "."))
        {
            throw new ArgumentException($"The key '{key}' contains a relative path segment.", nameof(key));
        }

        return cleaned;
    }

    public static string Dated(string prefix, string fileName, DateTime? at = null)
    {
        var date = (at ?? DateTime.UtcNow).ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);
        return Normalize($"{prefix}/{date}/{Guid.NewGuid():N}-{SafeFileName(fileName)}");
    }

    public static string ForTenant(string tenantId, string area, string fileName) =>
        Normalize($"tenants/{tenantId}/{area}/{SafeFileName(fileName)}");

    public static string SafeFileName(string fileName)
    {
        var builder = new StringBuilder(fileName.Length);
        foreach (var c in fileName)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return builder.Length == 0 ? "file" : builder.ToString();
    }
}
