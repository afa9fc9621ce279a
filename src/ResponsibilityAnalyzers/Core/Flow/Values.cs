using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// What a value expression is known to be at compile time. Unknown stays unknown: rules report only what these
/// helpers can prove.
/// </summary>
internal static class Values
{
    /// <summary>
    /// The expressions a value can come from: itself, both arms of a conditional or <c>??</c>, every arm of a switch
    /// expression, the initializer of a local that is assigned nowhere else, and the initializer of a readonly field or
    /// get-only auto-property declared in the same file by a type without explicit constructors (so nothing else writes
    /// it). Conversions and parentheses are seen through.
    /// </summary>
    public static IEnumerable<IOperation> Leaves(IOperation value)
    {
        var pending = new Stack<IOperation>();
        pending.Push(value);
        var depth = 0;
        while (pending.Count > 0 && depth++ < 64)
        {
            var operation = Unwrap(pending.Pop());
            switch (operation)
            {
                case IConditionalOperation { WhenFalse: not null } conditional:
                    pending.Push(conditional.WhenFalse);
                    pending.Push(conditional.WhenTrue);
                    break;
                case ICoalesceOperation coalesce:
                    pending.Push(coalesce.WhenNull);
                    pending.Push(coalesce.Value);
                    break;
                case ISwitchExpressionOperation switchExpression:
                    for (var i = switchExpression.Arms.Length - 1; i >= 0; i--)
                    {
                        pending.Push(switchExpression.Arms[i].Value);
                    }

                    break;
                case ILocalReferenceOperation local when SingleInitializer(local) is { } initializer:
                    pending.Push(initializer);
                    break;
                case IFieldReferenceOperation { Field: { IsReadOnly: true, IsConst: false } field } when MemberInitializer(operation, field) is { } initializer:
                    pending.Push(initializer);
                    break;
                case IPropertyReferenceOperation { Property: { SetMethod: null, IsIndexer: false } property } when MemberInitializer(operation, property) is { } initializer:
                    pending.Push(initializer);
                    break;
                default:
                    yield return operation;
                    break;
            }
        }
    }

    /// <summary>The one expression a value comes from (through locals assigned once); null when it can be several.</summary>
    public static IOperation? SingleLeaf(IOperation value)
    {
        IOperation? single = null;
        foreach (var leaf in Leaves(value))
        {
            if (single is not null)
            {
                return null;
            }

            single = leaf;
        }

        return single;
    }

    /// <summary>Sees through parentheses and conversions the language adds (bool → bool?, string → ConstantClass stays: it is a value of its own).</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                case IConversionOperation { OperatorMethod: null } conversion:
                    operation = conversion.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The constant a leaf is, if the compiler knows it (<c>null</c> included: in SDK v4 it means "not set").</summary>
    public static bool TryGetConstant(IOperation leaf, out object? value)
    {
        if (leaf.ConstantValue.HasValue)
        {
            value = leaf.ConstantValue.Value;
            return true;
        }

        value = null;
        return false;
    }

    public static bool IsTrue(IOperation leaf) => TryGetConstant(leaf, out var value) && value is true;

    public static bool IsFalse(IOperation leaf) => TryGetConstant(leaf, out var value) && value is false;

    /// <summary>The whole number a leaf is, if the compiler knows it (<c>0</c>, <c>(int?)7</c>, a constant); null otherwise.</summary>
    public static long? IntegerConstant(IOperation leaf) =>
        TryGetConstant(leaf, out var value) && Integer(value) is { } number && number >= long.MinValue && number <= long.MaxValue ? (long)number : null;

    /// <summary>The leaves of a bool (or bool?) value that are the constant false or null: what makes "must be true" provably fail.</summary>
    public static IEnumerable<IOperation> FalseOrNullLeaves(IOperation value)
    {
        foreach (var leaf in Leaves(value))
        {
            if (TryGetConstant(leaf, out var constant) && constant is false or null)
            {
                yield return leaf;
            }
        }
    }

