using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>What the code shows about data written: only compile-time constants, nothing, or that it is sensitive. Ordered weakest first.</summary>
internal enum DataKind
{
    Constant,
    Unknown,
    Sensitive,
}

/// <summary>What a written value is known to be, and for sensitive data the evidence, as a message names it ("Customer.Email (classified PersonalData)").</summary>
internal readonly struct Payload
{
    public static readonly Payload Constant = new(DataKind.Constant, null);
    public static readonly Payload Unknown = new(DataKind.Unknown, null);

    private Payload(DataKind kind, string? evidence)
    {
        Kind = kind;
        Evidence = evidence;
    }

    public DataKind Kind { get; }

    public string? Evidence { get; }

    public static Payload Sensitive(string evidence) => new(DataKind.Sensitive, evidence);

    /// <summary>Sensitive on any path wins, then unknown; constant only when every part is.</summary>
    public Payload With(Payload other) => other.Kind > Kind ? other : this;
}

/// <summary>
/// Reads what data a write carries, within one method, through the flow engine's facts: constants (literals, empty
/// streams, seed rows), members and types classified with Microsoft.Extensions.Compliance
/// (<c>DataClassificationAttribute</c> and subclasses), ASP.NET Core Identity's <c>[PersonalData]</c>,
/// <c>[DataType(EmailAddress | Password | PhoneNumber | CreditCard | PostalCode)]</c> and its <c>[EmailAddress]</c>,
/// <c>[Phone]</c>, <c>[CreditCard]</c> forms, names in srm.sensitive_names (members, parameters, dictionary and
/// document keys, DynamoDB attribute names), and uploads (<c>IFormFile</c>, <c>HttpRequest.Body</c>). It follows
/// locals (every value stored, the keys and values put into them, streams copied or serialized into them),
/// conditionals, <c>await</c>, string building and encoding, <c>JsonSerializer</c>/<c>JsonConvert</c> (the type
/// serialized), <c>Document.FromJson</c>/<c>ToAttributeMap</c> and object creations. Anything else is unknown.
/// The evidence of a type (its members, nested types and collection elements, three levels deep) is cached per type.
/// </summary>
internal sealed class DataEvidence
{
    private const int MaxDepth = 12;
    private const int MaxTypeDepth = 3;

    private static readonly HashSet<string> SensitiveDataTypes = new() { "EmailAddress", "Password", "PhoneNumber", "CreditCard", "PostalCode" };

    /// <summary>Methods of a local's object that read it (or only move its position) without changing what it holds.</summary>
    private static readonly HashSet<string> ReadsOnly = new()
    {
        "ToString", "ToArray", "GetBuffer", "Seek", "Flush", "FlushAsync", "Dispose", "DisposeAsync", "Close",
        "CopyTo", "CopyToAsync", "Read", "ReadAsync", "ReadByte", "ContainsKey", "TryGetValue", "GetType", "GetHashCode", "Equals",
        "ToAttributeMap", "ToJson", "ToJsonPretty",
    };

    private readonly AwsTypes _types;
    private readonly ConcurrentDictionary<SensitiveNames, ConcurrentDictionary<ITypeSymbol, string>> _typeEvidence = new();

    public DataEvidence(AwsTypes types) => _types = types;

