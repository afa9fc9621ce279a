using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
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
    /// <summary>
    /// The creations, invocations and simple assignments of each CDK file, in source order, read once per semantic
    /// model for all the rules (the driver hands every analyzer the same model of a document): each rule walked the
    /// file and asked the model for each node's operation on its own, the larger part of every CDK form's cost.
    /// </summary>
    private static readonly ConditionalWeakTable<SemanticModel, IOperation[]> FileOperations = new();

    public static void Register(CompilationStartAnalysisContext context, AwsTypes types, Action<CdkOperation> action, params OperationKind[] kinds)
    {
        context.RegisterSemanticModelAction(document =>
        {
            var model = document.SemanticModel;
            if (!types.MayHoldCdkCode(model.SyntaxTree))
            {
                return;
            }

            var cancellation = document.CancellationToken;
            if (!FileOperations.TryGetValue(model, out var operations))
            {
                // Not kept when cancelled half-way: Read throws before the table is written.
                operations = Read(model, cancellation);
                operations = FileOperations.GetValue(model, _ => operations);
            }

            foreach (var operation in operations)
            {
                if (Array.IndexOf(kinds, operation.Kind) >= 0)
                {
                    action(new CdkOperation(operation, document.Options, model.Compilation, document.ReportDiagnostic, cancellation));
                }
            }
        });
    }

    private static IOperation[] Read(SemanticModel model, CancellationToken cancellation)
    {
        var operations = new List<IOperation>();
        foreach (var node in model.SyntaxTree.GetRoot(cancellation).DescendantNodes())
        {
            var read = node is BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax
                || node.IsKind(SyntaxKind.SimpleAssignmentExpression);
            if (read && model.GetOperation(node, cancellation) is { Kind: OperationKind.ObjectCreation or OperationKind.Invocation or OperationKind.SimpleAssignment } operation)
            {
                operations.Add(operation);
            }
        }

        cancellation.ThrowIfCancellationRequested();
        return operations.ToArray();
    }
}
