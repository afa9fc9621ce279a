using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// Pairs calls across one type (a create in one method, its protection in another) and still shows live in the IDE:
/// for each type a document declares, once per compilation, <c>collect</c> reads every operation of the type's members,
/// lambdas and local functions (nested types are paired on their own; partial types across all their files), and
/// <c>decide</c> judges the whole type; each document then reports the findings located in it. No symbol-start and no
/// compilation-end action: the driver's per-type bookkeeping for symbol-start actions was most of what these rules
/// allocated, and only types whose files write one of the rule's trigger names are read at all.
/// </summary>
internal static class TypeScope
{
    /// <summary>
    /// The types a document declares (with the declaration), read once per semantic model for all the rules: the
    /// driver hands every analyzer the same model of a document.
    /// </summary>
    private static readonly ConditionalWeakTable<SemanticModel, (SyntaxNode Declaration, INamedTypeSymbol Type)[]> Declared = new();

    /// <summary>The operations of each type's members in source order and the calls it makes of itself, read once for all the rules.</summary>
    private static readonly ConditionalWeakTable<INamedTypeSymbol, TypeBody> Bodies = new();

    /// <summary>
    /// <c>collect</c> runs on the operations of the given kinds (creations, assignments, calls), in source order, and
    /// <c>decide</c> also learns which members of the type the type calls itself (<see cref="TypeCalls"/>). Only types
    /// whose files write one of <paramref name="triggers"/> (the operations or request types whose findings
    /// <c>decide</c> reports) are read. <paramref name="kinds"/> are among ObjectCreation, Invocation and
    /// SimpleAssignment, the kinds kept of each type for all the rules.
    /// </summary>
    public static void RegisterOperations<T>(
        CompilationStartAnalysisContext context,
        string[] triggers,
        Func<IOperation, T?> collect,
        Action<TypeEnd, ImmutableArray<T>, TypeCalls> decide,
        params OperationKind[] kinds)
        where T : class
    {
        var decided = new ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<Diagnostic>>(SymbolEqualityComparer.Default);
        context.RegisterSemanticModelAction(document =>
        {
            var model = document.SemanticModel;
            foreach (var (declaration, type) in DeclaredIn(model, document.CancellationToken))
            {
                if (!Identifiers.AnyWritten(type, triggers))
                {
                    continue;
                }

                // Decided once per type and compilation; a decision cut short by cancellation is not kept.
                if (!decided.TryGetValue(type, out var findings))
                {
                    findings = Decide(Body(type, model, document.CancellationToken), document.Options, collect, decide, kinds);
                    findings = decided.GetOrAdd(type, findings);
                }

                foreach (var diagnostic in findings)
                {
                    if (diagnostic.Location.SourceTree == model.SyntaxTree && Owns(declaration, diagnostic.Location.SourceSpan))
                    {
                        document.ReportDiagnostic(diagnostic);
                    }
                }
            }
        });
    }

    private static (SyntaxNode Declaration, INamedTypeSymbol Type)[] DeclaredIn(SemanticModel model, CancellationToken cancellation)
    {
        if (Declared.TryGetValue(model, out var types))
        {
            return types;
        }

        var found = new List<(SyntaxNode, INamedTypeSymbol)>();
        foreach (var declaration in TypeDeclarations(model.SyntaxTree.GetRoot(cancellation)))
        {
            var type = declaration is CompilationUnitSyntax
                ? (model.GetDeclaredSymbol(declaration, cancellation) as IMethodSymbol)?.ContainingType
                : model.GetDeclaredSymbol(declaration, cancellation) as INamedTypeSymbol;
            if (type is not null)
            {
                found.Add((declaration, type));
            }
        }

        cancellation.ThrowIfCancellationRequested();
        types = found.ToArray();
        return Declared.GetValue(model, _ => types);
    }