    /// <summary>What <paramref name="value"/> carries.</summary>
    public Payload Of(IOperation value, SensitiveNames names) => Trace(value, names, 0, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default));

    /// <summary>
    /// What an object of static type <paramref name="type"/> carries when <paramref name="value"/> is stored whole
    /// (the object model, a serializer): constant when built from constants, sensitive when the type shows it, unknown
    /// for a type parameter (a generic repository: the type is the caller's).
    /// </summary>
    public Payload OfObject(IOperation value, ITypeSymbol? type, SensitiveNames names)
    {
        var traced = Of(value, names);
        if (traced.Kind == DataKind.Constant)
        {
            return traced;
        }

        if (type is null or ITypeParameterSymbol)
        {
            return Payload.Unknown.With(traced);
        }

        return TypeEvidence(type, names) is { } evidence ? Payload.Sensitive(evidence) : traced;
    }

    /// <summary>The first sensitive member of a type ("Order.Billing.CardNumber (a sensitive name)"); classifications win over names.</summary>
    public string? TypeEvidence(ITypeSymbol type, SensitiveNames names)
    {
        type = ElementOrSelf(type);
        if (!IsUserType(type))
        {
            return null;
        }

        var cache = _typeEvidence.GetOrAdd(names, _ => new ConcurrentDictionary<ITypeSymbol, string>(SymbolEqualityComparer.Default));
        var found = cache.GetOrAdd(type, t =>
        {
            string? byName = null;
            return Walk(t, t.Name, 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), names, ref byName) ?? byName ?? string.Empty;
        });
        return found.Length == 0 ? null : found;
    }

    /// <summary>The first member classified (returned) or named sensitive (kept in <paramref name="byName"/>) in a type and the types it holds.</summary>
    private string? Walk(ITypeSymbol type, string path, int depth, HashSet<ITypeSymbol> visiting, SensitiveNames names, ref string? byName)
    {
        if (!visiting.Add(type))
        {
            return null;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (Classification(attribute) is { } classified)
            {
                return $"{path} ({classified})";
            }
        }

        var nested = new List<(ITypeSymbol, string)>();
        for (var current = type; current is not null && IsUserType(current); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (StoredMemberType(member) is not { } memberType)
                {
                    continue;
                }

                foreach (var attribute in member.GetAttributes())
                {
                    if (Classification(attribute) is { } classified)
                    {
                        return $"{path}.{member.Name} ({classified})";
                    }
                }

                if (byName is null && !IsFlag(memberType) && names.Matches(member.Name))
                {
                    byName = $"{path}.{member.Name} (a sensitive name)";
                }

                var element = ElementOrSelf(memberType);
                if (depth < MaxTypeDepth && IsUserType(element))
                {
                    nested.Add((element, path + "." + member.Name));
                }
            }
        }

        foreach (var (element, elementPath) in nested)
        {
            if (Walk(element, elementPath, depth + 1, visiting, names, ref byName) is { } classified)
            {
                return classified;
            }
        }

        return null;
    }

    /// <summary>Why a member is sensitive ("classified PersonalData", "a sensitive name"), or null.</summary>
    private string? MemberEvidence(ISymbol member, SensitiveNames names)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (Classification(attribute) is { } classified)
            {
                return classified;
            }
        }

        var type = member switch { IPropertySymbol property => property.Type, IFieldSymbol field => field.Type, _ => null };
        return (type is null || !IsFlag(type)) && names.Matches(member.Name) ? "a sensitive name" : null;
    }

    /// <summary>A bool (EmailVerified, HasPassport, PasswordResetRequired): it says something about the data, it is none of it.</summary>
    private static bool IsFlag(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Boolean
        || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable
            && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean;

    /// <summary>"classified PersonalData" for a DataClassificationAttribute or PersonalDataAttribute (or a subclass), "DataType EmailAddress" for a sensitive DataType.</summary>
    private string? Classification(AttributeData attribute)
    {
        if (attribute.AttributeClass is not { } type)
        {
            return null;
        }

        if (Symbols.DerivesFrom(type, _types[AwsType.DataClassificationAttribute]) || Symbols.DerivesFrom(type, _types[AwsType.PersonalDataAttribute]))
        {
            return "classified " + Trim(type.Name);
        }

        if (!Symbols.DerivesFrom(type, _types[AwsType.DataTypeAttribute]))
        {
            return null;
        }

        var dataType = type.Name switch
        {
            "EmailAddressAttribute" => "EmailAddress",
            "PhoneAttribute" => "PhoneNumber",
            "CreditCardAttribute" => "CreditCard",
            _ => attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0] is { Type: INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType, Value: { } raw }
                ? EnumMemberName(enumType, raw)
                : null,
        };
        return dataType is not null && SensitiveDataTypes.Contains(dataType) ? "DataType " + dataType : null;
    }

    private static string? EnumMemberName(INamedTypeSymbol enumType, object value)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
            {
                return field.Name;
            }
        }

        return null;
    }

    private static string Trim(string attributeName) =>
        attributeName.EndsWith("Attribute", System.StringComparison.Ordinal) ? attributeName.Substring(0, attributeName.Length - "Attribute".Length) : attributeName;

    private Payload Trace(IOperation value, SensitiveNames names, int depth, HashSet<ILocalSymbol> visiting)
    {
        value = Values.Unwrap(value);
        if (depth > MaxDepth)
        {
            return Payload.Unknown;
        }

        if (value.ConstantValue.HasValue)
        {
            return Payload.Constant;
        }

        Payload All(IEnumerable<IOperation> parts)
        {
            var result = Payload.Constant;
            foreach (var part in parts)
            {
                result = result.With(Trace(part, names, depth + 1, visiting));
                if (result.Kind == DataKind.Sensitive)
                {
                    break;
                }
            }

            return result;
        }

        switch (value)
        {
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return All(new[] { conditional.WhenTrue, whenFalse });
            case ICoalesceOperation coalesce:
                return All(new[] { coalesce.Value, coalesce.WhenNull });
            case ISwitchExpressionOperation switchExpression:
                return All(Arms(switchExpression));
            case IAwaitOperation awaited:
                return Trace(awaited.Operation, names, depth + 1, visiting);
            case IDefaultValueOperation or IUtf8StringOperation:
                return Payload.Constant;
            case IInterpolatedStringOperation interpolated:
                return All(Holes(interpolated));
            case IBinaryOperation binary:
                return All(new[] { binary.LeftOperand, binary.RightOperand });
            case ILocalReferenceOperation local:
                return TraceLocal(local, names, depth, visiting);
            case IParameterReferenceOperation { Parameter: var parameter }:
                return IsUpload(parameter.Type) ? Payload.Sensitive("an uploaded file (IFormFile)")
                    : names.Matches(parameter.Name) ? Payload.Sensitive($"the parameter '{parameter.Name}' (a sensitive name)")
                    : Payload.Unknown;
            case IPropertyReferenceOperation { Property: { Name: "Body" } property } when Symbols.DerivesFrom(property.ContainingType, _types[AwsType.HttpRequest]):
                return Payload.Sensitive("an HTTP request body (HttpRequest.Body)");
            case IFieldReferenceOperation { Field: { IsStatic: true, Name: "Empty" } field } when field.ContainingType?.SpecialType == SpecialType.System_String:
                return Payload.Constant;
            case IPropertyReferenceOperation or IFieldReferenceOperation when Values.SingleLeaf(value) is { } initializer && initializer != value:
                return Trace(initializer, names, depth + 1, visiting); // a readonly member initialized in this file
            case IPropertyReferenceOperation or IFieldReferenceOperation:
                return IsUpload(value.Type) ? Payload.Sensitive("an uploaded file (IFormFile)") : MemberChain(value, names);
            case IInvocationOperation invocation:
                return TraceInvocation(invocation, names, depth, visiting, All);
            case IObjectCreationOperation creation:
                return TraceCreation(creation, names, depth, visiting, All);
            case IAnonymousObjectCreationOperation anonymous:
                return Initializers(anonymous.Initializers, names, depth, visiting);
            case IArrayCreationOperation array:
                return array.Initializer is { } elements ? All(elements.ElementValues) : Payload.Constant;
            case { Kind: OperationKind.None } or { Kind: > OperationKind.InlineArrayAccess }:
                return All(value.ChildOperations); // a collection expression
            default:
                return Payload.Unknown;
        }
    }

    private static IEnumerable<IOperation> Arms(ISwitchExpressionOperation switchExpression)
    {
        foreach (var arm in switchExpression.Arms)
        {
            yield return arm.Value;
        }
    }

    private static IEnumerable<IOperation> Holes(IInterpolatedStringOperation interpolated)
    {
        foreach (var part in interpolated.Parts)
        {
            if (part is IInterpolationOperation hole)
            {
                yield return hole.Expression;
            }
        }
    }

    /// <summary><c>customer.Address.Street</c>: the first member of the chain that is classified or named sensitive.</summary>
    private Payload MemberChain(IOperation reference, SensitiveNames names)
    {
        for (var current = reference; current is IMemberReferenceOperation member; current = member.Instance is { } instance ? Values.Unwrap(instance) : null)
        {
            if (member.Member is IPropertySymbol { IsIndexer: true })
            {
                continue;
            }

            if (MemberEvidence(member.Member, names) is { } why)
            {
                return Payload.Sensitive($"{member.Member.ContainingType?.Name}.{member.Member.Name} ({why})");
            }
        }

        return Payload.Unknown;
    }

    private Payload TraceInvocation(IInvocationOperation invocation, SensitiveNames names, int depth, HashSet<ILocalSymbol> visiting, System.Func<IEnumerable<IOperation>, Payload> all)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (Symbols.DerivesFromOrImplements(type, _types[AwsType.IFormFile]))
        {
            return Payload.Sensitive("an uploaded file (IFormFile)");
        }

        if (IsSerializer(method) && SerializedArgument(invocation) is { } serialized)
        {
            return OfObject(serialized.Value, method.IsGenericMethod ? method.TypeArguments[0] : Values.Unwrap(serialized.Value).Type, names);
        }

        if (Symbols.DerivesFrom(type, _types[AwsType.DynamoDBDocument]) && method.Name is "FromJson" or "FromAttributeMap" or "ToAttributeMap" or "ToJson" or "ToJsonPretty")
        {
            return all(InstanceAndArguments(invocation));
        }

        if (method.Name is "ToDocument" or "ToDocumentAsync" && invocation.Arguments.Length > 0
            && (Symbols.DerivesFrom(type, _types[AwsType.DynamoDBContext]) || Symbols.DerivesFromOrImplements(type, _types[AwsType.IDynamoDBContext])))
        {
            return OfObject(invocation.Arguments[0].Value, method.IsGenericMethod ? method.TypeArguments[0] : invocation.Arguments[0].Value.Type, names);
        }

        // Text and bytes built from other values: what they are built from.
        if (method.Name == "ToString"
            || type?.SpecialType == SpecialType.System_String
            || Symbols.DerivesFrom(type, _types[AwsType.Encoding])
            || Symbols.DerivesFrom(type, _types[AwsType.Convert])
            || Symbols.DerivesFrom(type, _types[AwsType.MemoryStream]) && method.Name is "ToArray" or "GetBuffer")
        {
            return all(InstanceAndArguments(invocation));
        }

        return Payload.Unknown;
    }

    private IEnumerable<IOperation> InstanceAndArguments(IInvocationOperation invocation)
    {
        if (invocation.Instance is { } instance && !Symbols.DerivesFrom(instance.Type, _types[AwsType.Encoding]))
        {
            yield return instance;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (!argument.IsImplicit || argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                yield return argument.Value;
            }
        }
    }

    private bool IsSerializer(IMethodSymbol method) =>
        method.Name.StartsWith("Serialize", System.StringComparison.Ordinal)
        && (Symbols.DerivesFrom(method.ContainingType, _types[AwsType.JsonSerializer]) || Symbols.DerivesFrom(method.ContainingType, _types[AwsType.NewtonsoftJsonConvert]));

    /// <summary>The object a serializer call serializes: its <c>value</c> (System.Text.Json) or <c>value</c>/<c>obj</c> (Json.NET) argument.</summary>
    private static IArgumentOperation? SerializedArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name is "value" or "obj")
            {
                return argument;
            }
        }

        return null;
    }

    private Payload TraceCreation(IObjectCreationOperation creation, SensitiveNames names, int depth, HashSet<ILocalSymbol> visiting, System.Func<IEnumerable<IOperation>, Payload> all)
    {
        var arguments = new List<IOperation>();
        foreach (var argument in creation.Arguments)
        {
            arguments.Add(argument.Value);
        }

        var built = all(arguments);
        if (built.Kind != DataKind.Sensitive && creation.Initializer is { } initializer)
        {
            built = built.With(Initializers(initializer.Initializers, names, depth, visiting));
        }

        if (built.Kind == DataKind.Constant && creation.Arguments.Length == 0 && creation.Initializer is null or { Initializers.Length: 0 }
            && IsCollection(creation.Type) && Values.Outer(creation).Parent is not IVariableInitializerOperation)
        {
            return Payload.Unknown; // an empty item or map that a property path fills later (request.Item["email"] = …), which no local's facts show
        }

        if (built.Kind == DataKind.Constant || built.Kind == DataKind.Sensitive)
        {
            return built;
        }

        return creation.Type is { } type && TypeEvidence(type, names) is { } evidence ? Payload.Sensitive(evidence) : built;
    }

    /// <summary>The members, keys and elements an initializer gives an object: <c>Email = e</c>, <c>["email"] = v</c>, <c>{ "email", v }</c>.</summary>
    private Payload Initializers(IEnumerable<IOperation> initializers, SensitiveNames names, int depth, HashSet<ILocalSymbol> visiting)
    {
        var result = Payload.Constant;
        foreach (var member in initializers)
        {
            result = result.With(member switch
            {
                ISimpleAssignmentOperation { Target: var target, Value: var value } => Entry(target, value, names, depth, visiting),
                IInvocationOperation add => Added(add, names, depth, visiting),
                IMemberInitializerOperation nested => Initializers(nested.Initializer.Initializers, names, depth + 1, visiting),
                _ => Payload.Unknown,
            });
            if (result.Kind == DataKind.Sensitive)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>A value stored under a member or key: the key or member names the data when the value is not a constant.</summary>
    private Payload Entry(IOperation target, IOperation value, SensitiveNames names, int depth, HashSet<ILocalSymbol> visiting)
    {
        var stored = Trace(value, names, depth + 1, visiting);
        if (stored.Kind == DataKind.Constant)
        {
            return stored;
        }

        // The key or member names what the value is: it is named first.
        switch (target)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer when Values.ConstantString(indexer.Arguments[0].Value) is { } key:
                return Key(key, indexer.Property.ContainingType, names) ?? stored;
            case IMemberReferenceOperation { Member: var member } when MemberEvidence(member, names) is { } why:
                return Payload.Sensitive($"{member.ContainingType?.Name}.{member.Name} ({why})");
            default:
                return stored;
        }
    }

    /// <summary><c>dictionary.Add("email", v)</c>, <c>stream.Write(bytes)</c>, <c>builder.Append(text)</c>: what is added.</summary>
    private Payload Added(IInvocationOperation call, SensitiveNames names, int depth, HashSet<ILocalSymbol> visiting)
    {
        if (call.Arguments.Length == 2 && Values.ConstantString(call.Arguments[0].Value) is { } key)
        {
            var stored = Trace(call.Arguments[1].Value, names, depth + 1, visiting);
            return stored.Kind == DataKind.Constant ? stored : Key(key, call.TargetMethod.ContainingType, names) ?? stored;
        }

        var result = Payload.Constant;
        foreach (var argument in call.Arguments)
        {
            result = result.With(Trace(argument.Value, names, depth + 1, visiting));
        }

        return result;
    }

    /// <summary>A dictionary or document key that is a sensitive name; <c>:email</c> and <c>#email</c> (expression placeholders) count as <c>email</c>.</summary>
    private Payload? Key(string key, ITypeSymbol? container, SensitiveNames names)
    {
        if (!names.Matches(key.TrimStart(':', '#')))
        {
            return null;
        }

        var kind = Symbols.DerivesFrom(container, _types[AwsType.DynamoDBDocument]) ? "the document key"
            : container is INamedTypeSymbol { TypeArguments.Length: 2 } dictionary && dictionary.TypeArguments[1].Name.StartsWith("AttributeValue", System.StringComparison.Ordinal) ? "the attribute"
            : "the key";
        return Payload.Sensitive($"{kind} '{key}' (a sensitive name)");
    }

    /// <summary>
    /// A local: every value stored in it, the keys, members and bytes put into it (<c>doc["email"] = …</c>,
    /// <c>item.Add(…)</c>, <c>stream.Write(…)</c>), and what is copied or serialized into it
    /// (<c>file.CopyToAsync(stream)</c>, <c>JsonSerializer.SerializeAsync(stream, order)</c>). Handed to code of
    /// ours or written in ways not followed: unknown.
    /// </summary>
    private Payload TraceLocal(ILocalReferenceOperation use, SensitiveNames names, int depth, HashSet<ILocalSymbol> visiting)
    {
        var local = use.Local;
        if (!visiting.Add(local))
        {
            return Payload.Constant; // its other values are being read already
        }

        try
        {
            var facts = MethodFacts.Of(use).Of(local);
            if (facts.OtherWrites > 0)
            {
                return Payload.Unknown;
            }

            var result = Payload.Constant;
            var stored = false;
            foreach (var write in facts.Events)
            {
                switch (write)
                {
                    case IVariableDeclaratorOperation { Initializer: { } initializer }:
                        stored = true;
                        result = result.With(Trace(initializer.Value, names, depth + 1, visiting));
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } member:
                        result = result.With(Entry(target, member.Value, names, depth, visiting));
                        break;
                    case ISimpleAssignmentOperation whole:
                        stored = true;
                        result = result.With(Trace(whole.Value, names, depth + 1, visiting));
                        break;
                }
            }

            if (!stored)
            {
                return Payload.Unknown; // a foreach or pattern variable, a local assigned by out
            }

            foreach (var read in facts.Reads)
            {
                if (result.Kind == DataKind.Sensitive)
                {
                    break;
                }

                var outer = Values.Outer(read);
                switch (outer.Parent)
                {
                    case IInvocationOperation call when call.Instance == outer:
                        if (call.TargetMethod.Name is "Add" or "TryAdd" or "Write" or "WriteAsync" or "Append" or "AppendLine" or "Insert")
                        {
                            result = result.With(Added(call, names, depth, visiting));
                        }
                        else if (!ReadsOnly.Contains(call.TargetMethod.Name))
                        {
                            result = result.With(Payload.Unknown); // AppendFormat, SetLength, Remove …: changed in a way not followed
                        }

                        break;
                    case IArgumentOperation { Parent: IInvocationOperation call }:
                        result = result.With(FilledBy(call, outer, local.Type, names, depth, visiting));
                        break;
                    case IArgumentOperation { Parent: IObjectCreationOperation } when IsStream(local.Type):
                        result = result.With(Payload.Unknown); // a writer over the stream fills it
                        break;
                }
            }

            return result;
        }
        finally
        {
            visiting.Remove(local);
        }
    }

    /// <summary>What a call that is handed a local puts into it: the source of a CopyTo, the object a serializer writes; nothing for the SDK and .NET otherwise; unknown for code of ours.</summary>
    private Payload FilledBy(IInvocationOperation call, IOperation argument, ITypeSymbol localType, SensitiveNames names, int depth, HashSet<ILocalSymbol> visiting)
    {
        var method = call.TargetMethod;
        if (method.Name is "CopyTo" or "CopyToAsync" && call.Instance is { } source)
        {
            return Trace(source, names, depth + 1, visiting);
        }

        if (IsSerializer(method) && SerializedArgument(call) is { } serialized)
        {
            return serialized.Value == argument
                ? Payload.Constant // serialized, not filled
                : OfObject(serialized.Value, method.IsGenericMethod ? method.TypeArguments[0] : Values.Unwrap(serialized.Value).Type, names);
        }

        // Strings and values cannot be changed by a callee; the SDK's writes read what they are given. Anything else
        // (stream.ReadAsync(buffer), Array.Copy, a helper of ours) may fill it.
        var ns = method.ContainingType?.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return localType.SpecialType == SpecialType.System_String || localType.IsValueType || ns is { Name: "Amazon" } ? Payload.Constant : Payload.Unknown;
    }


    private bool IsCollection(ITypeSymbol? type) =>
        type is not null && (Symbols.DerivesFrom(type, _types[AwsType.DynamoDBDocument]) || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable));

    private static bool IsStream(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Stream" && current.ContainingNamespace?.ToDisplayString() == "System.IO")
            {
                return true;
            }
        }

        return false;
    }

    private bool IsUpload(ITypeSymbol? type) => Symbols.DerivesFromOrImplements(type, _types[AwsType.IFormFile]);

    /// <summary>A property or field an object stores: instance, readable, not ignored by the serializer or the object model.</summary>
    private static ITypeSymbol? StoredMemberType(ISymbol member)
    {
        if (member.IsStatic || member.IsImplicitlyDeclared || member.DeclaredAccessibility != Accessibility.Public)
        {
            return null;
        }

        var type = member switch
        {
            IPropertySymbol { IsIndexer: false, GetMethod: not null } property => property.Type,
            IFieldSymbol { IsConst: false } field => field.Type,
            _ => null,
        };
        if (type is null)
        {
            return null;
        }

        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is "DynamoDBIgnoreAttribute" or "JsonIgnoreAttribute")
            {
                return null;
            }
        }

        return type;
    }

    /// <summary>The element of an array, a nullable or a collection of .NET (List&lt;Address&gt; → Address; a dictionary → its values); else the type.</summary>
    private static ITypeSymbol ElementOrSelf(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: > 0 } generic when MethodFacts.IsSdkOrFramework(generic) => generic.TypeArguments[generic.TypeArguments.Length - 1],
        _ => type,
    };

    /// <summary>A class or struct of the application (not .NET, not the AWS SDK, not Microsoft.*): one whose members say what it holds.</summary>
    private static bool IsUserType(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.SpecialType != SpecialType.None || MethodFacts.IsSdkOrFramework(named))
        {
            return false;
        }

        var ns = named.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is not { Name: "Microsoft" or "Newtonsoft" };
    }
}
