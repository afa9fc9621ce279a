using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// Code the AWS Lambda runtime runs, where the runtime sets AWS_REGION to the function's own Region: a whole assembly
/// marked <c>[assembly: LambdaSerializer(…)]</c> or built on Amazon.Lambda.RuntimeSupport; a type that declares a
/// handler (a method taking <c>ILambdaContext</c>, or marked <c>[LambdaFunction]</c>), with its constructors, fields and
/// nested types, where a function keeps the clients it reuses across invocations; and a lambda or local function that
/// takes <c>ILambdaContext</c> (a handler given to <c>LambdaBootstrapBuilder</c>). Read from symbols only, so the IDE,
/// which analyzes one document, sees what the build sees. One instance per compilation.
/// </summary>
internal sealed class LambdaFunctions
{
    private readonly INamedTypeSymbol? _context;
    private readonly INamedTypeSymbol? _function;
    private readonly bool _wholeAssembly;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _handlerTypes = new(SymbolEqualityComparer.Default);

    public LambdaFunctions(Compilation compilation, AwsTypes types)
    {
        _context = types[AwsType.ILambdaContext];
        _function = types[AwsType.LambdaFunctionAttribute];
        var serializer = types[AwsType.LambdaSerializerAttribute];
        _wholeAssembly = types[AwsType.LambdaBootstrapBuilder] is not null
            || (serializer is not null && DeclaresSerializer(compilation, serializer));
    }

    /// <summary>True when no Lambda type is known to the compilation: nothing can be in a Lambda function.</summary>
    /// <summary>
    /// Whether an <c>[assembly: …]</c> attribute of the source is LambdaSerializer. Only the assembly attributes whose
    /// name says so, or that a file with a using alias declares, are bound, and only their name: binding all the
    /// assembly's attributes (Assembly.GetAttributes) cost a millisecond in a Lambda project.
    /// </summary>
    private static bool DeclaresSerializer(Compilation compilation, INamedTypeSymbol serializer)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax { AttributeLists.Count: > 0 } unit)
            {
                continue;
            }

            var aliased = unit.Usings.Any(directive => directive.Alias is not null);
            foreach (var list in unit.AttributeLists)
            {
                if (list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) != true)
                {
                    continue;
                }

                foreach (var attribute in list.Attributes)
                {
                    if (!aliased && attribute.Name.ToString().IndexOf("LambdaSerializer", System.StringComparison.Ordinal) < 0)
                    {
                        continue;
                    }

#pragma warning disable RS1030 // Once per compilation, for the few assembly attributes that can be the serializer.
                    var model = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                    if (SymbolEqualityComparer.Default.Equals((model.GetSymbolInfo(attribute).Symbol as IMethodSymbol)?.ContainingType, serializer))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    public bool IsEmpty => !_wholeAssembly && _context is null && _function is null;

    /// <summary>True when <paramref name="operation"/>, analyzed in <paramref name="containingSymbol"/>, runs in a Lambda function.</summary>
    public bool Contains(IOperation operation, ISymbol? containingSymbol)
    {
        if (_wholeAssembly)
        {
            return true;
        }

        if (IsEmpty)
        {
            return false;
        }

        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            var method = current switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                ILocalFunctionOperation local => local.Symbol,
                _ => null,
            };
            if (method is not null && TakesContext(method))
            {
                return true;
            }
        }

        for (var type = containingSymbol as INamedTypeSymbol ?? containingSymbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (_handlerTypes.GetOrAdd(type, DeclaresHandler))
            {
                return true;
            }
        }

        return false;
    }

    private bool DeclaresHandler(INamedTypeSymbol type) =>
        type.GetMembers().Any(member => member is IMethodSymbol method
            && (TakesContext(method) || (_function is not null && method.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _function)))));

    private bool TakesContext(IMethodSymbol method) =>
        _context is not null && method.Parameters.Any(parameter => SymbolEqualityComparer.Default.Equals(parameter.Type, _context));
}
