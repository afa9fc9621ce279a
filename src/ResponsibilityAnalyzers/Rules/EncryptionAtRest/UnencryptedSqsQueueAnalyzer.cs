using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionAtRest;

/// <summary>
/// SRM2104: SQS queue attributes (a Dictionary&lt;string, string&gt; for CreateQueue or SetQueueAttributes) with the
/// entry SqsManagedSseEnabled = "false" — by indexer or Add, in an initializer or a statement, the key written as a
/// string or as QueueAttributeName.SqsManagedSseEnabled — when the method gives no KmsMasterKeyId entry anywhere
/// (SSE-KMS replaces SSE-SQS). Fix: a literal "false" becomes "true".
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnencryptedSqsQueueAnalyzer : ResponsibilityAnalyzer
{
    /// <summary>The CDK form: QueueProps with Encryption = QueueEncryption.UNENCRYPTED (left out, the CDK gives SSE-SQS); CfnQueueProps with SqsManagedSseEnabled = false and no KMS key (left out, SQS gives SSE-SQS).</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(new ConstructRule(
        Descriptors.SRM2104_UnencryptedSqsQueue,
        ResponsibilityModel.Sqs,
        AwsType.CdkQueue,
        AwsType.CdkQueueProps,
        "Encryption",
        AwsType.CdkQueueEncryption,
        (value, _) => value == "UNENCRYPTED" ? "QueueEncryption.UNENCRYPTED turns server-side encryption off: the CDK Queue keeps its messages unencrypted at rest" : null,
        "Amazon.CDK.AWS.SQS.QueueEncryption.SQS_MANAGED"),
        new ConstructRule(
            Descriptors.SRM2104_UnencryptedSqsQueue,
            ResponsibilityModel.Sqs,
            AwsType.CdkCfnQueue,
            AwsType.CdkCfnQueueProps,
            "SqsManagedSseEnabled",
            null,
            (value, state) => value == "false" && !state.IsSet("KmsMasterKeyId") ? "SqsManagedSseEnabled = false with no KmsMasterKeyId turns server-side encryption off: the CDK CfnQueue keeps its messages unencrypted at rest" : null,
            "true"));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    private const string SqsManagedSseEnabled = nameof(SqsManagedSseEnabled);
    private const string KmsMasterKeyId = nameof(KmsMasterKeyId);

    public UnencryptedSqsQueueAnalyzer()
        : base(Descriptors.SRM2104_UnencryptedSqsQueue)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.QueueAttributeName] is not { } attributeName || types[AwsType.Dictionary] is not { } dictionary)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                if (Entry(operation.Operation, dictionary) is not ({ } key, { } value) || KeyName(key, attributeName) != SqsManagedSseEnabled)
                {
                    return;
                }

                foreach (var leaf in Values.Leaves(value))
                {
                    if (string.Equals(Values.ConstantString(leaf)?.Trim(), "false", StringComparison.OrdinalIgnoreCase) && !HasKmsKey(leaf, dictionary, attributeName)
                        && !ClientEndpoints.For(types).IsWrittenForNotAws(operation.Operation, operation.Options))
                    {
                        var site = Locations.Inside(operation.Operation, leaf, value);
                        operation.ReportDiagnostic(Descriptors.SRM2104_UnencryptedSqsQueue.Create(
                            site.Location,
                            ResponsibilityModel.Sqs,
                            "SqsManagedSseEnabled = \"false\" with no KmsMasterKeyId turns server-side encryption off, so SQS stores the queue's messages unencrypted; leave SSE-SQS on (\"true\", the default for new queues) or give the queue a KMS key",
                            leaf is ILiteralOperation ? Remedy.Replace("\"true\"") : null,
                            site.Additional));
                    }
                }
            },
            OperationKind.SimpleAssignment,
            OperationKind.Invocation);
    }

    /// <summary>The key and value an operation puts into a Dictionary&lt;string, string&gt;: <c>d[key] = value</c>, <c>d.Add(key, value)</c>, <c>{ key, value }</c>.</summary>
    private static (IOperation Key, IOperation Value)? Entry(IOperation operation, INamedTypeSymbol dictionary) => operation switch
    {
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer, Value: var value }
            when IsStringDictionary(indexer.Property.ContainingType, dictionary) => (indexer.Arguments[0].Value, value),
        IInvocationOperation { TargetMethod: { Name: "Add" or "TryAdd" } method, Arguments.Length: 2 } call
            when IsStringDictionary(method.ContainingType, dictionary) => (call.Arguments[0].Value, call.Arguments[1].Value),
        _ => null,
    };

    private static bool IsStringDictionary(INamedTypeSymbol? type, INamedTypeSymbol dictionary) =>
        SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, dictionary)
        && type!.TypeArguments.Length == 2
        && type.TypeArguments[0].SpecialType == SpecialType.System_String
        && type.TypeArguments[1].SpecialType == SpecialType.System_String;

    /// <summary>An attribute name: a string the compiler knows, or a QueueAttributeName member (converted to string, or its .Value).</summary>
    private static string? KeyName(IOperation key, INamedTypeSymbol attributeName)
    {
        var unwrapped = Values.Unwrap(key);
        return Values.ConstantString(unwrapped) ?? unwrapped switch
        {
            IConversionOperation { OperatorMethod: not null, Operand: var operand } => Values.MemberName(Values.Unwrap(operand), attributeName),
            IPropertyReferenceOperation { Property.Name: "Value", Instance: { } instance } => Values.MemberName(Values.Unwrap(instance), attributeName),
            _ => null,
        };
    }

    /// <summary>True when the method puts a KmsMasterKeyId entry into any attribute dictionary: then SSE-KMS encrypts the queue.</summary>
    private static bool HasKmsKey(IOperation anyInMethod, INamedTypeSymbol dictionary, INamedTypeSymbol attributeName)
    {
        var facts = MethodFacts.Of(anyInMethod);
        return facts.OfKind(OperationKind.Invocation).Concat(facts.OfKind(OperationKind.SimpleAssignment))
            .Any(operation => Entry(operation, dictionary) is ({ } key, _) && KeyName(key, attributeName) == KmsMasterKeyId);
    }
}