    /// <summary>
    /// The elements of the collection a value is built from: <c>new List&lt;T&gt; { a, b }</c>, <c>new[] { a, b }</c>,
    /// a collection expression <c>[a, b]</c>, also through a local assigned once. Elements added later are not seen.
    /// </summary>
    public static IEnumerable<IOperation> Elements(IOperation value)
    {
        foreach (var leaf in Leaves(value))
        {
            switch (leaf)
            {
                case IArrayCreationOperation { Initializer: { } array }:
                    foreach (var element in array.ElementValues)
                    {
                        yield return element;
                    }

                    break;
                case IObjectCreationOperation { Initializer: { } initializer }:
                    foreach (var add in initializer.Initializers)
                    {
                        if (add is IInvocationOperation { Arguments.Length: 1 } call)
                        {
                            yield return call.Arguments[0].Value;
                        }
                    }

                    break;
                case { Kind: OperationKind.None } or { Kind: > OperationKind.InlineArrayAccess }:
                    // A collection expression: Roslyn 4.8 has no interface for it, newer compilers one this assembly does not know.
                    foreach (var element in leaf.ChildOperations)
                    {
                        yield return element;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The text a string expression certainly contains, piece by piece: a constant whole, the literal parts of an
    /// interpolated string, the constant operands of a concatenation.
    /// </summary>
    public static IEnumerable<string> ConstantParts(IOperation value)
    {
        var pending = new Stack<IOperation>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            var operation = Unwrap(pending.Pop());
            if (ConstantString(operation) is { } text)
            {
                yield return text;
                continue;
            }

            switch (operation)
            {
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolatedStringTextOperation { Text: var literal } && ConstantString(literal) is { } piece)
                        {
                            yield return piece;
                        }
                    }

                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                    pending.Push(concatenation.RightOperand);
                    pending.Push(concatenation.LeftOperand);
                    break;
                case IInvocationOperation invocation when FormatString(invocation) is { } format:
                    foreach (var piece in FormatPieces(format))
                    {
                        yield return piece;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The text a string value certainly starts with, and whether that is all of it: a constant (complete), the literal
    /// text of an interpolated string up to its first hole, the known start of a concatenation, the format of
    /// <c>string.Format</c> up to its first placeholder. Null when nothing of its start is known.
    /// </summary>
    public static (string Text, bool Complete)? KnownPrefix(IOperation value)
    {
        var operation = Unwrap(value);
        if (ConstantString(operation) is { } constant)
        {
            return (constant, true);
        }

        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                var text = new System.Text.StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    if (part is not IInterpolatedStringTextOperation { Text: var literal } || ConstantString(literal) is not { } piece)
                    {
                        return text.Length == 0 ? null : (text.ToString(), false);
                    }

                    text.Append(piece);
                }

                return (text.ToString(), true);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                if (KnownPrefix(concatenation.LeftOperand) is not { } left)
                {
                    return null;
                }

                return !left.Complete ? left
                    : KnownPrefix(concatenation.RightOperand) is { } right ? (left.Text + right.Text, right.Complete)
                    : (left.Text, false);
            case IInvocationOperation invocation when FormatString(invocation) is { } format:
                var hole = format.IndexOf('{');
                return hole < 0 ? (format, true) : hole == 0 ? null : (format.Substring(0, hole), false);
            default:
                return null;
        }
    }

    /// <summary>The constant format of <c>string.Format(format, …)</c> (with or without an IFormatProvider first); null for any other call.</summary>
    private static string? FormatString(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod is not { Name: "Format", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String })
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "format")
            {
                return ConstantString(argument.Value);
            }
        }

        return null;
    }

    /// <summary>The literal runs of a composite format ("http://{0}:{1}/" → "http://", ":", "/"), with {{ and }} read as braces.</summary>
    private static IEnumerable<string> FormatPieces(string format)
    {
        var piece = new System.Text.StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                piece.Append(c);
                i++;
            }
            else if (c == '{')
            {
                if (piece.Length > 0)
                {
                    yield return piece.ToString();
                    piece.Clear();
                }

                var close = format.IndexOf('}', i);
                i = close < 0 ? format.Length : close;
            }
            else
            {
                piece.Append(c);
            }
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    /// <summary>A string the compiler can compute: a literal, a constant, or a concatenation of them.</summary>
    public static string? ConstantString(IOperation value) => Unwrap(value).ConstantValue is { HasValue: true, Value: string text } ? text : null;

