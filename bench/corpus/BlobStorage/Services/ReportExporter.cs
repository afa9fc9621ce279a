using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using BlobStorage.S3;
using Microsoft.Extensions.Logging;

namespace BlobStorage.Services;

/// <summary>
/// Writes CSV exports for the finance team to the reports bucket and
/// mails them a link.
/// </summary>
public class ReportExporter
{
    private readonly IAmazonS3 _s3;
    private readonly ILogger<ReportExporter> _logger;
    private readonly string _bucket;

    public ReportExporter(IAmazonS3 s3, ILogger<ReportExporter> logger, string bucket = "acme-finance-reports")
    {
        _s3 = s3;
        _logger = logger;
        _bucket = bucket;
    }

    public async Task<string> ExportAsync<T>(string reportName, IEnumerable<T> rows, Func<T, IEnumerable<object?>> columns, IReadOnlyList<string> header, CancellationToken cancellationToken = default)
    {
        var key = $"exports/{reportName}/{DateTime.UtcNow:yyyy-MM-dd}/{reportName}-{DateTime.UtcNow:HHmmss}.csv.gz";

        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        await using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            await writer.WriteLineAsync(string.Join(',', header.Select(Escape))).ConfigureAwait(false);
            foreach (var row in rows)
            {
                await writer.WriteLineAsync(string.Join(',', columns(row).Select(v => Escape(Format(v))))).ConfigureAwait(false);
            }
        }

        buffer.Position = 0;
        if (buffer.Length > MultipartUploader.MinimumPartSize * 4L)
        {
            var uploader = new MultipartUploader(_s3, _logger);
            await uploader.UploadAsync(_bucket, key, buffer, "application/gzip", cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _s3.PutObjectAsync(
                new PutObjectRequest
                {
                    BucketName = _bucket,
                    Key = key,
                    InputStream = buffer,
                    ContentType = "text/csv",
                    Headers = { ContentEncoding = "gzip" },
                },
                cancellationToken).ConfigureAwait(false);
        }

        _logger.LogInformation("Exported {Report} to s3://{Bucket}/{Key}", reportName, _bucket, key);
        return key;
    }

    public string ShareLink(string key)
    {
        // Finance opens these from email over several days.
        return _s3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = _bucket,
            Key = key,
            Expires = DateTime.UtcNow.AddDays(7),
            Verb = HttpVerb.GET,
        });
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Escape(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
