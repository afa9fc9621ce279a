using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.AccessControl;

/// <summary>
/// SRM5004: S3 Block Public Access removed (any <c>new DeletePublicAccessBlockRequest</c>) or weakened (a
/// <c>new PutPublicAccessBlockRequest</c> whose configuration, created in the same method, has a flag that is false,
/// null or not set: S3 reads a flag missing from the request as false), unless the bucket is listed in
/// srm.public_buckets. Fix: set all four flags to true.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublicAccessBlockAnalyzer : ResponsibilityAnalyzer
{
    /// <summary>The CDK form: BucketProps with BlockPublicAccess.BLOCK_ACLS, or a BlockPublicAccess built with a setting false (left out, S3 blocks all); a CfnBucket's PublicAccessBlockConfiguration with a setting false or left out.</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(new ConstructRule(
        Descriptors.SRM5004_PublicAccessBlockWeakened,
        ResponsibilityModel.S3,
        AwsType.CdkBucket,
        AwsType.CdkBucketProps,
        "BlockPublicAccess",
        AwsType.CdkBlockPublicAccess,
        (value, state) => Buckets.IsCdkWebsite(state) ? null
            : value == "BLOCK_ACLS" ? "BlockPublicAccess.BLOCK_ACLS leaves BlockPublicPolicy and RestrictPublicBuckets off for the CDK Bucket: one public bucket policy makes its data readable by anyone"
            : value.StartsWith("new:", System.StringComparison.Ordinal) && value.Length > 4 ? $"the CDK Bucket's BlockPublicAccess turns {value.Substring(4).Replace(",", ", ")} off: a public ACL or bucket policy then makes its data readable by anyone"
            : null,
        "Amazon.CDK.AWS.S3.BlockPublicAccess.BLOCK_ALL"),
        Cfn("BlockPublicAcls"),
        Cfn("IgnorePublicAcls"),
        Cfn("BlockPublicPolicy"),
        Cfn("RestrictPublicBuckets"));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    /// <summary>L1: a CfnBucket's PublicAccessBlockConfiguration with a setting false or left out (CloudFormation reads it as false); no configuration at all, S3 blocks all.</summary>
    private static ConstructRule Cfn(string flag) => ConstructRule.MustBeTrue(
        Descriptors.SRM5004_PublicAccessBlockWeakened,
        ResponsibilityModel.S3,
        AwsType.CdkCfnBucketPublicAccessBlock,
        AwsType.CdkCfnBucketPublicAccessBlock,
        flag,
        bucket => $"the CDK {bucket}'s PublicAccessBlockConfiguration turns {flag} off, which {Effect(flag)}");

    private static readonly string[] Flags = { "BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets" };

    public PublicAccessBlockAnalyzer()
        : base(Descriptors.SRM5004_PublicAccessBlockWeakened)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.DeletePublicAccessBlockRequest] is not { } deleteRequest
            || types[AwsType.PutPublicAccessBlockRequest] is not { } putRequest
            || types[AwsType.PublicAccessBlockConfiguration] is not { } configuration
            || types[AwsType.IAmazonS3] is not { } s3)
        {
            return;
        }

        var endpoints = ClientEndpoints.For(types);

        // A whole method at a time: the configuration is often built in statements before the request, and a
        // diagnostic there must be reproduced when only that statement is analyzed (light bulb, code fix). Only a
        // method that creates one of the two requests is looked at.
        BlockCreations.Register(
            context,
            type => SymbolEqualityComparer.Default.Equals(type, deleteRequest) || SymbolEqualityComparer.Default.Equals(type, putRequest),
            (block, requests) =>
            {
                foreach (var creation in requests)
                {
                    if (endpoints.IsSentToNotAws(creation, block.Options))
                    {
                        continue;
                    }

                    if (SymbolEqualityComparer.Default.Equals(creation.Type, deleteRequest))
                    {
                        CheckDelete(block, creation);
                    }
                    else
                    {
                        CheckPut(block, creation, configuration, s3);
                    }
                }
            });
    }

    private static void CheckDelete(OperationBlockAnalysisContext context, IObjectCreationOperation creation)
    {
        if (!Buckets.MayBePublic(context.Options, creation, RequestState.Of(creation).ConstantString("BucketName")))
        {
            context.ReportDiagnostic(Descriptors.SRM5004_PublicAccessBlockWeakened.Create(
                Head(creation),
                ResponsibilityModel.S3,
                "DeletePublicAccessBlock removes all four Block Public Access settings of the bucket, so ACLs and bucket policies can make its data public"));
        }
    }

    private static void CheckPut(OperationBlockAnalysisContext context, IObjectCreationOperation creation, INamedTypeSymbol configurationType, INamedTypeSymbol s3)
    {
        var request = RequestState.Of(creation);
        if (request.Creation != creation // the local is given another request later: that one is checked instead
            || request["PublicAccessBlockConfiguration"] is not { } assigned
            || RequestState.OfValue(assigned) is not { Creation: { } configurationCreation } configuration // built elsewhere: unknown
            || Buckets.MayBePublic(context.Options, creation, request.ConstantString("BucketName")))
        {
            return;
        }

        var missing = new List<string>();
        foreach (var flag in Flags)
        {
            if (configuration[flag] is { } value)
            {
                CheckFlag(context, flag, value);
            }
            else
            {
                missing.Add(flag);
            }
        }

        if (missing.Count > 0)
        {
            var modelTypes = new[] { configurationType, creation.Type };
            missing.RemoveAll(flag => MayBeSetElsewhere(configurationCreation, flag, modelTypes, s3));
        }

        if (missing.Count > 0)
        {
            context.ReportDiagnostic(Descriptors.SRM5004_PublicAccessBlockWeakened.Create(
                Head(configurationCreation),
                ResponsibilityModel.S3,
                $"PutPublicAccessBlock does not set {Join(missing)}, and S3 treats a flag missing from the request as false, which turns {(missing.Count == 1 ? "that protection" : "those protections")} off",
                Remedy.Set(missing.Select(flag => (flag, "true")))));
        }
    }

    /// <summary>Reports each false or null the flag's value can be (see <see cref="Values.ReportedPart"/> for where).</summary>
    private static void CheckFlag(OperationBlockAnalysisContext context, string flag, IOperation value)
    {
        foreach (var leaf in Values.Leaves(value))
        {
            if (!Values.TryGetConstant(leaf, out var constant) || constant is not (false or null))
            {
                continue;
            }

            var reported = Values.ReportedPart(leaf, value);
            context.ReportDiagnostic(Descriptors.SRM5004_PublicAccessBlockWeakened.Create(reported.Syntax.GetLocation(), ResponsibilityModel.S3, constant is null
                    ? $"{flag} = null leaves the flag out of the request, and S3 treats a missing flag as false: that {Effect(flag)}"
                    : $"{flag} = false {Effect(flag)}", Remedy.Replace("true")));
            if (reported == value)
            {
                return; // one report for the whole value
            }
        }
    }

    /// <summary>
    /// True when the method may set the flag in a way RequestState does not follow: assigned outside an object
    /// initializer through another path (<c>request.PublicAccessBlockConfiguration.Flag = …</c>, an alias), or the
    /// configuration or request handed to code other than the S3 client, which may set it.
    /// <paramref name="modelTypes"/> is PublicAccessBlockConfiguration, then PutPublicAccessBlockRequest.
    /// </summary>
    private static bool MayBeSetElsewhere(IOperation anyInMethod, string flag, ITypeSymbol?[] modelTypes, INamedTypeSymbol s3)
    {
        var facts = MethodFacts.Of(anyInMethod);
        return facts.StatementPropertyWrites(flag).Any(operation =>
                operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target }
                && SymbolEqualityComparer.Default.Equals(target.Property.ContainingType, modelTypes[0]))
            || facts.OfKind(OperationKind.Argument).Any(operation =>
                operation is IArgumentOperation { Value: var argument } && modelTypes.Contains(Values.Unwrap(argument).Type, SymbolEqualityComparer.Default)
                && !IsS3Client(operation.Parent, s3));
    }

    private static bool IsS3Client(IOperation? call, INamedTypeSymbol s3) =>
        call is IInvocationOperation { TargetMethod.ContainingType: { } type }
        && (SymbolEqualityComparer.Default.Equals(type, s3) || type.AllInterfaces.Contains(s3, SymbolEqualityComparer.Default));

    private static string Effect(string flag) => flag switch
    {
        "BlockPublicAcls" => "lets requests put public ACLs on the bucket and its objects",
        "IgnorePublicAcls" => "makes S3 honour public ACLs on the bucket and its objects",
        "BlockPublicPolicy" => "lets a bucket policy that grants public access be attached",
        _ => "lets anyone outside the account reach the bucket through a public bucket policy",
    };

    private static string Join(List<string> flags) =>
        flags.Count == 1 ? flags[0] : string.Join(", ", flags.Take(flags.Count - 1)) + " or " + flags[flags.Count - 1];

    private static Location Head(IObjectCreationOperation creation) => Locations.Head(creation);
}
