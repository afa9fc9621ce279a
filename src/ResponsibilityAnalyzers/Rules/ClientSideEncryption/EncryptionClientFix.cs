using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.Rules.ClientSideEncryption;

/// <summary>
/// SRM2001's remedy: the C# that replaces <c>new AmazonS3Client(…)</c> with the S3 Encryption Client using KMS
/// materials for the key in srm.kms_key_id: <c>AmazonS3EncryptionClientV4</c> with the default (key-committing)
/// <c>AmazonS3CryptoConfigurationV4</c> when the V4 types are in the compilation, else <c>AmazonS3EncryptionClientV2</c>.
/// The original credentials, region and an inline <c>new AmazonS3Config { … }</c> are carried over; any other
/// argument shape gets no fix.
/// </summary>
internal sealed class EncryptionClientFix
{
    private const string Namespace = "global::Amazon.Extensions.S3.Encryption.";

    private readonly AwsTypes _types;

    public EncryptionClientFix(AwsTypes types) => _types = types;

    private bool HasV4 => _types.AllPresent(AwsType.AmazonS3EncryptionClientV4, AwsType.AmazonS3CryptoConfigurationV4, AwsType.EncryptionMaterialsV4, AwsType.KmsType);

    private bool HasV2 => _types.AllPresent(AwsType.AmazonS3EncryptionClientV2, AwsType.EncryptionMaterialsV2, AwsType.KmsType);

    /// <summary>The replacement for <paramref name="creation"/>, or null when no encryption client is referenced, no key is configured, or the arguments do not map.</summary>
    public string? Replacement(IObjectCreationOperation creation, string? kmsKeyId)
    {
        if (kmsKeyId is null || (!HasV4 && !HasV2)
            || !SymbolEqualityComparer.Default.Equals(creation.Type, _types[AwsType.AmazonS3Client])
            || creation.Syntax is not BaseObjectCreationExpressionSyntax syntax
            || creation.Initializer is not null)
        {
            return null;
        }

        var v4 = HasV4;
        var version = v4 ? "V4" : "V2";
        if (syntax.ArgumentList?.Arguments.Any(argument => argument.NameColon is not null) == true)
        {
            return null;
        }

        var arguments = new List<string>();
        string? config = null;
        foreach (var argument in creation.Arguments)
        {
            var type = argument.Parameter?.Type;
            var text = argument.Value.Syntax.ToString();
            if (type?.Name == "AmazonS3Config")
            {
                if ((config = CryptoConfiguration(argument.Value, type, v4)) is null)
                {
                    return null;
                }
            }
            else if (type?.Name == "RegionEndpoint" && v4)
            {
                config = $"new {Namespace}AmazonS3CryptoConfigurationV4 {{ RegionEndpoint = {text} }}";
            }
            else if (type?.Name is "RegionEndpoint" or "AWSCredentials" or "String")
            {
                arguments.Add(text);
            }
            else
            {
                return null;
            }
        }

        if (v4)
        {
            arguments.Add(config ?? $"new {Namespace}AmazonS3CryptoConfigurationV4()");
        }
        else if (config is not null)
        {
            arguments.Add(config);
        }

        arguments.Add($"new {Namespace}EncryptionMaterials{version}({kmsKeyId}, {Namespace}Primitives.KmsType.KmsContext)");
        return $"new {Namespace}AmazonS3EncryptionClient{version}({string.Join(", ", arguments)})";
    }

    /// <summary>An inline <c>new AmazonS3Config { … }</c> as the crypto configuration with the same initializer; null for a config built elsewhere.</summary>
    private string? CryptoConfiguration(IOperation value, ITypeSymbol configType, bool v4)
    {
        if (Values.Unwrap(value) is not IObjectCreationOperation { Arguments.Length: 0, Syntax: BaseObjectCreationExpressionSyntax inline } creation
            || !SymbolEqualityComparer.Default.Equals(creation.Type, configType))
        {
            return null;
        }

        var initializer = inline.Initializer is { } init ? " " + init.ToString() : null;
        if (v4)
        {
            return $"new {Namespace}AmazonS3CryptoConfigurationV4{initializer ?? "()"}";
        }

        return _types.AllPresent(AwsType.AmazonS3CryptoConfigurationV2, AwsType.SecurityProfile, AwsType.CommitmentPolicy, AwsType.ContentEncryptionAlgorithm)
            ? $"new {Namespace}AmazonS3CryptoConfigurationV2({Namespace}SecurityProfile.V2, {Namespace}CommitmentPolicy.ForbidEncryptAllowDecrypt, {Namespace}ContentEncryptionAlgorithm.AesGcm){initializer}"
            : null;
    }
}
