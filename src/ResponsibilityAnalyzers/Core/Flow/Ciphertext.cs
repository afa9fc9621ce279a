using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>Whether a value is ciphertext on every path that reaches it, on some, or on none.</summary>
internal enum Protection
{
    Plain,
    Partial,
    Encrypted,
}

/// <summary>
/// Proves, within one method, that a value comes out of an encryption step: the CiphertextBlob of a KMS Encrypt or
/// ReEncrypt response; a SymmetricAlgorithm encryptor (<c>CreateEncryptor().TransformFinalBlock</c>,
/// <c>EncryptCbc</c>/<c>EncryptEcb</c>/<c>EncryptCfb</c>); RSA <c>Encrypt</c>; the ciphertext buffer of
/// <c>AesGcm</c>/<c>AesCcm</c>/<c>ChaCha20Poly1305.Encrypt</c>; a <c>CryptoStream</c> over an encryptor; ASP.NET Core
/// <c>IDataProtector.Protect</c>; or a method listed in srm.encryptors. The proof follows locals, conditionals,
/// <c>await</c>, <c>new MemoryStream(x)</c>, <c>stream.ToArray()</c> and <c>Convert.ToBase64String(x)</c>. Anything
/// else (a parameter, a field, another method's result) is not proven: <see cref="Protection.Plain"/>.
/// </summary>
internal sealed class Ciphertext
{
    private const int MaxDepth = 16;

    private readonly AwsTypes _types;
    private readonly MethodNames _encryptors;

    public Ciphertext(AwsTypes types, MethodNames encryptors)
    {
        _types = types;
        _encryptors = encryptors;
    }

