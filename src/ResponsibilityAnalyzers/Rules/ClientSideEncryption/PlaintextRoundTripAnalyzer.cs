using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.ClientSideEncryption;

/// <summary>
/// SRM2007: a KMS Encrypt whose Plaintext is the Plaintext of a KMS Decrypt in the same method: the data comes out of
/// KMS only to go back in. Fix, in the plain shape <c>var d = await kms.DecryptAsync(new DecryptRequest { … });</c>
/// followed by <c>kms.EncryptAsync(new EncryptRequest { KeyId = …, Plaintext = d.Plaintext })</c> on the same client,
/// where <c>d</c> is used nowhere else and the Encrypt result only for its CiphertextBlob or KeyId: one ReEncrypt
/// call, and the Decrypt statement goes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlaintextRoundTripAnalyzer : ResponsibilityAnalyzer
{
    private const string Model = "global::Amazon.KeyManagementService.Model.";

    private static readonly Dictionary<string, string> FromDecrypt = new()
    {
        ["CiphertextBlob"] = "CiphertextBlob",
        ["KeyId"] = "SourceKeyId",
        ["EncryptionContext"] = "SourceEncryptionContext",
        ["EncryptionAlgorithm"] = "SourceEncryptionAlgorithm",
        ["GrantTokens"] = "GrantTokens",
    };

    private static readonly Dictionary<string, string> FromEncrypt = new()
    {
        ["KeyId"] = "DestinationKeyId",
        ["EncryptionContext"] = "DestinationEncryptionContext",
        ["EncryptionAlgorithm"] = "DestinationEncryptionAlgorithm",
        ["Plaintext"] = string.Empty,
    };

    public PlaintextRoundTripAnalyzer()
        : base(Descriptors.SRM2007_PlaintextRoundTrip)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.IAmazonKeyManagementService] is not { } kms || types[AwsType.KmsDecryptResponse] is not { } decryptResponse)
        {
            return;
        }

        context.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                if (invocation.TargetMethod.Name is not ("Encrypt" or "EncryptAsync")
                    || !Symbols.DerivesFromOrImplements(invocation.TargetMethod.ContainingType, kms)
                    || invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Name == "EncryptRequest") is not { } requestArgument
                    || RequestState.OfValue(requestArgument.Value) is not { } request
                    || request["Plaintext"] is not { } plaintext)
                {
                    return;
                }

                var decrypted = Values.Leaves(plaintext).OfType<IPropertyReferenceOperation>()
                    .FirstOrDefault(leaf => leaf.Property.Name == "Plaintext" && SymbolEqualityComparer.Default.Equals(leaf.Property.ContainingType, decryptResponse));
                if (decrypted is null || ClientEndpoints.For(types).IsNotAws(invocation, operation.Options))
                {
                    return;
                }

                var fix = Fix(invocation, requestArgument, request, plaintext, decrypted, kms);
                operation.ReportDiagnostic(Descriptors.SRM2007_PlaintextRoundTrip.Create(
                    invocation.Syntax.GetLocation(),
                    ResponsibilityModel.Kms,
                    "KMS Encrypt is given the plaintext of a KMS Decrypt: the data leaves KMS in plaintext only to go back in; ReEncrypt re-encrypts it under the new key without it ever leaving KMS",
                    fix?.Remedy,
                    fix is null ? System.Array.Empty<Location>() : fix.Value.Locations));
            },
            OperationKind.Invocation);
    }

    private static (Remedy Remedy, Location[] Locations)? Fix(
        IInvocationOperation encrypt, IArgumentOperation requestArgument, RequestState request, IOperation plaintext, IPropertyReferenceOperation decrypted, INamedTypeSymbol kms)
    {
        if (request.Creation is null || Values.Unwrap(requestArgument.Value) != request.Creation || Values.Unwrap(plaintext) != decrypted
            || decrypted.Instance is not ILocalReferenceOperation { Local: var local }
            || encrypt.Instance is not { } receiver || ReceiverSymbol(receiver) is not { } client
            || !ResultIsReEncryptCompatible(encrypt))
        {
            return null;
        }

        // The Decrypt: `var d = [await] kms.Decrypt[Async](new DecryptRequest { … });`, its local used only here.
        var decryptResult = MethodFacts.Of(encrypt).Of(local);
        var declarator = decryptResult.Events.OfType<IVariableDeclaratorOperation>().FirstOrDefault();
        if (declarator?.Initializer?.Value is not { } initializer
            || Values.Unwrap(initializer is IAwaitOperation awaited ? awaited.Operation : initializer) is not IInvocationOperation { TargetMethod.Name: "Decrypt" or "DecryptAsync" } decrypt
            || !Symbols.DerivesFromOrImplements(decrypt.TargetMethod.ContainingType, kms)
            || decrypt.Instance is null || !SymbolEqualityComparer.Default.Equals(ReceiverSymbol(decrypt.Instance), client)
            || decrypt.TargetMethod.Name.EndsWith("Async", System.StringComparison.Ordinal) != encrypt.TargetMethod.Name.EndsWith("Async", System.StringComparison.Ordinal)
            || decrypt.Arguments.FirstOrDefault(a => a.Parameter?.Type.Name == "DecryptRequest") is not { } decryptArgument
            || Values.Unwrap(decryptArgument.Value) is not IObjectCreationOperation decryptCreation
            || RequestState.Of(decryptCreation) is not { Creation: { } } decryptRequest
            || decryptResult.Reads.Count != 1 || decryptResult.WholeWrites != 1
            || declarator.Syntax.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is not { Declaration.Variables.Count: 1 } statement
            || statement.GetLeadingTrivia().Any(trivia => !trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.WhitespaceTrivia) && !trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.EndOfLineTrivia)))
        {
            return null;
        }

        // The locations: the Decrypt statement (removed), the receiver, then each user value that moves into the ReEncrypt call.
        var locations = new List<Location> { statement.GetLocation(), receiver.Syntax.GetLocation() };
        var assignments = new List<(string Member, Fact Value)>();
        if (!Map(InitializerOf(decryptCreation), FromDecrypt, assignments, locations) || !Map(InitializerOf(request.Creation), FromEncrypt, assignments, locations)
            || !assignments.Any(a => a.Member == "CiphertextBlob")
            || assignments.Count(a => a.Member == "GrantTokens") > 1)
        {
            return null;
        }

        var arguments = new List<Fact> { Fact.New(Model + "ReEncryptRequest", members: assignments) };
        foreach (var other in encrypt.Arguments.Where(a => a != requestArgument && !a.IsImplicit))
        {
            arguments.Add(Fact.Moved(locations.Count));
            locations.Add(other.Value.Syntax.GetLocation());
        }

        var name = encrypt.TargetMethod.Name == "EncryptAsync" ? "ReEncryptAsync" : "ReEncrypt";
        return (Remedy.Replace(Fact.Call(1, name, arguments)).AndRemove(0), locations.ToArray());
    }

    /// <summary>Adds <c>Target = value</c> for each initializer member, the value the user's (its location added); false when a member has no ReEncrypt counterpart or is set outside the initializer.</summary>
    private static bool Map(IReadOnlyList<ISimpleAssignmentOperation>? members, Dictionary<string, string> map, List<(string Member, Fact Value)> assignments, List<Location> locations)
    {
        if (members is null)
        {
            return false;
        }

        foreach (var member in members)
        {
            if (member.Target is not IPropertyReferenceOperation property || !map.TryGetValue(property.Property.Name, out var target))
            {
                return false;
            }

            if (target.Length > 0)
            {
                assignments.Add((target, Fact.Moved(locations.Count)));
                locations.Add(member.Value.Syntax.GetLocation());
            }
        }

        return true;
    }

    /// <summary>The members set in a request's initializer; null when the request is also changed by later statements.</summary>
    private static IReadOnlyList<ISimpleAssignmentOperation>? InitializerOf(IObjectCreationOperation creation)
    {
        var members = creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>().ToList() ?? new List<ISimpleAssignmentOperation>();
        var state = RequestState.Of(creation);
        return members.All(m => m.Target is IPropertyReferenceOperation p && state[p.Property.Name] == m.Value) && members.Count == (creation.Initializer?.Initializers.Length ?? 0)
            ? members
            : null;
    }

    /// <summary>The Encrypt result is discarded, or read only for CiphertextBlob or KeyId (which ReEncryptResponse has too), directly or through a var local.</summary>
    private static bool ResultIsReEncryptCompatible(IInvocationOperation encrypt)
    {
        IOperation result = encrypt.Parent is IAwaitOperation awaited ? awaited : encrypt;
        switch (result.Parent)
        {
            case IExpressionStatementOperation:
                return true;
            case IPropertyReferenceOperation { Property.Name: "CiphertextBlob" or "KeyId" }:
                return true;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local, Syntax: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true } } } }:
                var stored = MethodFacts.Of(encrypt).Of(local);
                return stored.WholeWrites == 1 && stored.Events.Count == 1
                    && stored.Reads.All(r => r.Parent is IPropertyReferenceOperation { Property.Name: "CiphertextBlob" or "KeyId" });
            default:
                return false;
        }
    }

    private static ISymbol? ReceiverSymbol(IOperation receiver) => Values.Unwrap(receiver) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
        IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } property => property.Property,
        _ => null,
    };
}
