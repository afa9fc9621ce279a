using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionAtRest;

/// <summary>
/// SRM2002: encryption chosen on some paths only. Server-side: an S3 request's ServerSideEncryptionMethod, or a
/// CreateTable's SSESpecification, that is None/null (or a disabled SSESpecification) on one arm of a conditional,
/// switch expression or <c>??</c> and an encryption on another; or that is set only inside an <c>if</c> without
/// <c>else</c> after the request was created. Client-side: an S3 body (InputStream, ContentBody, the stream of a
/// TransferUtility upload) that is ciphertext
/// on some paths and plaintext on others (see <see cref="Ciphertext"/>), reported on the arm that sends plaintext;
/// also when two assignments to the same request's body, on different paths, encrypt on one only. Fix: the encryption for every path (the
/// conditional becomes its encrypting arm; the <c>if</c> becomes its one assignment) when the conditions have no side
/// effects.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PartialEncryptionAnalyzer : ResponsibilityAnalyzer
{
    private static readonly ImmutableHashSet<string> Bodies = ImmutableHashSet.Create("InputStream", "ContentBody");

    public PartialEncryptionAnalyzer()
        : base(Descriptors.SRM2002_PartialEncryption)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var sse = types[AwsType.ServerSideEncryptionMethod];
        var sseSpecification = types[AwsType.SSESpecification];
        var bodyOwners = new[] { types[AwsType.PutObjectRequest], types[AwsType.UploadPartRequest], types[AwsType.TransferUtilityUploadRequest] };
        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation target)
                {
                    return;
                }

                var property = target.Property;
                if (sse is not null && SymbolEqualityComparer.Default.Equals(property.Type, sse) && !SymbolEqualityComparer.Default.Equals(property.ContainingType, types[AwsType.ServerSideEncryptionByDefault]))
                {
                    CheckServerSide(operation, assignment, target, ResponsibilityModel.S3, leaf => S3Kind(leaf, sse));
                }
                else if (sseSpecification is not null && SymbolEqualityComparer.Default.Equals(property.Type, sseSpecification)
                    && SymbolEqualityComparer.Default.Equals(property.ContainingType, types[AwsType.CreateTableRequest]))
                {
                    CheckServerSide(operation, assignment, target, ResponsibilityModel.DynamoDB, DynamoDbKind);
                }
                else if (Bodies.Contains(property.Name) && bodyOwners.Contains(property.ContainingType, SymbolEqualityComparer.Default))
                {
                    CheckClientSide(operation, assignment, types);
                }
            },
            OperationKind.SimpleAssignment);

        var transfer = types[AwsType.TransferUtility];
        var transferInterface = types[AwsType.ITransferUtility];
        if (transfer is null && transferInterface is null)
        {
            return;
        }

        // TransferUtility.Upload(stream, bucket, key): the body is an argument, not an assignment.
        context.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                if (invocation.TargetMethod.Name is not ("Upload" or "UploadAsync")
                    || !(Symbols.DerivesFrom(invocation.TargetMethod.ContainingType, transfer) || Symbols.DerivesFromOrImplements(invocation.TargetMethod.ContainingType, transferInterface)))
                {
                    return;
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name == "stream" && !ClientEndpoints.For(types).IsNotAws(invocation, operation.Options))
                    {
                        ReportPartialBody(operation, "The uploaded stream", argument.Value, types);
                    }
                }
            },
            OperationKind.Invocation);
    }

    /// <summary>What a leaf asks for: true = encryption, false = none, null = unknown.</summary>
    private delegate bool? Kind(IOperation leaf);

    private static void CheckServerSide(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, AwsService service, Kind kind)
    {
        var name = target.Property.Name;
        var leaves = Values.Leaves(assignment.Value).ToList();
        var encrypting = leaves.Where(leaf => kind(leaf) == true).ToList();
        var none = leaves.Where(leaf => kind(leaf) == false).ToList();
        if (encrypting.Count > 0 && none.Count > 0 && !IsForNotAws(context, assignment))
        {
            var reported = Values.ReportedPart(none[0], assignment.Value);
            var arm = SingleEncryptingArm(encrypting, assignment.Value);
            var properties = arm is not null && HasNoSideEffects(assignment.Value, encrypting) ? Remedy.Replace(Fact.Moved(1), at: 0) : null;
            context.ReportDiagnostic(Descriptors.SRM2002_PartialEncryption.Create(
                reported.Syntax.GetLocation(),
                service,
                $"{name} asks for encryption on one path and for none on another, where {Consequence(service)}",
                properties,
                properties is null ? System.Array.Empty<Location>() : new[] { assignment.Value.Syntax.GetLocation(), arm!.GetLocation() }));
            return;
        }

        if (encrypting.Count == leaves.Count && encrypting.Count > 0 && GuardingIf(assignment, target, kind) is { } guard && !IsForNotAws(context, assignment))
        {
            var hoistable = guard.WhenTrue is IBlockOperation { Operations.Length: 1 } or IExpressionStatementOperation && HasNoSideEffects(guard.Condition, new List<IOperation>());
            context.ReportDiagnostic(Descriptors.SRM2002_PartialEncryption.Create(
                assignment.Syntax.GetLocation(),
                service,
                $"{name} is set only when the if condition holds; otherwise the request asks for no encryption and {Consequence(service)}",
                hoistable ? Remedy.Unwrap() : null,
                hoistable ? new[] { guard.Syntax.GetLocation() } : System.Array.Empty<Location>()));
        }
    }

    /// <summary>
    /// A body that is ciphertext on some paths only. Reported on the plaintext arm when it is written in the value
    /// (<c>secret ? Protect(data) : data</c>), else on the value, with the plaintext arm (a local's initializer, the
    /// store an <c>if</c> without <c>else</c> leaves in place) as an additional location and named in the message. A
    /// plain body that another assignment to the same request encrypts on another path is the plaintext arm itself.
    /// </summary>
    private static void CheckClientSide(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, AwsTypes types)
    {
        if (IsForNotAws(context, assignment))
        {
            return;
        }

        var ciphertext = new Ciphertext(types, SrmOptions.Encryptors.Get(context.Options, assignment.Syntax.SyntaxTree));
        var property = ((IPropertyReferenceOperation)assignment.Target).Property.Name;
        var protection = ReportPartialBody(context, property, assignment.Value, types, ciphertext);
        if (protection == Protection.Plain
            && assignment.Target is IPropertyReferenceOperation target
            && RequestState.OfAssignmentTarget(target) is { Creation: { } creation }
            && ciphertext.OtherPathOf(assignment, creation, wantEncrypted: true) is { } encrypted)
        {
            context.ReportDiagnostic(Descriptors.SRM2002_PartialEncryption.Create(
                assignment.Value.Syntax.GetLocation(),
                ResponsibilityModel.S3,
                $"{property} is encrypted client-side on another path (line {Line(encrypted)}) but not on this one: here the data reaches S3 in plaintext",
                null,
                encrypted.Syntax.GetLocation()));
        }
    }

    /// <summary>Reports a body that is ciphertext on some paths only, on its plaintext arm (see <see cref="CheckClientSide"/>); returns its protection.</summary>
    private static Protection ReportPartialBody(OperationAnalysisContext context, string what, IOperation value, AwsTypes types, Ciphertext? ciphertext = null)
    {
        ciphertext ??= new Ciphertext(types, SrmOptions.Encryptors.Get(context.Options, value.Syntax.SyntaxTree));
        var (protection, plain) = ciphertext.Of(value);
        if (protection == Protection.Partial && plain is not null)
        {
            var reported = Values.ReportedPart(plain, value);
            var arm = reported == plain ? null : plain;
            context.ReportDiagnostic(Descriptors.SRM2002_PartialEncryption.Create(
                reported.Syntax.GetLocation(),
                ResponsibilityModel.S3,
                $"{what} is encrypted client-side on some paths only: on "
                    + (arm is null ? "this one" : $"the path where it is {Quote(arm)} (line {Line(arm)})")
                    + " the data reaches S3 in plaintext",
                null,
                arm is null ? System.Array.Empty<Location>() : new[] { arm.Syntax.GetLocation() }));
        }

        return protection;
    }

    /// <summary>A request sent only through clients of a store that is not AWS (see <see cref="ClientEndpoints"/>).</summary>
    private static bool IsForNotAws(OperationAnalysisContext context, ISimpleAssignmentOperation assignment) =>
        ClientEndpoints.For(AwsTypes.For(context.Compilation)).IsWrittenForNotAws(assignment, context.Options);

    private static string Quote(IOperation arm)
    {
        var text = arm.Syntax.ToString();
        return "'" + (text.Length > 40 ? text.Substring(0, 37) + "..." : text) + "'";
    }

    private static int Line(IOperation operation) => operation.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    private static string Consequence(AwsService service) => service == ResponsibilityModel.S3
        ? "the object gets only the bucket's default encryption"
        : "the table stays on the AWS owned key, which the account cannot audit or control";

    /// <summary>
    /// The <c>if</c> without <c>else</c> that guards <paramref name="assignment"/>, when the request it writes to is created
    /// before that <c>if</c> in the same method and is not given an encryption anywhere else.
    /// </summary>
    private static IConditionalOperation? GuardingIf(ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, Kind kind)
    {
        if (assignment.Parent is IObjectOrCollectionInitializerOperation
            || RequestState.OfAssignmentTarget(target) is not { Creation: { } creation })
        {
            return null;
        }

        IConditionalOperation? guard = null;
        for (var current = assignment.Parent; current is not null; current = current.Parent)
        {
            if (current.Syntax.Span.Contains(creation.Syntax.Span))
            {
                break;
            }

            if (current is IConditionalOperation { Syntax: IfStatementSyntax } conditional)
            {
                if (conditional.WhenFalse is not null)
                {
                    return null;
                }

                guard ??= conditional;
            }
            else if (current is ISwitchCaseOperation or ILoopOperation or ICatchClauseOperation or IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return null;
            }
        }

        if (guard is null)
        {
            return null;
        }

        // Given an encryption elsewhere (the initializer, another assignment): not this rule's case.
        foreach (var operation in MethodFacts.Of(assignment).PropertyWrites(target.Property.Name))
        {
            if (operation != assignment && operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation other } otherAssignment
                && SymbolEqualityComparer.Default.Equals(other.Property, target.Property)
                && RequestState.OfAssignmentTarget(other)?.Creation == creation
                && Values.Leaves(otherAssignment.Value).Any(leaf => kind(leaf) == true))
            {
                return null;
            }
        }

        return guard;
    }

    private static bool? S3Kind(IOperation leaf, ITypeSymbol sse)
    {
        if (Values.TryGetConstant(leaf, out var constant) && constant is null)
        {
            return false;
        }

        return Values.MemberName(leaf, sse) switch
        {
            "None" or "" => false,
            "AES256" or "AWSKMS" or "AWSKMSDSSE" or "aws:kms" or "aws:kms:dsse" => true,
            _ => null,
        };
    }

    private static bool? DynamoDbKind(IOperation leaf)
    {
        if (Values.TryGetConstant(leaf, out var constant) && constant is null)
        {
            return false;
        }

        if (leaf is not IObjectCreationOperation creation)
        {
            return null;
        }

        var enabled = RequestState.Of(creation)["Enabled"];
        return enabled is null ? false : Values.Leaves(enabled).All(Values.IsTrue) ? true : Values.Leaves(enabled).All(Values.IsFalse) ? false : null;
    }

    /// <summary>The encrypting arm the value becomes (moved, comments kept), when every encrypting arm is written the same way inside the value.</summary>
    private static SyntaxNode? SingleEncryptingArm(List<IOperation> encrypting, IOperation value)
    {
        var arms = encrypting.Select(leaf => Values.ReportedPart(leaf, value) == leaf ? Values.WithCasts(leaf).Syntax : null).ToList();
        return arms.Select(arm => arm?.ToString()).Distinct().Count() == 1 ? arms[0] : null;
    }

    /// <summary>True when dropping <paramref name="operation"/> (all but <paramref name="kept"/>) runs no code: references, constants, operators.</summary>
    private static bool HasNoSideEffects(IOperation operation, List<IOperation> kept)
    {
        foreach (var node in operation.DescendantsAndSelf())
        {
            if (kept.Any(k => k == node || k.Syntax.Span.Contains(node.Syntax.Span) && k.Syntax.SyntaxTree == node.Syntax.SyntaxTree))
            {
                continue;
            }

            switch (node)
            {
                case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or ILiteralOperation
                    or IUnaryOperation { OperatorMethod: null } or IBinaryOperation { OperatorMethod: null } or IConversionOperation { OperatorMethod: null }
                    or IParenthesizedOperation or IConditionalOperation or ICoalesceOperation or IInstanceReferenceOperation
                    or IIsPatternOperation or IConstantPatternOperation or ITypePatternOperation or IRelationalPatternOperation or INegatedPatternOperation or IBinaryPatternOperation
                    or ISwitchExpressionOperation or ISwitchExpressionArmOperation or IDiscardPatternOperation:
                    break;
                case IPropertyReferenceOperation { Property.Parameters.Length: 0 }:
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
