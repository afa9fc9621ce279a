using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResponsibilityAnalyzers.Core;

/// <summary>An operation of CDK code as a rule's CDK form sees it: the operation, the options, where findings go.</summary>
internal readonly struct CdkOperation
{
    private readonly Action<Diagnostic> _report;

    public CdkOperation(IOperation operation, AnalyzerOptions options, Compilation compilation, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Operation = operation;
        Options = options;
        Compilation = compilation;
        _report = report;
        CancellationToken = cancellationToken;
    }

    public IOperation Operation { get; }

    public AnalyzerOptions Options { get; }

    public Compilation Compilation { get; }

    public CancellationToken CancellationToken { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}

/// <summary>
/// The operation actions of the rules' CDK forms, run per document and only in the files that can hold CDK code
/// (<see cref="AwsTypes.MayHoldCdkCode"/>). An operation action would be called for every object creation, invocation
/// or assignment of the project, and in a solution whose application code references the CDK too (or a project that
/// declares its stacks next to its code), the driver's own cost per call, times the twenty or so rules with a CDK
/// form, was most of what the CDK forms cost. Findings stay in the document that holds them, as the IDE needs.
/// </summary>
internal static class CdkOperations
{
    public static void Register(CompilationStartAnalysisContext context, AwsTypes types, Action<CdkOperation> action, params OperationKind[] kinds)
    {
        var wanted = kinds.ToImmutableHashSet();
        var creations = wanted.Contains(OperationKind.ObjectCreation);
        var invocations = wanted.Contains(OperationKind.Invocation);
        var assignments = wanted.Contains(OperationKind.SimpleAssignment);
        context.RegisterSemanticModelAction(document =>
        {
            var model = document.SemanticModel;
            if (!types.MayHoldCdkCode(model.SyntaxTree))
            {
                return;
            }

            var cancellation = document.CancellationToken;
            foreach (var node in model.SyntaxTree.GetRoot(cancellation).DescendantNodes())
            {
                var read = node switch
                {
                    BaseObjectCreationExpressionSyntax => creations,
                    InvocationExpressionSyntax => invocations,
                    AssignmentExpressionSyntax assignment => assignments && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression),
                    _ => false,
                };
                if (read && model.GetOperation(node, cancellation) is { } operation && wanted.Contains(operation.Kind))
                {
                    action(new CdkOperation(operation, document.Options, model.Compilation, document.ReportDiagnostic, cancellation));
                }
            }
        });
    }
}
