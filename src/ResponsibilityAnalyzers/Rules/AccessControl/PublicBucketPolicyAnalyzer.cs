using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.AccessControl;

/// <summary>
/// SRM5003: a bucket policy, given to PutBucketPolicyRequest.Policy or to the policy parameter of
/// IAmazonS3.PutBucketPolicy(Async), with a statement whose Effect is Allow, whose Principal is "*", {"AWS": "*"} or
/// {"AWS": ["*"]}, and that has no Condition (or an empty one), unless the bucket is listed in srm.public_buckets.
/// The message shows the principal as the policy writes it.
/// The policy must be known at compile time: a constant, or an interpolated string or concatenation that is valid JSON
/// with its unknown parts left as plain text. No fix: how to narrow the policy is the author's decision.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublicBucketPolicyAnalyzer : ResponsibilityAnalyzer
{
    /// <summary>The CDK form: BucketProps with PublicReadAccess = true, which adds a policy statement letting everyone read every object.</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(new ConstructRule(
        Descriptors.SRM5003_PublicBucketPolicy,
        ResponsibilityModel.S3,
        AwsType.CdkBucket,
        AwsType.CdkBucketProps,
        "PublicReadAccess",
        null,
        (value, state) => value == "true" && !Buckets.IsCdkWebsite(state) ? "PublicReadAccess = true adds a bucket policy statement that lets anyone on the internet read every object of the CDK Bucket" : null,
        safeValue: null));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    /// <summary>Stands for an unknown part of the text: fine inside a JSON string (and readable in a message), invalid anywhere else.</summary>
    private const string Hole = "{...}";

    public PublicBucketPolicyAnalyzer()
        : base(Descriptors.SRM5003_PublicBucketPolicy)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.PutBucketPolicyRequest] is not { } request || types[AwsType.IAmazonS3] is not { } client)
        {
            return;
        }

        var endpoints = ClientEndpoints.For(types);
        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Policy" } target
                    && SymbolEqualityComparer.Default.Equals(target.Property.ContainingType, request)
                    && !endpoints.IsWrittenForNotAws(assignment, operation.Options))
                {
                    var bucket = RequestState.OfAssignmentTarget(target)?.ConstantString("BucketName");
                    Check(operation, assignment.Value, bucket);
                }
            },
            OperationKind.SimpleAssignment);

        context.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                var method = invocation.TargetMethod;
                if (method.Name is not ("PutBucketPolicy" or "PutBucketPolicyAsync")
                    || !(SymbolEqualityComparer.Default.Equals(method.ContainingType, client) || method.ContainingType.AllInterfaces.Contains(client, SymbolEqualityComparer.Default))
                    || Argument(invocation, "policy") is not { } policy
                    || endpoints.IsNotAws(invocation, operation.Options))
                {
                    return;
                }

                var bucket = Argument(invocation, "bucketName") is { } name ? Values.ConstantString(name) : null;
                Check(operation, policy, bucket);
            },
            OperationKind.Invocation);
    }

    private static void Check(OperationAnalysisContext context, IOperation policy, string? bucket)
    {
        if (SrmOptions.PublicBuckets.Get(context.Options, policy.Syntax.SyntaxTree).Matches(bucket))
        {
            return;
        }

        foreach (var leaf in Values.Leaves(policy))
        {
            if (!Json.TryParse(Text(leaf, topLevel: true), out var document))
            {
                continue;
            }

            var site = Locations.Inside(context.Operation, leaf, policy);
            foreach (var statement in PublicStatements(document))
            {
                context.ReportDiagnostic(Descriptors.SRM5003_PublicBucketPolicy.Create(
                    site.Location,
                    ResponsibilityModel.S3,
                    Describe(statement),
                    additionalLocations: site.Additional));
            }
        }
    }

    private static IOperation? Argument(IInvocationOperation invocation, string parameter) =>
        invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameter && argument.Parameter.Type.SpecialType == SpecialType.System_String)?.Value;

    /// <summary>
    /// The policy text: a constant, or an interpolated string or concatenation whose unknown parts become <see cref="Hole"/>.
    /// Null when the value is not built from text at all.
    /// </summary>
    private static string? Text(IOperation value, bool topLevel)
    {
        if (Values.ConstantString(value) is { } constant)
        {
            return constant;
        }

        switch (Values.Unwrap(value))
        {
            case IInterpolatedStringOperation interpolated:
                var text = new StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    switch (part)
                    {
                        case IInterpolatedStringTextOperation { Text: var literal } when Values.ConstantString(literal) is { } piece:
                            text.Append(piece);
                            break;
                        case IInterpolationOperation hole:
                            text.Append(Values.ConstantString(hole.Expression) ?? Hole);
                            break;
                        default:
                            return null;
                    }
                }

                return text.ToString();
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                return (Text(concatenation.LeftOperand, topLevel: false) ?? Hole) + (Text(concatenation.RightOperand, topLevel: false) ?? Hole);
            default:
                return topLevel ? null : Hole;
        }
    }

    /// <summary>The statements (one object, or an array of them) that Allow "*" with no Condition.</summary>
    private static IEnumerable<JsonElement> PublicStatements(JsonElement document)
    {
        if (!document.TryGetProperty("Statement", out var statements))
        {
            yield break;
        }

        var list = statements.Kind == JsonKind.Object ? new[] { statements } : statements.EnumerateArray();
        foreach (var statement in list)
        {
            if (statement.TryGetProperty("Effect", out var effect) && effect.ValueEquals("Allow")
                && statement.TryGetProperty("Principal", out var principal) && IsEveryone(principal)
                && (!statement.TryGetProperty("Condition", out var condition) || condition.Kind == JsonKind.Object && condition.IsEmpty))
            {
                yield return statement;
            }
        }
    }

    /// <summary>"*", {"AWS": "*"}, or {"AWS": [… "*" …]}.</summary>
    private static bool IsEveryone(JsonElement principal) =>
        principal.ValueEquals("*")
        || principal.TryGetProperty("AWS", out var aws) && (aws.ValueEquals("*") || aws.EnumerateArray().Any(item => item.ValueEquals("*")));

    private static string Describe(JsonElement statement)
    {
        var which = statement.TryGetProperty("Sid", out var sid) && sid.GetString() is { Length: > 0 } name
            ? $"statement \"{name}\" of the bucket policy"
            : "a statement of the bucket policy";
        var actions = statement.TryGetProperty("Action", out var action) && Strings(action) is { Length: > 0 } allowed ? allowed
            : statement.TryGetProperty("NotAction", out var notAction) && Strings(notAction) is { Length: > 0 } excluded ? "every action except " + excluded
            : "its actions";
        var principal = statement.TryGetProperty("Principal", out var value) ? AsWritten(value.RawText) : "\"*\"";
        return $"{which} allows {actions} to anyone on the internet (Principal {principal}) with no Condition";
    }

    /// <summary>A JSON value as the policy writes it (<c>{"AWS": ["*"]}</c>), its line breaks and indentation folded into single spaces.</summary>
    private static string AsWritten(string raw)
    {
        var text = new StringBuilder(raw.Length);
        var inString = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '"' && (i == 0 || raw[i - 1] != '\\'))
            {
                inString = !inString;
            }

            if (!inString && c is ' ' or '\t' or '\r' or '\n')
            {
                if (text.Length > 0 && text[text.Length - 1] != ' ')
                {
                    text.Append(' ');
                }

                continue;
            }

            text.Append(c);
        }

        return text.ToString().Replace("{ ", "{").Replace("[ ", "[").Replace(" }", "}").Replace(" ]", "]");
    }

    private static string Strings(JsonElement value) => value.Kind == JsonKind.String
        ? value.GetString()!
        : string.Join(", ", value.EnumerateArray().Select(item => item.GetString()).Where(item => item is not null));
}