    /// <summary>
    /// Which member of an SDK ConstantClass (S3CannedACL, ObjectOwnership …) or enum a leaf is: the static field's name
    /// (<c>S3CannedACL.PublicRead</c> → "PublicRead"), or the wire string it was built from
    /// (<c>S3CannedACL.FindValue("public-read")</c>, <c>new S3CannedACL("public-read")</c>, an implicit string conversion).
    /// </summary>
    public static string? MemberName(IOperation leaf, ITypeSymbol type)
    {
        switch (leaf)
        {
            case IFieldReferenceOperation { Field: { IsStatic: true } field } when SymbolEqualityComparer.Default.Equals(field.ContainingType, type):
                return field.Name;
            case IConversionOperation { OperatorMethod: not null } conversion:
                return ConstantString(conversion.Operand);
            case IInvocationOperation { TargetMethod.Name: "FindValue", Arguments.Length: 1 } findValue when SymbolEqualityComparer.Default.Equals(findValue.TargetMethod.ContainingType, type):
                return ConstantString(findValue.Arguments[0].Value);
            case IObjectCreationOperation { Arguments.Length: 1 } creation when SymbolEqualityComparer.Default.Equals(creation.Type, type):
                return ConstantString(creation.Arguments[0].Value);
            default:
                return null;
        }
    }

    /// <summary>
    /// True when a leaf is the enum member <paramref name="member"/>: the member itself, or an integer constant cast to
    /// the enum with the same value (<c>(Protocol)1</c>, which <see cref="Leaves"/> sees as the constant <c>1</c>).
    /// </summary>
    public static bool IsEnumMember(IOperation leaf, IFieldSymbol member) =>
        member.HasConstantValue
        && TryGetConstant(leaf, out var value)
        && Integer(value) is { } number
        && number == Integer(member.ConstantValue);

    /// <summary>The expression with every conversion and parenthesis written around it: where its parent says what is done with it.</summary>
    public static IOperation Outer(IOperation operation)
    {
        while (operation.Parent is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>A leaf with the casts and parentheses written around it (<c>(Protocol)1</c> rather than <c>1</c>): what to report and replace.</summary>
    public static IOperation WithCasts(IOperation leaf)
    {
        while (leaf.Parent is IParenthesizedOperation or IConversionOperation { OperatorMethod: null })
        {
            leaf = leaf.Parent;
        }

        return leaf;
    }

    /// <summary>
    /// Where to report, and fix, a <paramref name="leaf"/> of <paramref name="value"/>: the leaf when it is written inside
    /// the value, else the value itself. A leaf elsewhere (a local's initializer) may serve other purposes, and lies
    /// outside the operation analyzed, where the IDE would not find the diagnostic again for its code fix.
    /// </summary>
    public static IOperation ReportedPart(IOperation leaf, IOperation value) =>
        leaf.Syntax.SyntaxTree == value.Syntax.SyntaxTree && value.Syntax.Span.Contains(leaf.Syntax.Span) ? leaf : value;

    /// <summary>The outermost operation of the method, lambda or initializer that holds <paramref name="operation"/>.</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    private static decimal? Integer(object? value) => value switch
    {
        sbyte n => n,
        byte n => n,
        short n => n,
        ushort n => n,
        int n => n,
        uint n => n,
        long n => n,
        ulong n => n,
        char n => n,
        _ => null,
    };

    /// <summary>The initializer of a local that is written nowhere else in its method (read from the method's fact index).</summary>
    /// <summary>
    /// The initializer of a readonly field or get-only auto-property (<c>static readonly string Endpoint = "http://localhost:4566";</c>)
    /// when it is declared once, in the same file as <paramref name="reference"/> (so the IDE, which analyzes one
    /// document, sees it too), by a type with no explicit constructor that could write it instead.
    /// </summary>
    private static IOperation? MemberInitializer(IOperation reference, ISymbol member)
    {
        if (reference.SemanticModel is not { } model
            || member.DeclaringSyntaxReferences is not { Length: 1 } declarations
            || declarations[0].SyntaxTree != reference.Syntax.SyntaxTree
            || member.ContainingType is not { } type
            || type.DeclaringSyntaxReferences.Length != 1
            || type.GetMembers().Any(m => m is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor, IsImplicitlyDeclared: false }))
        {
            return null;
        }

        var initializer = declarations[0].GetSyntax() switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } value } => value,
            Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { Initializer.Value: { } value, ExpressionBody: null } property
                when property.AccessorList?.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null) == true => value,
            _ => null,
        };
        return initializer is null ? null : model.GetOperation(initializer);
    }

    private static IOperation? SingleInitializer(ILocalReferenceOperation reference)
    {
        var facts = MethodFacts.Of(reference).Of(reference.Local);
        return facts.WholeWrites == 1 && facts.Events.Count > 0 && facts.Events[0] is IVariableDeclaratorOperation { Initializer: { } initializer }
            ? initializer.Value
            : null;
    }
}
