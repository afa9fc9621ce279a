using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.ClientSideEncryption;

/// <summary>
/// SRM2006, on the S3 Encryption Client (Amazon.Extensions.S3.Encryption, recognised by name): the obsolete
/// AmazonS3EncryptionClient (V1); a legacy SecurityProfile (V2AndLegacy, V4AndLegacy) passed or assigned anywhere;
/// CommitmentPolicy.ForbidEncryptAllowDecrypt given to AmazonS3CryptoConfigurationV4 (V2 accepts no other policy, so
/// it is not reported there); the obsolete one-argument AmazonS3CryptoConfigurationV2 constructor. Fixes: V2/V4
/// for a legacy profile; RequireEncryptAllowDecrypt with AesGcmWithCommitment for the V4 policy (objects written
/// without commitment stay readable); the three-argument V2 constructor with the values the obsolete one chose. The V1
/// client gets no fix: its materials and configuration types differ from V2's and V4's.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyClientSideEncryptionAnalyzer : ResponsibilityAnalyzer
{
    private const string Namespace = "Amazon.Extensions.S3.Encryption.";

    public LegacyClientSideEncryptionAnalyzer()
        : base(Descriptors.SRM2006_LegacyClientSideEncryption)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.SecurityProfile] is not { } profile || types[AwsType.CommitmentPolicy] is not { } policy)
        {
            return;
        }

        var v1Client = types[AwsType.AmazonS3EncryptionClient];
        var configV2 = types[AwsType.AmazonS3CryptoConfigurationV2];
        var configV4 = types[AwsType.AmazonS3CryptoConfigurationV4];
        var algorithm = types[AwsType.ContentEncryptionAlgorithm];

        context.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (v1Client is not null && SymbolEqualityComparer.Default.Equals(creation.Type, v1Client))
                {
                    operation.ReportDiagnostic(Descriptors.SRM2006_LegacyClientSideEncryption.Create(
                        Locations.Head(creation),
                        ResponsibilityModel.S3,
                        "AmazonS3EncryptionClient (V1) is obsolete and in maintenance mode, and writes the legacy formats (AES-CBC content, key wrapping without authentication); use AmazonS3EncryptionClientV4"));
                }
                else if (configV2 is not null && SymbolEqualityComparer.Default.Equals(creation.Type, configV2) && creation.Arguments.Length == 1)
                {
                    var argument = creation.Arguments[0].Value;
                    var legacy = Values.Leaves(argument).All(leaf => IsMember(leaf, profile, "V2AndLegacy"));
                    operation.ReportDiagnostic(Descriptors.SRM2006_LegacyClientSideEncryption.Create(
                        Locations.Head(creation),
                        ResponsibilityModel.S3,
                        "the one-argument AmazonS3CryptoConfigurationV2 constructor is obsolete and silently chooses AES-GCM without key commitment (CommitmentPolicy.ForbidEncryptAllowDecrypt)"
                            + (legacy ? " and here a legacy SecurityProfile that still decrypts the V1 formats" : string.Empty)
                            + "; state the policy with the three-argument constructor, or move to AmazonS3EncryptionClientV4 for key commitment",
                        algorithm is null ? null : Remedy.Replace(
                            Fact.New(
                                Namespace + "AmazonS3CryptoConfigurationV2",
                                new[] { legacy ? Namespace + "SecurityProfile.V2" : Fact.Moved(1), Namespace + "CommitmentPolicy.ForbidEncryptAllowDecrypt", Namespace + "ContentEncryptionAlgorithm.AesGcm" },
                                initializerAt: 0),
                            at: 0),
                        creation.Syntax.GetLocation(),
                        argument.Syntax.GetLocation()));
                }
            },
            OperationKind.ObjectCreation);

        context.RegisterOperationAction(
            operation =>
            {
                IOperation value;
                switch (operation.Operation)
                {
                    case IArgumentOperation { Parameter: { } parameter, Parent: IObjectCreationOperation creation } argument
                        when SymbolEqualityComparer.Default.Equals(parameter.Type, profile) && !(creation.Arguments.Length == 1 && SymbolEqualityComparer.Default.Equals(creation.Type, configV2)):
                        value = argument.Value;
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Type: var type } } assignment when SymbolEqualityComparer.Default.Equals(type, profile):
                        value = assignment.Value;
                        break;
                    case IArgumentOperation { Parameter: { } parameter, Parent: IObjectCreationOperation creation } argument
                        when SymbolEqualityComparer.Default.Equals(parameter.Type, policy) && SymbolEqualityComparer.Default.Equals(creation.Type, configV4):
                        CheckPolicy(operation, argument.Value, creation, policy, algorithm);
                        return;
                    default:
                        return;
                }

                foreach (var leaf in Values.Leaves(value))
                {
                    var name = IsMember(leaf, profile, "V2AndLegacy") ? "V2AndLegacy" : IsMember(leaf, profile, "V4AndLegacy") ? "V4AndLegacy" : null;
                    if (name is null)
                    {
                        continue;
                    }

                    var reported = Values.ReportedPart(leaf, value);
                    operation.ReportDiagnostic(Descriptors.SRM2006_LegacyClientSideEncryption.Create(
                        reported.Syntax.GetLocation(),
                        ResponsibilityModel.S3,
                        $"SecurityProfile.{name} keeps decrypting the legacy V1 formats (AES-CBC content, unauthenticated key wrapping) that an attacker who can write to the bucket can exploit; use SecurityProfile.{name.Substring(0, 2)} once no legacy object is left",
                        Remedy.Replace(Namespace + "SecurityProfile." + name.Substring(0, 2))));
                    if (reported == value)
                    {
                        return;
                    }
                }
            },
            OperationKind.Argument,
            OperationKind.SimpleAssignment);
    }

    /// <summary>ForbidEncryptAllowDecrypt on the V4 configuration; the fix also turns an inline AesGcm algorithm into AesGcmWithCommitment, which the constructor requires.</summary>
    private static void CheckPolicy(OperationAnalysisContext context, IOperation value, IObjectCreationOperation creation, INamedTypeSymbol policy, INamedTypeSymbol? algorithm)
    {
        var leaf = Values.Leaves(value).FirstOrDefault(l => IsMember(l, policy, "ForbidEncryptAllowDecrypt"));
        if (leaf is null)
        {
            return;
        }

        var reported = Values.ReportedPart(leaf, value);
        var algorithmArgument = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "contentEncryptionAlgorithm")?.Value;
        var algorithmLeaf = algorithmArgument is null || algorithm is null ? null : Values.Leaves(algorithmArgument).ToList() is { Count: 1 } leaves && IsMember(leaves[0], algorithm, "AesGcm") ? leaves[0] : null;
        var fixable = reported == leaf && algorithmLeaf is not null && Values.ReportedPart(algorithmLeaf, algorithmArgument!) == algorithmLeaf;
        const string Finding = "CommitmentPolicy.ForbidEncryptAllowDecrypt makes the V4 client encrypt without key commitment, so a tampered instruction file can swap the data key; use RequireEncryptAllowDecrypt (it still reads objects written without commitment) with ContentEncryptionAlgorithm.AesGcmWithCommitment";
        if (!fixable)
        {
            context.ReportDiagnostic(Descriptors.SRM2006_LegacyClientSideEncryption.Create(reported.Syntax.GetLocation(), ResponsibilityModel.S3, Finding));
            return;
        }

        context.ReportDiagnostic(Descriptors.SRM2006_LegacyClientSideEncryption.Create(
            reported.Syntax.GetLocation(),
            ResponsibilityModel.S3,
            Finding,
            Remedy.Replace(Namespace + "CommitmentPolicy.RequireEncryptAllowDecrypt").AndReplace(0, Namespace + "ContentEncryptionAlgorithm.AesGcmWithCommitment"),
            Values.WithCasts(algorithmLeaf!).Syntax.GetLocation()));
    }

    /// <summary>True when a leaf is the enum member <paramref name="name"/> of <paramref name="type"/>, by name or by value.</summary>
    private static bool IsMember(IOperation leaf, INamedTypeSymbol type, string name) =>
        Values.MemberName(leaf, type) == name
        || (type.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault() is { } member && Values.IsEnumMember(leaf, member));
}