    /// <summary>How well <paramref name="value"/> is protected, and one path that reaches it as plaintext (when there is one).</summary>
    public (Protection Protection, IOperation? PlainLeaf) Of(IOperation value) => Trace(value, 0, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default));

    /// <summary>True when the method that holds <paramref name="anyInMethod"/> encrypts anything at all.</summary>
    public bool MethodEncrypts(IOperation anyInMethod) => MethodFacts.Of(anyInMethod).Derived("encrypts", _encryptors, facts =>
        facts.OfKind(OperationKind.Invocation).Any(operation => IsStep(operation) || IsAeadEncrypt((IInvocationOperation)operation))
        || facts.OfKind(OperationKind.ObjectCreation).Any(operation => IsCryptoStreamOverEncryptor((IObjectCreationOperation)operation, requireRead: false))
        || facts.OfKind(OperationKind.PropertyReference).Any(IsStep));

    /// <summary>True when <paramref name="operation"/> itself yields ciphertext.</summary>
    public bool IsStep(IOperation operation)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property: { Name: "CiphertextBlob" } property }:
                return Is(property.ContainingType, AwsType.KmsEncryptResponse) || Is(property.ContainingType, AwsType.KmsReEncryptResponse);
            case IInvocationOperation { TargetMethod: var method } invocation:
                if (_encryptors.Contains(method))
                {
                    return true;
                }

                if (method.Name == "TransformFinalBlock" && invocation.Instance is { } transform && Symbols.DerivesFromOrImplements(transform.Type, _types[AwsType.ICryptoTransform]))
                {
                    return IsEncryptor(transform);
                }

                if (method.Name is "EncryptCbc" or "EncryptEcb" or "EncryptCfb" && Symbols.DerivesFrom(method.ContainingType, _types[AwsType.SymmetricAlgorithm]))
                {
                    return true;
                }

                if (method.Name == "Encrypt" && method.ReturnType is IArrayTypeSymbol && Symbols.DerivesFrom(method.ContainingType, _types[AwsType.AsymmetricAlgorithm]))
                {
                    return true;
                }

                return method.Name == "Protect" && IsDataProtector(method);
            case IObjectCreationOperation creation:
                return IsCryptoStreamOverEncryptor(creation, requireRead: true);
            default:
                return false;
        }
    }

    private (Protection, IOperation?) Trace(IOperation value, int depth, HashSet<ILocalSymbol> visiting)
    {
        value = Values.Unwrap(value);
        if (depth > MaxDepth)
        {
            return (Protection.Plain, value);
        }

        if (IsStep(value))
        {
            return (Protection.Encrypted, null);
        }

        switch (value)
        {
            case IAwaitOperation { Operation: var awaited }:
                return Trace(awaited, depth + 1, visiting);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Combine(new[] { conditional.WhenTrue, whenFalse }, depth, visiting);
            case ICoalesceOperation coalesce:
                return Combine(new[] { coalesce.Value, coalesce.WhenNull }, depth, visiting);
            case ISwitchExpressionOperation switchExpression:
                return Combine(switchExpression.Arms.Select(arm => arm.Value), depth, visiting);
            case ILocalReferenceOperation local:
                return TraceLocal(local, depth, visiting);
            case IObjectCreationOperation { Arguments.Length: > 0 } creation when Is(creation.Type, AwsType.MemoryStream) && Parameter(creation, 0)?.Type is IArrayTypeSymbol:
                return Trace(creation.Arguments[0].Value, depth + 1, visiting);
            case IInvocationOperation { TargetMethod.Name: "ToArray" or "GetBuffer", Instance: { } stream } when Is(stream.Type, AwsType.MemoryStream):
                return Trace(stream, depth + 1, visiting);
            case IInvocationOperation { TargetMethod: { Name: "ToBase64String" } method, Arguments.Length: > 0 } base64 when Is(method.ContainingType, AwsType.Convert):
                return Trace(base64.Arguments[0].Value, depth + 1, visiting);
            default:
                return (Protection.Plain, value);
        }
    }

    private (Protection, IOperation?) Combine(IEnumerable<IOperation> arms, int depth, HashSet<ILocalSymbol> visiting)
    {
        var anyEncrypted = false;
        var anyPlain = false;
        IOperation? plain = null;
        foreach (var arm in arms)
        {
            var (protection, leaf) = Trace(arm, depth + 1, visiting);
            anyEncrypted |= protection != Protection.Plain;
            anyPlain |= protection != Protection.Encrypted;
            plain ??= leaf;
        }

        return (anyPlain ? (anyEncrypted ? Protection.Partial : Protection.Plain) : Protection.Encrypted, plain);
    }

    /// <summary>
    /// A local is ciphertext when it is the ciphertext buffer of an AEAD Encrypt call or the target of a CryptoStream
    /// that encrypts into it; otherwise it is what was last stored in it before <paramref name="use"/>, on every path.
    /// </summary>
    private (Protection, IOperation?) TraceLocal(ILocalReferenceOperation use, int depth, HashSet<ILocalSymbol> visiting)
    {
        var local = use.Local;
        var facts = MethodFacts.Of(use);
        if (!visiting.Add(local))
        {
            return (Protection.Plain, use);
        }

        try
        {
            if (FilledWithCiphertext(facts).Contains(local))
            {
                return (Protection.Encrypted, null);
            }

            var reaching = ReachingValues(facts.Of(local), use);
            return reaching is null || reaching.Count == 0 ? (Protection.Plain, use) : Combine(reaching, depth, visiting);
        }
        finally
        {
            visiting.Remove(local);
        }
    }

    /// <summary>The locals the method passes as the ciphertext of an AEAD Encrypt or as the target of an encrypting CryptoStream.</summary>
    private HashSet<ILocalSymbol> FilledWithCiphertext(MethodFacts facts) => facts.Derived("filled with ciphertext", null, _ =>
    {
        var filled = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (IInvocationOperation invocation in facts.OfKind(OperationKind.Invocation))
        {
            if (IsAeadEncrypt(invocation))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name == "ciphertext" && LocalOf(argument.Value) is { } local)
                    {
                        filled.Add(local);
                    }
                }
            }
        }

        foreach (IObjectCreationOperation creation in facts.OfKind(OperationKind.ObjectCreation))
        {
            if (IsCryptoStreamOverEncryptor(creation, requireRead: false) && creation.Arguments.Length > 2 && IsWriteMode(creation.Arguments[2].Value)
                && LocalOf(creation.Arguments[0].Value) is { } local)
            {
                filled.Add(local);
            }
        }

        return filled;
    });

    /// <summary>
    /// The values stored in a local that can reach <paramref name="use"/>: the last store before it, and earlier ones
    /// while the later ones happen only on some paths. Null when the local is written in a way not followed (ref, +=).
    /// </summary>
    private static List<IOperation>? ReachingValues(SymbolFacts local, IOperation use)
    {
        if (local.OtherWrites > 0)
        {
            return null;
        }

        var stores = new List<(IOperation Store, IOperation Value)>();
        foreach (var operation in local.Events)
        {
            if (operation.Syntax.SpanStart >= use.Syntax.SpanStart)
            {
                continue;
            }

            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    stores.Add((declarator, initializer.Value));
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation } assignment:
                    stores.Add((assignment, assignment.Value));
                    break;
            }
        }

        var useAncestors = new HashSet<IOperation>(Ancestors(use));
        var reaching = new List<IOperation>();
        for (var i = stores.Count - 1; i >= 0; i--)
        {
            reaching.Add(stores[i].Value);
            if (!Ancestors(stores[i].Store).Any(ancestor => IsBranch(ancestor) && !useAncestors.Contains(ancestor)))
            {
                break; // every path to the use passes this store
            }
        }

        return reaching;
    }

    /// <summary>
    /// The other assignment to the same body property of the same request (<paramref name="creation"/>) that gives it
    /// the opposite protection on another path: <c>new PutObjectRequest { ContentBody = data }</c> then
    /// <c>if (secret) request.ContentBody = Protect(data);</c>, or an if/else that encrypts in one branch only. Two
    /// assignments are on different paths when the later one sits in a branch that does not hold the earlier one
    /// (otherwise the later one always wins). Null when there is none.
    /// </summary>
    public ISimpleAssignmentOperation? OtherPathOf(ISimpleAssignmentOperation assignment, IObjectCreationOperation creation, bool wantEncrypted)
    {
        if (assignment.Target is not IPropertyReferenceOperation target)
        {
            return null;
        }

        // Another path that writes the same request's property: a statement write, or the creation's own initializer.
        var initializer = creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
            .Where(write => write.Target is IPropertyReferenceOperation { Property.Name: var name } && name == target.Property.Name);
        foreach (var operation in MethodFacts.Of(assignment).StatementPropertyWrites(target.Property.Name).Concat(initializer ?? Enumerable.Empty<ISimpleAssignmentOperation>()))
        {
            if (operation == assignment
                || operation is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation other } otherAssignment
                || !SymbolEqualityComparer.Default.Equals(other.Property, target.Property)
                || RequestState.OfAssignmentTarget(other)?.Creation != creation
                || (Of(otherAssignment.Value).Protection != Protection.Plain) != wantEncrypted)
            {
                continue;
            }

            var (earlier, later) = otherAssignment.Syntax.SpanStart < assignment.Syntax.SpanStart ? (otherAssignment, assignment) : (assignment, otherAssignment);
            for (IOperation arm = later; arm.Parent is { } parent; arm = parent)
            {
                if (IsBranch(parent) && !arm.Syntax.Span.Contains(earlier.Syntax.Span))
                {
                    return otherAssignment; // the later one is taken on some paths only: the earlier one reaches the write on the others
                }
            }
        }

        return null;
    }

    private static IEnumerable<IOperation> Ancestors(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            yield return current;
        }
    }

    private static bool IsBranch(IOperation operation) =>
        operation is IConditionalOperation or ISwitchOperation or ISwitchCaseOperation or ILoopOperation or ICatchClauseOperation
            or IAnonymousFunctionOperation or ILocalFunctionOperation or IConditionalAccessOperation or ICoalesceOperation;

    /// <summary><c>aesGcm.Encrypt(nonce, plaintext, ciphertext, tag)</c> (and AesCcm, ChaCha20Poly1305).</summary>
    private bool IsAeadEncrypt(IInvocationOperation? invocation) =>
        invocation is { TargetMethod: { Name: "Encrypt" } method }
        && (Is(method.ContainingType, AwsType.AesGcm) || Is(method.ContainingType, AwsType.AesCcm) || Is(method.ContainingType, AwsType.ChaCha20Poly1305));

    /// <summary><c>new CryptoStream(stream, encryptor, mode)</c> whose transform comes from CreateEncryptor; with <paramref name="requireRead"/>, only in Read mode (reading it yields ciphertext).</summary>
    private bool IsCryptoStreamOverEncryptor(IObjectCreationOperation? creation, bool requireRead) =>
        creation is { Arguments.Length: >= 3 }
        && Is(creation.Type, AwsType.CryptoStream)
        && IsEncryptor(creation.Arguments[1].Value)
        && (!requireRead || IsReadMode(creation.Arguments[2].Value));

    /// <summary>True when every value <paramref name="transform"/> can be is <c>symmetricAlgorithm.CreateEncryptor(…)</c>.</summary>
    private bool IsEncryptor(IOperation transform)
    {
        var any = false;
        foreach (var leaf in Values.Leaves(transform))
        {
            if (leaf is not IInvocationOperation { TargetMethod: { Name: "CreateEncryptor" } method } || !Symbols.DerivesFrom(method.ContainingType, _types[AwsType.SymmetricAlgorithm]))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool IsWriteMode(IOperation mode) => Values.TryGetConstant(Values.Unwrap(mode), out var value) && value is 1;

    private static bool IsReadMode(IOperation mode) => Values.TryGetConstant(Values.Unwrap(mode), out var value) && value is 0;

    /// <summary><c>IDataProtector.Protect</c>, or an extension method Protect whose first parameter is an IDataProtector.</summary>
    private bool IsDataProtector(IMethodSymbol method)
    {
        var protector = _types[AwsType.IDataProtector];
        if (protector is null)
        {
            return false;
        }

        var original = method.ReducedFrom ?? method;
        var receiverType = original.IsExtensionMethod && original.Parameters.Length > 0 ? original.Parameters[0].Type : method.ContainingType;
        return Symbols.DerivesFromOrImplements(receiverType, protector);
    }

    /// <summary>The local <paramref name="value"/> is, possibly converted (byte[] → Span) or as <c>local.AsSpan()</c>.</summary>
    private static ILocalSymbol? LocalOf(IOperation value)
    {
        while (true)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    value = parenthesized.Operand;
                    break;
                case IInvocationOperation { TargetMethod.Name: "AsSpan" or "AsMemory", Arguments.Length: >= 1 } asSpan:
                    value = asSpan.Instance ?? asSpan.Arguments[0].Value;
                    break;
                case ILocalReferenceOperation reference:
                    return reference.Local;
                default:
                    return null;
            }
        }
    }

    private static IParameterSymbol? Parameter(IObjectCreationOperation creation, int index) =>
        creation.Constructor is { } constructor && index < constructor.Parameters.Length ? constructor.Parameters[index] : null;

    private bool Is(ITypeSymbol? type, AwsType expected) =>
        type is not null && _types[expected] is { } symbol && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbol);
}
