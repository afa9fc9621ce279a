using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.AccessControl;

/// <summary>
/// SRM5005: ObjectOwnership ObjectWriter or BucketOwnerPreferred given to any ObjectOwnership property
/// (OwnershipControlsRule, PutBucketRequest), which turns the bucket's ACLs back on, unless the bucket is listed in
/// srm.public_buckets (a public site that still shares objects by ACL needs them). Fix: ObjectOwnership.BucketOwnerEnforced.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ObjectOwnershipAnalyzer : ResponsibilityAnalyzer
{
    public ObjectOwnershipAnalyzer()
        : base(Descriptors.SRM5005_AclsReenabled)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.ObjectOwnership] is not { } objectOwnership)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation target
                    || !SymbolEqualityComparer.Default.Equals(target.Property.Type, objectOwnership))
                {
                    return;
                }

                foreach (var leaf in Values.Leaves(assignment.Value))
                {
                    var ownership = Values.MemberName(leaf, objectOwnership);
                    if (Describe(ownership) is not { } effect)
                    {
                        continue;
                    }

                    if (Buckets.MayBePublic(operation.Options, assignment, Buckets.ConstantNameAround(assignment)))
                    {
                        return;
                    }

                    var reported = Values.ReportedPart(leaf, assignment.Value);
                    operation.ReportDiagnostic(Descriptors.SRM5005_AclsReenabled.Create(
                        reported.Syntax.GetLocation(),
                        ResponsibilityModel.S3,
                        $"ObjectOwnership {ownership} {effect}",
                        Fixes.Replace("Amazon.S3.ObjectOwnership.BucketOwnerEnforced")));
                    if (reported == assignment.Value)
                    {
                        return; // one report for the whole value
                    }
                }
            },
            OperationKind.SimpleAssignment);
    }

    // The field names and the wire strings are the same for ObjectOwnership.
    private static string? Describe(string? ownership) => ownership switch
    {
        "ObjectWriter" => "turns ACLs back on: the account that uploads an object owns it and can share it by ACL, outside the bucket policy",
        "BucketOwnerPreferred" => "turns ACLs back on, so objects can be shared by ACL outside the bucket policy",
        _ => null,
    };
}
