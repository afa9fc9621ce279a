using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Credentials;

/// <summary>
/// SRM6003: ImmutableCredentials.SecretKey or .Token, or the ImmutableCredentials that GetCredentials() or
/// GetCredentialsAsync() returns, given to a log: the LoggerExtensions.Log* methods of Microsoft.Extensions.Logging,
/// Console.Write*/Console.Out/Console.Error, System.Diagnostics.Debug and Trace, or the message of a new exception.
/// Found directly, through a local, inside an interpolated string, a concatenation, string.Format/Concat/Join or a
/// params array. The access key ID alone is not a secret and is not reported. No fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CredentialsLoggedAnalyzer : ResponsibilityAnalyzer
{
    private const int MaxDepth = 16;

    /// <summary>
    /// A secret reaches a log from a member or call named here, written in the same file: the values are followed
    /// through locals and this file's methods only. Files that name none (most files that log) are not read further.
    /// </summary>
    private static readonly string[] Triggers = ["SecretKey", ".Token", "GetCredentials"];

    public CredentialsLoggedAnalyzer()
        : base(Descriptors.SRM6003_CredentialsLogged)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var immutable = types[AwsType.ImmutableCredentials];
        if (immutable is null)
        {
            return;
        }

        var sinks = new[] { types[AwsType.LoggerExtensions], types[AwsType.Console], types[AwsType.Debug], types[AwsType.Trace] };
        var console = types[AwsType.Console];
        var exception = types[AwsType.Exception];
        var task = types[AwsType.GenericTask];

        context.RegisterOperationAction(
            operation =>
            {
                if (!Identifiers.WrittenIn(operation.Operation.Syntax.SyntaxTree, Triggers))
                {
                    return;
                }

                string sink;
                IEnumerable<IArgumentOperation> arguments;
                switch (operation.Operation)
                {
                    case IInvocationOperation invocation when IsSink(invocation.TargetMethod, invocation.Instance, sinks, console):
                        sink = invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name;
                        arguments = invocation.Arguments;
                        break;
                    case IObjectCreationOperation creation when Symbols.DerivesFrom(creation.Type, exception):
                        sink = "the message of new " + creation.Type!.Name;
                        arguments = creation.Arguments;
                        break;
                    default:
                        return;
                }

                foreach (var value in WrittenValues(arguments))
                {
                    foreach (var (secret, what) in Secrets(value, immutable, task, 0))
                    {
                        operation.ReportDiagnostic(Descriptors.SRM6003_CredentialsLogged.Create(
                            Values.ReportedPart(secret, value).Syntax.GetLocation(),
                            ResponsibilityModel.AnyService,
                            $"{what} is written to {sink}; whoever reads the logs, or the systems they are shipped to, can sign requests with it until it is rotated"));
                    }
                }
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation);
    }

    /// <summary>The values written: each argument, and each element of a params array (each is reported where it is written).</summary>
    private static IEnumerable<IOperation> WrittenValues(IEnumerable<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    yield return element;
                }
            }
            else
            {
                yield return argument.Value;
            }
        }
    }

    /// <summary>Logger, Console, Debug and Trace methods, and Console.Out/Console.Error writers.</summary>
    private static bool IsSink(IMethodSymbol method, IOperation? instance, INamedTypeSymbol?[] sinks, INamedTypeSymbol? console)
    {
        var type = method.ReducedFrom?.ContainingType ?? method.ContainingType;
        foreach (var sink in sinks)
        {
            if (sink is not null && SymbolEqualityComparer.Default.Equals(type, sink))
            {
                return !SymbolEqualityComparer.Default.Equals(sink, console) || method.Name.StartsWith("Write", System.StringComparison.Ordinal);
            }
        }

        return method.Name.StartsWith("Write", System.StringComparison.Ordinal)
            && instance is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Out" or "Error" } writer }
            && SymbolEqualityComparer.Default.Equals(writer.ContainingType, console);
    }

    /// <summary>The secret values inside a logged value, with how the message names them.</summary>
    private static IEnumerable<(IOperation Secret, string What)> Secrets(IOperation value, INamedTypeSymbol immutable, INamedTypeSymbol? task, int depth)
    {
        if (depth > MaxDepth)
        {
            yield break;
        }

        foreach (var leaf in Values.Leaves(value))
        {
            switch (leaf)
            {
                case IPropertyReferenceOperation { Property: { Name: "SecretKey" or "Token" } property } when SymbolEqualityComparer.Default.Equals(property.ContainingType, immutable):
                    yield return (leaf, "ImmutableCredentials." + property.Name);
                    break;
                case IInvocationOperation { TargetMethod.Name: "GetCredentials" or "GetCredentialsAsync" } invocation when IsCredentials(invocation.Type, immutable, task):
                    yield return (leaf, "the ImmutableCredentials from " + invocation.TargetMethod.Name + "(), secret key and token included,");
                    break;
                case IAwaitOperation { Operation: IInvocationOperation { TargetMethod.Name: "GetCredentialsAsync" } invocation } when IsCredentials(invocation.Type, immutable, task):
                    yield return (leaf, "the ImmutableCredentials from GetCredentialsAsync(), secret key and token included,");
                    break;
                default:
                    foreach (var part in Parts(leaf))
                    {
                        foreach (var secret in Secrets(part, immutable, task, depth + 1))
                        {
                            yield return secret;
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The values a string or argument list is built from: interpolations, concatenations, string.Format/Concat/Join, params arrays, ToString().</summary>
    private static IEnumerable<IOperation> Parts(IOperation value)
    {
        switch (value)
        {
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation)
                    {
                        yield return interpolation.Expression;
                    }
                }

                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                yield return binary.LeftOperand;
                yield return binary.RightOperand;
                break;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    yield return element;
                }

                break;
            case IInvocationOperation { TargetMethod: { ContainingType.SpecialType: SpecialType.System_String, Name: "Format" or "Concat" or "Join" } } invocation:
                foreach (var argument in invocation.Arguments)
                {
                    yield return argument.Value;
                }

                break;
            case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance }:
                yield return instance;
                break;
        }
    }

    private static bool IsCredentials(ITypeSymbol? type, INamedTypeSymbol immutable, INamedTypeSymbol? task) =>
        SymbolEqualityComparer.Default.Equals(type, immutable)
        || (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, task)
            && SymbolEqualityComparer.Default.Equals(generic.TypeArguments[0], immutable));
}
