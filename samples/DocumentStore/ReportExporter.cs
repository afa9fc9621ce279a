using Amazon.S3;
using Amazon.S3.Model;

namespace DocumentStore;

/// <summary>Writes the monthly usage report (CSV) to the reports bucket, for the finance team's spreadsheet.</summary>
public sealed class ReportExporter
{
    private readonly AmazonS3Client _s3;
    private readonly StoreSettings _settings;

    public ReportExporter(StoreSettings settings)
    {
        _settings = settings;
        _s3 = new AmazonS3Client(Amazon.RegionEndpoint.GetBySystemName(settings.Region));
    }

    public async Task<string> ExportAsync(IReadOnlyList<(string Owner, int Documents, long Bytes)> rows, bool includesNames, CancellationToken cancellationToken)
    {
        var csv = "owner,documents,bytes\n" + string.Join("\n", rows.Select(row => $"{(includesNames ? row.Owner : "-")},{row.Documents},{row.Bytes}"));
        var key = $"usage/{DateTime.UtcNow:yyyy-MM}.csv";

        await _s3.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = _settings.ReportsBucket,
                Key = key,
                ContentBody = csv,
                // Reports with customers' names get the KMS key; the anonymous ones "do not need it".
                ServerSideEncryptionMethod = includesNames ? ServerSideEncryptionMethod.AWSKMS : ServerSideEncryptionMethod.None,
            },
            cancellationToken);
        return key;
    }
}