    private static TypeBody Body(INamedTypeSymbol type, SemanticModel model, CancellationToken cancellation)
    {
        if (Bodies.TryGetValue(type, out var body))
        {
            return body;
        }

        var operations = new List<IOperation>();
        var called = new ConcurrentDictionary<ISymbol, ConcurrentQueue<IInvocationOperation>>(SymbolEqualityComparer.Default);
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            // The other halves of a partial type are read through their own models: rare, and needed for the same answer in every file.
#pragma warning disable RS1030 // A partial type's other files: the analyzed document's model cannot bind them.
            var partModel = reference.SyntaxTree == model.SyntaxTree ? model : model.Compilation.GetSemanticModel(reference.SyntaxTree);
#pragma warning restore RS1030
            var roots = reference.GetSyntax(cancellation) switch
            {
                TypeDeclarationSyntax declaration => MemberOperations(declaration, partModel, cancellation),
                CompilationUnitSyntax topLevel when partModel.GetOperation(topLevel, cancellation) is { } statements => new[] { statements },
                _ => Enumerable.Empty<IOperation>(),
            };
            foreach (var root in roots)
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation invocation && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, type))
                    {
                        called.GetOrAdd(invocation.TargetMethod.OriginalDefinition, _ => new ConcurrentQueue<IInvocationOperation>()).Enqueue(invocation);
                    }

                    if (operation.Kind is OperationKind.ObjectCreation or OperationKind.Invocation or OperationKind.SimpleAssignment)
                    {
                        operations.Add(operation);
                    }
                }
            }
        }

        cancellation.ThrowIfCancellationRequested();
        body = new TypeBody(operations.ToArray(), new TypeCalls(called));
        return Bodies.GetValue(type, _ => body);
    }

    private static ImmutableArray<Diagnostic> Decide<T>(
        TypeBody body,
        AnalyzerOptions options,
        Func<IOperation, T?> collect,
        Action<TypeEnd, ImmutableArray<T>, TypeCalls> decide,
        OperationKind[] kinds)
        where T : class
    {
        var found = ImmutableArray.CreateBuilder<T>();
        foreach (var operation in body.Operations)
        {
            if (Array.IndexOf(kinds, operation.Kind) >= 0 && collect(operation) is { } item)
            {
                found.Add(item);
            }
        }

        if (found.Count == 0)
        {
            return ImmutableArray<Diagnostic>.Empty;
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        decide(new TypeEnd(options, diagnostics.Add), found.ToImmutable(), body.Calls);
        return diagnostics.ToImmutable();
    }

    /// <summary>A finding belongs to the declaration it is in; top-level statements own what is outside every type.</summary>
    private static bool Owns(SyntaxNode declaration, Microsoft.CodeAnalysis.Text.TextSpan span) => declaration is CompilationUnitSyntax unit
        ? !unit.Members.Any(member => member is BaseNamespaceDeclarationSyntax or BaseTypeDeclarationSyntax && member.FullSpan.Contains(span))
        : declaration.FullSpan.Contains(span);

    private sealed class TypeBody
    {
        public TypeBody(IOperation[] operations, TypeCalls calls)
        {
            Operations = operations;
            Calls = calls;
        }

        /// <summary>The creations, invocations and simple assignments of the type's members, in source order.</summary>
        public IOperation[] Operations { get; }

        public TypeCalls Calls { get; }
    }

    /// <summary>
    /// The type declarations of a file, nested ones too, without walking into member bodies; and the file itself when
    /// it holds top-level statements (the Program type the compiler makes of them).
    /// </summary>
    private static IEnumerable<SyntaxNode> TypeDeclarations(SyntaxNode root)
    {
        if (root is CompilationUnitSyntax unit && unit.Members.Any(member => member is GlobalStatementSyntax))
        {
            yield return unit;
        }

        foreach (var declaration in root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<TypeDeclarationSyntax>())
        {
            yield return declaration;
        }
    }

    /// <summary>
    /// The operation trees of a type declaration's own members: method, constructor, operator and accessor bodies,
    /// expression bodies, field and property initializers (the trees the driver shares, cached by the model).
    /// </summary>
    private static IEnumerable<IOperation> MemberOperations(TypeDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellation)
    {
        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case BaseMethodDeclarationSyntax method:
                    if (model.GetOperation(method, cancellation) is { } body)
                    {
                        yield return body;
                    }

                    break;
                case BasePropertyDeclarationSyntax property:
                    if (property.AccessorList is { } accessors)
                    {
                        foreach (var accessor in accessors.Accessors)
                        {
                            if (model.GetOperation(accessor, cancellation) is { } accessorBody)
                            {
                                yield return accessorBody;
                            }
                        }
                    }

                    var arrow = property switch
                    {
                        PropertyDeclarationSyntax p => p.ExpressionBody,
                        IndexerDeclarationSyntax i => i.ExpressionBody,
                        _ => null,
                    };
                    if (arrow is not null && model.GetOperation(arrow, cancellation) is { } expression)
                    {
                        yield return expression;
                    }

                    if (property is PropertyDeclarationSyntax { Initializer: { } initializer } && model.GetOperation(initializer, cancellation) is { } initialValue)
                    {
                        yield return initialValue;
                    }

                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer is { } fieldInitializer && model.GetOperation(fieldInitializer, cancellation) is { } fieldValue)
                        {
                            yield return fieldValue;
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>Locations in source order, so additional locations come out the same on every run.</summary>
    public static Location[] InSourceOrder(params Location[] locations) => locations
        .OrderBy(location => location.SourceTree?.FilePath, StringComparer.Ordinal)
        .ThenBy(location => location.SourceSpan.Start)
        .ToArray();
}

/// <summary>
/// The members of a type that the type calls itself (<c>Main</c> calling <c>DeleteExampleTable()</c>), and with what:
/// a name a helper takes as a parameter is the name its callers in the type pass.
/// </summary>
internal sealed class TypeCalls
{
    private readonly ConcurrentDictionary<ISymbol, ConcurrentQueue<IInvocationOperation>> _called;

    public TypeCalls(ConcurrentDictionary<ISymbol, ConcurrentQueue<IInvocationOperation>> called) => _called = called;

    public bool Calls(ISymbol member) => _called.ContainsKey(member);

    /// <summary>
    /// The names with a parameter of a method of this type replaced by the names the type's own calls of that method
    /// pass for it (<c>CreateBucketAsync(client, bucketName)</c> called from <c>Main</c> with a local: that local).
    /// A name whose method the type never calls stays as it is.
    /// </summary>
    public ImmutableArray<ResourceName> Bind(ImmutableArray<ResourceName> names)
    {
        if (names.IsDefaultOrEmpty || !names.Any(name => name.Origin is IParameterSymbol))
        {
            return names;
        }

        var bound = ImmutableArray.CreateBuilder<ResourceName>();
        foreach (var name in names)
        {
            if (name.Origin is IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter
                && _called.TryGetValue(method.OriginalDefinition, out var calls))
            {
                foreach (var call in calls)
                {
                    var argument = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameter.Ordinal);
                    bound.AddRange(argument is null ? ImmutableArray.Create(name) : ResourceName.Of(argument.Value));
                }
            }
            else
            {
                bound.Add(name);
            }
        }

        return bound.ToImmutable();
    }
}

/// <summary>What <c>decide</c> of a <see cref="TypeScope"/> rule gets: the options, and where its findings go.</summary>
internal readonly struct TypeEnd
{
    private readonly Action<Diagnostic> _report;

    public TypeEnd(AnalyzerOptions options, Action<Diagnostic> report)
    {
        Options = options;
        _report = report;
    }

    public AnalyzerOptions Options { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}
