using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.Rules.ClientSideEncryption;

/// <summary>
/// SRM2001's remedy: the facts of what replaces <c>new AmazonS3Client(…)</c> with the S3 Encryption Client using KMS
/// materials for the key in srm.kms_key_id: <c>AmazonS3EncryptionClientV4</c> with the default (key-committing)
/// <c>AmazonS3CryptoConfigurationV4</c> when the V4 types are in the compilation, else <c>AmazonS3EncryptionClientV2</c>.
/// The original credentials and region move, and an inline <c>new AmazonS3Config { … }</c> gives its initializer to the
/// crypto configuration, as the user's nodes (their comments kept); any other argument shape gets no fix.
/// </summary>
internal sealed class EncryptionClientFix
{
    private const string Namespace = "global::Amazon.Extensions.S3.Encryption.";

    private readonly AwsTypes _types;

    public EncryptionClientFix(AwsTypes types) => _types = types;

    private bool HasV4 => _types.AllPresent(AwsType.AmazonS3EncryptionClientV4, AwsType.AmazonS3CryptoConfigurationV4, AwsType.EncryptionMaterialsV4, AwsType.KmsType);

    private bool HasV2 => _types.AllPresent(AwsType.AmazonS3EncryptionClientV2, AwsType.EncryptionMaterialsV2, AwsType.KmsType);

    /// <summary>
    /// The replacement for <paramref name="creation"/> and the locations it uses: the creation, then each user expression
    /// it moves; null when no encryption client is referenced, no key is configured, or the arguments do not map.
    /// </summary>
    public (Fact Client, Location[] Locations)? Replacement(IObjectCreationOperation creation, string? kmsKeyId)
    {
        if (kmsKeyId is null || (!HasV4 && !HasV2)
            || !SymbolEqualityComparer.Default.Equals(creation.Type, _types[AwsType.AmazonS3Client])
            || creation.Syntax is not BaseObjectCreationExpressionSyntax syntax
            || creation.Initializer is not null
            || syntax.ArgumentList?.Arguments.Any(argument => argument.NameColon is not null) == true)
        {
            return null;
        }

        var v4 = HasV4;
        var version = v4 ? "V4" : "V2";
        var locations = new List<Location> { syntax.GetLocation() };
        var arguments = new List<Fact>();
        Fact? config = null;
        foreach (var argument in creation.Arguments)
        {
            var type = argument.Parameter?.Type;
            var moved = Fact.Moved(locations.Count);
            locations.Add(argument.Value.Syntax.GetLocation());
            if (type?.Name == "AmazonS3Config")
            {
                if ((config = CryptoConfiguration(argument.Value, type, v4, locations)) is null)
                {
                    return null;
                }
            }
            else if (type?.Name == "RegionEndpoint" && v4)
            {
                config = Fact.New(Namespace + "AmazonS3CryptoConfigurationV4", members: new[] { ("RegionEndpoint", moved) });
            }
            else if (type?.Name is "RegionEndpoint" or "AWSCredentials" or "String")
            {
                arguments.Add(moved);
            }
            else
            {
                return null;
            }
        }

        if (v4 || config is not null)
        {
            arguments.Add(config ?? Fact.New(Namespace + "AmazonS3CryptoConfigurationV4"));
        }

        arguments.Add(Fact.New(Namespace + "EncryptionMaterials" + version, new Fact[] { kmsKeyId, Namespace + "Primitives.KmsType.KmsContext" }));
        return (Fact.New(Namespace + "AmazonS3EncryptionClient" + version, arguments), locations.ToArray());
    }

    /// <summary>An inline <c>new AmazonS3Config { … }</c> as the crypto configuration that takes its initializer (its location added to <paramref name="locations"/>); null for a config built elsewhere.</summary>
    private Fact? CryptoConfiguration(IOperation value, ITypeSymbol configType, bool v4, List<Location> locations)
    {
        if (Values.Unwrap(value) is not IObjectCreationOperation { Arguments.Length: 0, Syntax: BaseObjectCreationExpressionSyntax inline } creation
            || !SymbolEqualityComparer.Default.Equals(creation.Type, configType))
        {
            return null;
        }

        locations.Add(inline.GetLocation());
        if (v4)
        {
            return Fact.New(Namespace + "AmazonS3CryptoConfigurationV4", initializerAt: locations.Count - 1);
        }

        return _types.AllPresent(AwsType.AmazonS3CryptoConfigurationV2, AwsType.SecurityProfile, AwsType.CommitmentPolicy, AwsType.ContentEncryptionAlgorithm)
            ? Fact.New(
                Namespace + "AmazonS3CryptoConfigurationV2",
                new Fact[] { Namespace + "SecurityProfile.V2", Namespace + "CommitmentPolicy.ForbidEncryptAllowDecrypt", Namespace + "ContentEncryptionAlgorithm.AesGcm" },
                initializerAt: locations.Count - 1)
            : null;
    }
}
