using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>The bucket a request is about, and whether srm.public_buckets lets that bucket be public.</summary>
internal static class Buckets
{
    /// <summary>
    /// The compile-time BucketName (or a copy's DestinationBucket) of the request that <paramref name="operation"/> writes into: the object of the
    /// nearest property assignment around it that has one, looking outward through nested initializers (a rule inside
    /// <c>new PutBucketOwnershipControlsRequest { BucketName = "b", OwnershipControls = new … { Rules = … } }</c>).
    /// Null when the name is not a constant or the request is built elsewhere.
    /// </summary>
    public static string? ConstantNameAround(IOperation operation)
    {
        for (var current = operation; current is not null; current = current.Parent)
        {
            if (current is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target }
                && RequestState.OfAssignmentTarget(target)?.ConstantString("BucketName", "DestinationBucket") is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="bucket"/> is listed in srm.public_buckets for the file of <paramref name="operation"/>.</summary>
    public static bool MayBePublic(AnalyzerOptions options, IOperation operation, string? bucket) =>
        SrmOptions.PublicBuckets.Get(options, operation.Syntax.SyntaxTree).Matches(bucket);

    /// <summary>
    /// True when a CDK Bucket's props make it a static website (<c>WebsiteIndexDocument</c>, <c>WebsiteRedirect</c> or
    /// <c>WebsiteRoutingRules</c>): the S3 website endpoint serves only public objects over plain HTTP, so public read
    /// access is what the bucket is for, as a bucket listed in srm.public_buckets.
    /// </summary>
    public static bool IsCdkWebsite(RequestState state) =>
        state.IsSet("WebsiteIndexDocument") || state.IsSet("WebsiteRedirect") || state.IsSet("WebsiteRoutingRules");
}
