using System.Collections.Generic;

namespace Infra.Provisioning.Config;

/// <summary>
/// Describes one environment (dev, staging, prod) of the platform.
/// Loaded from environments/{name}.json by the CLI.
/// </summary>
public class EnvironmentSpec
{
    public string Name { get; set; } = "dev";

    public string Region { get; set; } = "eu-west-1";

    public string AccountId { get; set; } = string.Empty;

    public string VpcId { get; set; } = string.Empty;

    public List<string> SubnetIds { get; set; } = new();

    public string OfficeCidr { get; set; } = "203.0.113.0/24";

    public bool Production => Name == "prod";

    public List<BucketSpec> Buckets { get; set; } = new();

    public List<TableSpec> Tables { get; set; } = new();

    public List<QueueSpec> Queues { get; set; } = new();

    public Dictionary<string, string> Parameters { get; set; } = new();

    public Dictionary<string, string> SecureParameters { get; set; } = new();

    public InstanceSpec? Bastion { get; set; }

    public List<InstanceSpec> Workers { get; set; } = new();

    public Dictionary<string, string> Tags { get; set; } = new();
}

public class BucketSpec
{
    public string Name { get; set; } = string.Empty;

    public bool Versioned { get; set; } = true;

    public bool Public { get; set; }

    public bool UseKms { get; set; } = true;

    public string? LogBucket { get; set; }

    public int? ExpireNoncurrentAfterDays { get; set; } = 90;
}

public class TableSpec
{
    public string Name { get; set; } = string.Empty;

    public string HashKey { get; set; } = "pk";

    public string? RangeKey { get; set; } = "sk";

    public bool PointInTimeRecovery { get; set; } = true;

    public bool Stream { get; set; }

    public string? TtlAttribute { get; set; }

    public List<string> GsiHashKeys { get; set; } = new();
}

public class QueueSpec
{
    public string Name { get; set; } = string.Empty;

    public bool Fifo { get; set; }

    public int VisibilityTimeoutSeconds { get; set; } = 60;

    public int MaxReceiveCount { get; set; } = 5;

    public bool UseKms { get; set; }
}

public class InstanceSpec
{
    public string Name { get; set; } = string.Empty;

    public string InstanceType { get; set; } = "t3.micro";

    public string AmiId { get; set; } = "ami-0c1c30571d2dae5c9";

    public int VolumeSizeGb { get; set; } = 20;

    public string? KeyName { get; set; }

    public string? UserData { get; set; }

    public int Count { get; set; } = 1;
}
