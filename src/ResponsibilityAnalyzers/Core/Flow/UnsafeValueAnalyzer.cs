using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The shape of rules like "a property of SDK type S3CannedACL is given PublicRead": any property of
/// <c>valueType</c> assigned a member the rule calls unsafe is reported on the value (through conditionals and
/// locals), with the safe member as its fix.
/// </summary>
public abstract class UnsafeValueAnalyzer : ResponsibilityAnalyzer
{
    private readonly DiagnosticDescriptor _rule;
    private readonly AwsService _service;
    private readonly AwsType _valueType;
    private readonly string _safeValue;

    private protected UnsafeValueAnalyzer(DiagnosticDescriptor rule, AwsService service, AwsType valueType, string safeValue)
        : base(rule)
    {
        _rule = rule;
        _service = service;
        _valueType = valueType;
        _safeValue = safeValue;
    }

    /// <summary>The finding for the message when <paramref name="member"/> (field name or wire value) is unsafe; null when it is fine.</summary>
    private protected abstract string? Finding(string member);

    /// <summary>True when the request the value goes into is exempt (for example a bucket listed in srm.public_buckets).</summary>
    private protected virtual bool IsExempt(OperationAnalysisContext context, ISimpleAssignmentOperation assignment) => false;

    private protected sealed override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[_valueType] is not { } valueType)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation target
                    || !SymbolEqualityComparer.Default.Equals(target.Property.Type, valueType))
                {
                    return;
                }

                foreach (var leaf in Values.Leaves(assignment.Value))
                {
                    if (Values.MemberName(leaf, valueType) is not { } member || Finding(member) is not { } finding)
                    {
                        continue;
                    }

                    if (IsExempt(operation, assignment))
                    {
                        return;
                    }

                    var reported = Values.ReportedPart(leaf, assignment.Value);
                    operation.ReportDiagnostic(_rule.Create(reported.Syntax.GetLocation(), _service, finding, Fixes.Replace(_safeValue)));
                    if (reported == assignment.Value)
                    {
                        return; // one report for the whole value
                    }
                }
            },
            OperationKind.SimpleAssignment);
    }
}
