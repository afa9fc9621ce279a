using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.ClientSideEncryption;

/// <summary>
/// SRM2008: key material written in the source. An SSE-C customer key (ServerSideEncryptionCustomerProvidedKey,
/// CopySourceServerSideEncryptionCustomerProvidedKey) that is a literal or constant; or S3 client-side encryption
/// materials (EncryptionMaterials, V2, V4) built from a SymmetricAlgorithm whose Key is set from a literal, or from an
/// AsymmetricAlgorithm given a literal private key (FromXmlString, ImportFromPem). A literal is a constant string, a
/// byte array of constants, or either passed through Convert.FromBase64String, Convert.FromHexString,
/// Convert.ToBase64String, Encoding.GetBytes or a UTF-8 literal. No fix: the key belongs in KMS or a secret store.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyMaterialInSourceAnalyzer : ResponsibilityAnalyzer
{
    private const string Advice = "anyone who can read the code, its history or the binary can decrypt the data; keep keys in KMS (or Secrets Manager) and load them at run time";

    public KeyMaterialInSourceAnalyzer()
        : base(Descriptors.SRM2008_KeyMaterialInSource)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var materials = new[] { types[AwsType.EncryptionMaterials], types[AwsType.EncryptionMaterialsV2], types[AwsType.EncryptionMaterialsV4] }.Where(t => t is not null).ToList();
        var symmetric = types[AwsType.SymmetricAlgorithm];
        var asymmetric = types[AwsType.AsymmetricAlgorithm];

        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "ServerSideEncryptionCustomerProvidedKey" or "CopySourceServerSideEncryptionCustomerProvidedKey" } property }
                    && property.ContainingType.ContainingNamespace?.ToDisplayString() is "Amazon.S3.Model" or "Amazon.S3.Transfer"
                    && LiteralLeaf(assignment.Value, types) is { } literal)
                {
                    operation.ReportDiagnostic(Descriptors.SRM2008_KeyMaterialInSource.Create(
                        Values.ReportedPart(literal, assignment.Value).Syntax.GetLocation(),
                        ResponsibilityModel.S3,
                        $"the SSE-C key in {property.Name} is written in the source: " + Advice));
                }
            },
            OperationKind.SimpleAssignment);

        if (materials.Count == 0)
        {
            return;
        }

        // A whole method at a time: the algorithm is usually keyed in statements before the materials are built.
        BlockCreations.Register(
            context,
            type => materials.Contains(type, SymbolEqualityComparer.Default),
            (block, creations) =>
            {
                foreach (var creation in creations)
                {
                    foreach (var argument in creation.Arguments)
                    {
                        if (Symbols.DerivesFrom(argument.Parameter?.Type, symmetric) || Symbols.DerivesFrom(argument.Parameter?.Type, asymmetric))
                        {
                            CheckAlgorithm(block, Values.Unwrap(argument.Value), types);
                        }
                    }
                }
            });
    }

    /// <summary>Reports where the algorithm handed to the materials gets a literal key: <c>Key = …</c> or a private-key import.</summary>
    private static void CheckAlgorithm(OperationBlockAnalysisContext context, IOperation algorithm, AwsTypes types)
    {
        var holder = algorithm switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        if (algorithm is IObjectCreationOperation creation && RequestState.Of(creation)["Key"] is { } inlineKey && LiteralLeaf(inlineKey, types) is { } inlineLiteral)
        {
            context.ReportDiagnostic(Descriptors.SRM2008_KeyMaterialInSource.Create(
                Values.ReportedPart(inlineLiteral, inlineKey).Syntax.GetLocation(),
                ResponsibilityModel.S3,
                "the key of the client-side encryption materials is written in the source: " + Advice));
        }

        if (holder is null)
        {
            return;
        }

        var facts = MethodFacts.Of(algorithm);
        foreach (var operation in facts.PropertyWrites("Key").Concat(facts.OfKind(OperationKind.Invocation)))
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Key" } target } assignment
                    when Refers(target.Instance, holder) || (target.Instance is IInstanceReferenceOperation && Initializes(assignment, holder)):
                    if (LiteralLeaf(assignment.Value, types) is { } literal)
                    {
                        context.ReportDiagnostic(Descriptors.SRM2008_KeyMaterialInSource.Create(
                            Values.ReportedPart(literal, assignment.Value).Syntax.GetLocation(),
                            ResponsibilityModel.S3,
                            "the key of the client-side encryption materials is written in the source: " + Advice));
                    }

                    break;
                case IInvocationOperation { TargetMethod.Name: "FromXmlString" or "ImportFromPem", Arguments.Length: > 0 } import when Refers(import.Instance, holder):
                    var key = import.Arguments[0].Value;
                    while (key is IConversionOperation conversion)
                    {
                        key = conversion.Operand; // string → ReadOnlySpan<char> is a user-defined conversion
                    }

                    var text = Values.ConstantString(key);
                    if (text is not null && (text.IndexOf("PRIVATE KEY", StringComparison.Ordinal) >= 0 || text.IndexOf("<D>", StringComparison.Ordinal) >= 0))
                    {
                        context.ReportDiagnostic(Descriptors.SRM2008_KeyMaterialInSource.Create(
                            import.Arguments[0].Value.Syntax.GetLocation(),
                            ResponsibilityModel.S3,
                            "the private key of the client-side encryption materials is written in the source: " + Advice));
                    }

                    break;
            }
        }
    }

    /// <summary>A leaf of <paramref name="value"/> that is key material written in the source, if any.</summary>
    private static IOperation? LiteralLeaf(IOperation value, AwsTypes types)
    {
        foreach (var leaf in Values.Leaves(value))
        {
            if (IsLiteral(leaf, types, 0))
            {
                return leaf;
            }
        }

        return null;
    }

    private static bool IsLiteral(IOperation operation, AwsTypes types, int depth)
    {
        operation = Values.Unwrap(operation);
        if (depth > 8)
        {
            return false;
        }

        switch (operation)
        {
            case { ConstantValue: { HasValue: true, Value: string { Length: > 0 } } }:
                return true;
            case IUtf8StringOperation:
                return true;
            case IArrayCreationOperation { Initializer: { ElementValues.Length: > 0 } initializer }:
                return initializer.ElementValues.All(element => Values.Unwrap(element).ConstantValue.HasValue);
            case IInvocationOperation { TargetMethod: var method, Arguments.Length: > 0 } invocation
                when (method.Name is "FromBase64String" or "FromHexString" or "ToBase64String" && SymbolEqualityComparer.Default.Equals(method.ContainingType, types[AwsType.Convert]))
                    || (method.Name == "GetBytes" && Symbols.DerivesFrom(method.ContainingType, types[AwsType.Encoding])):
                return Values.Leaves(invocation.Arguments[0].Value).All(leaf => IsLiteral(leaf, types, depth + 1));
            case IInvocationOperation { TargetMethod.Name: "ToArray", Instance: { } instance }:
                return IsLiteral(instance, types, depth + 1);
            default:
                return false;
        }
    }

    private static bool Refers(IOperation? operation, ISymbol holder) => operation is not null && Values.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, holder),
        IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, holder),
        _ => false,
    };

    /// <summary>True when an initializer member belongs to the creation stored in <paramref name="holder"/> (<c>var aes = new AesManaged { Key = … }</c>).</summary>
    private static bool Initializes(IOperation member, ISymbol holder)
    {
        for (var current = member.Parent; current is not null; current = current.Parent)
        {
            if (current is IVariableDeclaratorOperation declarator)
            {
                return SymbolEqualityComparer.Default.Equals(declarator.Symbol, holder);
            }
        }

        return false;
    }
}
