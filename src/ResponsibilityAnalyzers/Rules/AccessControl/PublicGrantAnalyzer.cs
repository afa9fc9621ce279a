using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.AccessControl;

/// <summary>
/// SRM5002: an S3Grantee whose URI is the AllUsers or AuthenticatedUsers group, however it is then used (in an S3Grant
/// of a request's Grants or an S3AccessControlList, or in AddGrant), unless the grant sits in a request for a bucket
/// listed in srm.public_buckets, or the grantee goes into no grant (unused, or only for RemoveGrant). Reported on the
/// URI; the message names the permission when the grant or AddGrant call shows it. Fix: delete the grant, where it is
/// a collection-initializer element or an <c>x.Add(grant)</c> / <c>acl.AddGrant(grantee, …)</c> statement.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublicGrantAnalyzer : ResponsibilityAnalyzer
{
    private const string GroupPrefix = "acs.amazonaws.com/groups/global/";

    public PublicGrantAnalyzer()
        : base(Descriptors.SRM5002_PublicGrant)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.S3Grantee] is not { } grantee || types[AwsType.S3Grant] is not { } grant || types[AwsType.S3AccessControlList] is not { } acl)
        {
            return;
        }

        var permission = types[AwsType.S3Permission];
        var endpoints = ClientEndpoints.For(types);
        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "URI" } target
                    || !SymbolEqualityComparer.Default.Equals(target.Property.ContainingType, grantee))
                {
                    return;
                }

                var leaves = Values.Leaves(assignment.Value).Select(leaf => (Leaf: leaf, Group: Group(leaf))).ToList();
                if (leaves.All(leaf => leaf.Group is null))
                {
                    return;
                }

                var granteeObject = target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                    ? RequestState.ImplicitReceiverCreation(target)
                    : target.Instance;
                var uses = granteeObject is null ? GrantUses.Unknown() : GrantUses.Of(granteeObject, grant, acl, permission);
                if (uses.Harmless || (granteeObject is not null && endpoints.IsSentToNotAws(granteeObject, operation.Options)))
                {
                    return;
                }

                var bucket = granteeObject is null ? null : Flow.ConstantString(granteeObject, "BucketName", "DestinationBucket");
                if (SrmOptions.PublicBuckets.Get(operation.Options, assignment.Syntax.SyntaxTree).Matches(bucket))
                {
                    return;
                }

                // The fix deletes the grant only when it is public whatever the branch, and every place it is used can go.
                var fixable = uses.Mechanical && uses.Removals.Count > 0 && leaves.All(leaf => leaf.Group is not null);
                foreach (var (leaf, group) in leaves)
                {
                    if (group is null)
                    {
                        continue;
                    }

                    operation.ReportDiagnostic(Descriptors.SRM5002_PublicGrant.Create(
                        leaf.Syntax.GetLocation(),
                        ResponsibilityModel.S3,
                        $"a grant to the {group} group gives {Audience(group)} {Permissions(uses.Permissions)}",
                        fixable ? Remedy.RemoveAdditional(uses.Removals.Count) : null,
                        fixable ? uses.Removals.ToArray() : Array.Empty<Location>()));
                }
            },
            OperationKind.SimpleAssignment);
    }

    /// <summary>"AllUsers" or "AuthenticatedUsers" for http(s)://acs.amazonaws.com/groups/global/…, in any case.</summary>
    private static string? Group(IOperation leaf)
    {
        if (Values.ConstantString(leaf) is not { } uri)
        {
            return null;
        }

        var rest = uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? uri.Substring(7)
            : uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? uri.Substring(8)
            : null;
        return string.Equals(rest, GroupPrefix + "AllUsers", StringComparison.OrdinalIgnoreCase) ? "AllUsers"
            : string.Equals(rest, GroupPrefix + "AuthenticatedUsers", StringComparison.OrdinalIgnoreCase) ? "AuthenticatedUsers"
            : null;
    }

    private static string Audience(string group) => group == "AllUsers" ? "anyone on the internet" : "every AWS account, not just yours,";

    private static string Permissions(List<string> permissions) => permissions.Count switch
    {
        0 => "the granted permission",
        1 => permissions[0] + " permission",
        _ => string.Join(", ", permissions.Take(permissions.Count - 1)) + " and " + permissions[permissions.Count - 1] + " permissions",
    };

    /// <summary>What the code does with one grantee: the grants it is given in, and whether deleting them is mechanical.</summary>
    private sealed class GrantUses
    {
        private int _grants;

        public List<string> Permissions { get; } = new();

        /// <summary>The statements and collection elements to delete to take the grants away.</summary>
        public List<Location> Removals { get; } = new();

        /// <summary>False once a use is not one of the shapes the fix can delete, or the grantee may be used elsewhere.</summary>
        public bool Mechanical { get; private set; } = true;

        /// <summary>
        /// Nothing to report: the grantee is seen whole, and goes into no grant (it is unused, or only serves to
        /// RemoveGrant, or its grant object is never used).
        /// </summary>
        public bool Harmless => _grants == 0 && Mechanical;

        public static GrantUses Unknown() => new() { Mechanical = false };

        public static GrantUses Of(IOperation granteeObject, INamedTypeSymbol grantType, INamedTypeSymbol aclType, INamedTypeSymbol? permissionType)
        {
            var result = new GrantUses();
            var uses = Flow.Uses(granteeObject, out var complete);
            foreach (var use in uses)
            {
                var outer = Values.WithCasts(use);
                switch (outer.Parent)
                {
                    case IPropertyReferenceOperation member when member.Instance == outer:
                        break; // grantee.URI = …, grantee.Type = …
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Grantee" } property } assignment
                        when assignment.Value == outer && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, grantType):
                        if (Flow.Owner(outer) is not { } grant)
                        {
                            result.Unclear();
                        }
                        else if (result.AddGrantRemovals(grant))
                        {
                            result.AddPermission(RequestState.OfValue(grant)?["Permission"], permissionType);
                        }

                        break;
                    case IArgumentOperation { Parent: IInvocationOperation invocation }
                        when SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, aclType):
                        if (invocation.TargetMethod.Name == "RemoveGrant")
                        {
                            break;
                        }

                        result._grants++;
                        result.AddPermission(invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "permission")?.Value, permissionType);
                        result.AddStatement(invocation);
                        break;
                    default:
                        result.Unclear();
                        break;
                }
            }

            if (!complete)
            {
                result.Unclear();
            }

            return result;
        }

        /// <summary>A use the rule cannot follow: it may be a grant, and the fix cannot take it away.</summary>
        private void Unclear()
        {
            _grants++;
            Mechanical = false;
        }

        private void AddPermission(IOperation? value, INamedTypeSymbol? permissionType)
        {
            var leaves = value is null || permissionType is null ? new List<IOperation>() : Values.Leaves(value).ToList();
            if (leaves.Count == 1 && Values.MemberName(leaves[0], permissionType!) is { } name && !Permissions.Contains(name))
            {
                Permissions.Add(name);
            }
        }

        /// <summary>
        /// Where the S3Grant goes: an element of a collection initializer, or <c>x.Add(grant);</c>. False when the grant
        /// goes nowhere at all (it is then no grant).
        /// </summary>
        private bool AddGrantRemovals(IOperation grant)
        {
            var grants = _grants;
            var uses = Flow.Uses(grant, out var complete);
            foreach (var use in uses)
            {
                var outer = Values.WithCasts(use);
                switch (outer.Parent)
                {
                    case IPropertyReferenceOperation member when member.Instance == outer:
                        break; // grant.Permission = …
                    case IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Parent: IObjectOrCollectionInitializerOperation } element }:
                        _grants++;
                        Removals.Add(element.Syntax.GetLocation());
                        break;
                    case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add }:
                        _grants++;
                        AddStatement(add);
                        break;
                    default:
                        Unclear();
                        break;
                }
            }

            if (!complete)
            {
                Unclear();
            }

            return _grants > grants;
        }

        private void AddStatement(IInvocationOperation invocation)
        {
            if (invocation.Parent is IExpressionStatementOperation { Parent: IBlockOperation } statement)
            {
                Removals.Add(statement.Syntax.GetLocation());
            }
            else
            {
                Mechanical = false;
            }
        }
    }
}
