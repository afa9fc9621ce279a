using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>The bucket a request is about, whether srm.public_buckets lets that bucket be public, and what a CDK bucket is for (a website, CloudFront access logs).</summary>
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

    /// <summary>
    /// True when the CDK Bucket built with <paramref name="props"/> is evidently a CloudFront access-log bucket, which needs
    /// ACLs (CloudFront writes the logs under the awslogsdelivery account's ACL): the bucket is given, in the same file, to
    /// a <c>DistributionProps.LogBucket</c> or, by its domain name, to a <c>CfnDistribution.LoggingProperty.Bucket</c>; or
    /// its construct id or <c>BucketName</c> says so (<see cref="SaysCloudFrontLogs"/>).
    /// </summary>
    public static bool IsCdkCloudFrontLogBucket(RequestState props)
    {
        if (SaysCloudFrontLogs(props.ConstantString("BucketName")))
        {
            return true;
        }

        if (props.Creation is not { SemanticModel: { } model } creation)
        {
            return false;
        }

        var types = AwsTypes.For(model.Compilation);
        if (types[AwsType.CdkBucket] is not { } bucketType)
        {
            return false;
        }

        foreach (var bucket in BucketsBuiltWith(creation, bucketType))
        {
            if (bucket.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "id") is { } id && SaysCloudFrontLogs(Values.ConstantString(id.Value)))
            {
                return true;
            }

            if (GivenToCloudFrontLogging(bucket, model, types))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name that says CloudFront access logs, by its words: a log word (log, logs, logging) with a CloudFront word
    /// (cloudfront, cloud + front, cf, distribution): "CloudFrontLogs", "cf-logs", "DistributionLogs". "Logs" alone is not enough.
    /// </summary>
    public static bool SaysCloudFrontLogs(string? name)
    {
        if (name is null)
        {
            return false;
        }

        var words = SensitiveNames.Words(name);
        var logs = words.Any(word => word is "log" or "logs" or "logging");
        var cloudFront = words.Any(word => word is "cloudfront" or "cf" or "distribution" or "distributions")
            || words.Zip(words.Skip(1), (first, second) => first == "cloud" && second == "front").Any(pair => pair);
        return logs && cloudFront;
    }

    /// <summary>The <c>new Bucket(…)</c> calls given these props: the one they are written in, or those given the local that holds them.</summary>
    private static IEnumerable<IObjectCreationOperation> BucketsBuiltWith(IObjectCreationOperation props, INamedTypeSymbol bucketType)
    {
        var outer = Values.Outer(props);
        if (outer.Parent is IArgumentOperation { Parent: IObjectCreationOperation inline } && SymbolEqualityComparer.Default.Equals(inline.Type, bucketType))
        {
            yield return inline;
            yield break;
        }

        if (outer.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } })
        {
            yield break;
        }

        foreach (var bucket in Values.Root(props).Descendants().OfType<IObjectCreationOperation>())
        {
            if (SymbolEqualityComparer.Default.Equals(bucket.Type, bucketType)
                && bucket.Arguments.Any(argument => argument.Parameter?.Name == "props" && Values.Unwrap(argument.Value) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)))
            {
                yield return bucket;
            }
        }
    }

    /// <summary>
    /// True when the bucket is written as a <c>DistributionProps.LogBucket</c>, or kept in a local, field or property that
    /// the same file gives to one, or whose domain name it gives to a <c>CfnDistribution.LoggingProperty.Bucket</c>.
    /// </summary>
    private static bool GivenToCloudFrontLogging(IObjectCreationOperation bucket, SemanticModel model, AwsTypes types)
    {
        var distributionProps = types[AwsType.CdkDistributionProps];
        var logging = types[AwsType.CdkCfnDistributionLogging];
        if (distributionProps is null && logging is null)
        {
            return false;
        }

        var outer = Values.Outer(bucket);
        ISymbol? holder;
        switch (outer.Parent)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target }
                when target.Property.Name == "LogBucket" && SymbolEqualityComparer.Default.Equals(target.Property.ContainingType, distributionProps):
                return true;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } }:
                holder = local;
                break;
            case IFieldInitializerOperation { InitializedFields: { Length: 1 } fields }:
                holder = fields[0];
                break;
            case IPropertyInitializerOperation { InitializedProperties: { Length: 1 } properties }:
                holder = properties[0];
                break;
            case ISimpleAssignmentOperation { Target: var target }:
                holder = Holder(target);
                break;
            default:
                return false;
        }

        if (holder is null)
        {
            return false;
        }

        foreach (var assignment in model.SyntaxTree.GetRoot().DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.Left is not IdentifierNameSyntax { Identifier.ValueText: "LogBucket" or "Bucket" } && assignment.Left is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "LogBucket" or "Bucket" })
            {
                continue;
            }

            if (model.GetOperation(assignment) is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } given)
            {
                continue;
            }

            var value = Values.Unwrap(given.Value);
            var type = target.Property.ContainingType;
            if (target.Property.Name == "LogBucket" && SymbolEqualityComparer.Default.Equals(type, distributionProps)
                && SymbolEqualityComparer.Default.Equals(Holder(value), holder))
            {
                return true;
            }

            if (target.Property.Name == "Bucket" && SymbolEqualityComparer.Default.Equals(type, logging)
                && value is IPropertyReferenceOperation { Property.Name: "BucketDomainName" or "BucketRegionalDomainName", Instance: { } instance }
                && SymbolEqualityComparer.Default.Equals(Holder(Values.Unwrap(instance)), holder))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The local, field or property (of this object or a static one) an expression reads or writes.</summary>
    private static ISymbol? Holder(IOperation operation) => operation switch
    {
        ILocalReferenceOperation reference => reference.Local,
        IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } reference => reference.Field,
        IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Arguments.IsEmpty: true } reference => reference.Property,
        _ => null,
    };
}
