using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>When an RDS create request does not decide a setting itself, so its absence is no finding.</summary>
internal static class Rds
{
    /// <summary>The requests that create a database: what they leave out, the database lacks.</summary>
    public static readonly ImmutableArray<AwsType> Creates = ImmutableArray.Create(AwsType.CreateDBInstanceRequest, AwsType.CreateDBClusterRequest);

    /// <summary>
    /// A CreateDBInstanceRequest with a DBClusterIdentifier creates an Aurora instance inside a cluster: storage
    /// encryption, backups and deletion protection are the cluster's.
    /// </summary>
    public static bool JoinsCluster(IObjectCreationOperation creation, RequestState request, AwsTypes types) =>
        Symbols.DerivesFrom(creation.Type, types[AwsType.CreateDBInstanceRequest]) && request.IsSet("DBClusterIdentifier");

    /// <summary>A CreateDBClusterRequest that replicates another cluster or joins a global database takes its source's encryption.</summary>
    public static bool Replicates(IObjectCreationOperation creation, RequestState request, AwsTypes types) =>
        Symbols.DerivesFrom(creation.Type, types[AwsType.CreateDBClusterRequest])
        && (request.IsSet("ReplicationSourceIdentifier") || request.IsSet("GlobalClusterIdentifier"));
}
