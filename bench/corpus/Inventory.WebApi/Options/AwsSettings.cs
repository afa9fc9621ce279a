namespace Inventory.WebApi.Options;

/// <summary>
/// The "AWS" section of appsettings.json.
/// </summary>
public class AwsSettings
{
    public const string SectionName = "AWS";

    public string Region { get; set; } = "eu-central-1";

    /// <summary>Set in appsettings.Development.json to point at LocalStack.</summary>
    public string? ServiceURL { get; set; }

    public string? Profile { get; set; }

    public bool IsLocal => !string.IsNullOrEmpty(ServiceURL);
}
