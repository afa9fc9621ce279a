using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Testing;

namespace ResponsibilityAnalyzers.Tests.Infrastructure;

/// <summary>Which AWS SDK a test compiles against: the real assemblies, resolved from NuGet once per run.</summary>
public enum Sdk
{
    /// <summary>AWS SDK for .NET v3 (3.7): value properties are plain bool/int.</summary>
    V3,

    /// <summary>AWS SDK for .NET v4 (4.x): value properties are nullable, collections start null.</summary>
    V4,

    /// <summary>No AWS SDK referenced at all.</summary>
    None,

    /// <summary>The AWS CDK v2 in C# (Amazon.CDK.Lib), without the AWS SDK: an infrastructure app.</summary>
    Cdk,

    /// <summary>The AWS CDK and AWS SDK v4 together: a CDK app that also calls AWS (custom resources, deploy-time lookups).</summary>
    CdkAndV4,
}

public static class AwsSdk
{
    /// <summary>
    /// ASP.NET Core data protection (IDataProtector), served and real: code that encrypts with it before an AWS write
    /// is common, so both SDK sets reference it.
    /// </summary>
    public static readonly PackageIdentity DataProtection = new("Microsoft.AspNetCore.DataProtection.Abstractions", "8.0.34");

    public static readonly ReferenceAssemblies V3 = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
        new PackageIdentity("AWSSDK.S3", "3.7.511.8"),
        DataProtection));

    /// <summary>v4 of every service package the rules read that the registry serves (the others get marked stand-ins in tests), and the libraries around them the rules read.</summary>
    public static readonly ReferenceAssemblies V4 = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
        new PackageIdentity("AWSSDK.S3", "4.1.0"),
        new PackageIdentity("AWSSDK.DynamoDBv2", "4.1.0"),
        new PackageIdentity("AWSSDK.KeyManagementService", "4.1.0"),
        new PackageIdentity("AWSSDK.EC2", "4.0.132.2"),
        new PackageIdentity("AWSSDK.SQS", "4.0.100.25"),
        new PackageIdentity("AWSSDK.SimpleSystemsManagement", "4.0.105"),
        // A service that keeps no customer data (SRM1003 leaves its clients alone).
        new PackageIdentity("AWSSDK.SecurityToken", "4.1.0"),
        // AWSOptions and appsettings binding (brings Microsoft.Extensions.Configuration and Logging abstractions),
        // and the other places AWS keys are read from (SRM6002) and logged to (SRM6003).
        new PackageIdentity("AWSSDK.Extensions.NETCore.Setup", "4.0.102.10"),
        // Setup asks for Configuration.Abstractions 2.0.0, which the registry answers with 2.1.0: name that one.
        new PackageIdentity("Microsoft.Extensions.Configuration.Abstractions", "2.1.0"),
        new PackageIdentity("Microsoft.Extensions.Configuration.Binder", "2.1.0"),
        new PackageIdentity("System.Configuration.ConfigurationManager", "8.0.0"),
        DataProtection));

    /// <summary>
    /// The AWS CDK v2 for C#: 2.160.0 is the newest Amazon.CDK.Lib whose Constructs (10.0.5) the registry serves; the
    /// rules match CDK types by name, so any 2.x behaves the same.
    /// </summary>
    public static readonly ReferenceAssemblies Cdk = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
        new PackageIdentity("Amazon.CDK.Lib", "2.160.0"),
        new PackageIdentity("Constructs", "10.0.5")));

    public static readonly ReferenceAssemblies CdkAndV4 = V4.AddPackages(ImmutableArray.Create(
        new PackageIdentity("Amazon.CDK.Lib", "2.160.0"),
        new PackageIdentity("Constructs", "10.0.5")));

    public static ReferenceAssemblies For(Sdk sdk) => sdk switch
    {
        Sdk.Cdk => Cdk,
        Sdk.CdkAndV4 => CdkAndV4,
        Sdk.V3 => V3,
        Sdk.V4 => V4,
        _ => ReferenceAssemblies.Net.Net80,
    };
}
