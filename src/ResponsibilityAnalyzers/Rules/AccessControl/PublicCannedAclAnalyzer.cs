using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.AccessControl;

/// <summary>SRM5001: a public canned ACL on any S3 request, unless the bucket is listed in srm.public_buckets.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublicCannedAclAnalyzer() : PropertyRuleAnalyzer(Row)
{
    private static PropertyRule Row => new(
        Descriptors.SRM5001_PublicCannedAcl,
        ResponsibilityModel.S3,
        property: null,
        holders: ImmutableArray<AwsType>.Empty,
        valueType: AwsType.S3CannedAcl,
        unsafeValue: (acl, _) => acl switch
        {
            "PublicRead" or "public-read" => $"{acl} makes it readable by anyone on the internet",
            "PublicReadWrite" or "public-read-write" => $"{acl} makes it readable and writable by anyone on the internet",
            "AuthenticatedRead" or "authenticated-read" => $"{acl} makes it readable by every AWS account, not just yours",
            _ => null,
        },
        safeValue: "Amazon.S3.S3CannedACL.Private",
        exempt: (context, assignment) => Buckets.MayBePublic(context.Options, assignment, Buckets.ConstantNameAround(assignment)));
}
