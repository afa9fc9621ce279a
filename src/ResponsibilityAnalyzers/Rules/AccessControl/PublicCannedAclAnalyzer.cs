using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.AccessControl;

/// <summary>
/// SRM5001: a canned ACL of PublicRead, PublicReadWrite or AuthenticatedRead on any S3 request (PutObject, PutBucket,
/// CopyObject, InitiateMultipartUpload, TransferUtility uploads, PutACL, PutObjectAcl, PutBucketAcl), unless the
/// bucket is listed in srm.public_buckets. Fix: S3CannedACL.Private.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublicCannedAclAnalyzer : ResponsibilityAnalyzer
{
    public PublicCannedAclAnalyzer()
        : base(Descriptors.SRM5001_PublicCannedAcl)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.S3CannedAcl] is not { } cannedAcl)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation target
                    || !SymbolEqualityComparer.Default.Equals(target.Property.Type, cannedAcl))
                {
                    return;
                }

                foreach (var leaf in Values.Leaves(assignment.Value))
                {
                    var acl = Values.MemberName(leaf, cannedAcl);
                    if (Describe(acl) is not { } effect)
                    {
                        continue;
                    }

                    var bucket = RequestState.OfAssignmentTarget(target)?.ConstantString("BucketName", "DestinationBucket");
                    if (SrmOptions.PublicBuckets.Get(operation.Options, operation.Operation.Syntax.SyntaxTree).Matches(bucket))
                    {
                        return;
                    }

                    var reported = Values.ReportedPart(leaf, assignment.Value);
                    operation.ReportDiagnostic(Descriptors.SRM5001_PublicCannedAcl.Create(
                        reported.Syntax.GetLocation(),
                        ResponsibilityModel.S3,
                        $"{acl} {effect}",
                        Fixes.Replace("Amazon.S3.S3CannedACL.Private")));
                    if (reported == assignment.Value)
                    {
                        return;
                    }
                }
            },
            OperationKind.SimpleAssignment);
    }

    private static string? Describe(string? acl) => acl switch
    {
        "PublicRead" or "public-read" => "makes it readable by anyone on the internet",
        "PublicReadWrite" or "public-read-write" => "makes it readable and writable by anyone on the internet",
        "AuthenticatedRead" or "authenticated-read" => "makes it readable by every AWS account, not just yours",
        _ => null,
    };
}
