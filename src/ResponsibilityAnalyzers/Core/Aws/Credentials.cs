using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// The SDK constructors that take an access key pair (BasicAWSCredentials, SessionAWSCredentials, the key-pair
/// overloads of every service client, TransferUtility and the encryption clients), recognised by their parameter
/// names so that any AWS type with such an overload is covered.
/// </summary>
internal static class Credentials
{
    private static readonly ImmutableHashSet<string> AccessKeyNames = ImmutableHashSet.Create("accessKey", "awsAccessKeyId");
    private static readonly ImmutableHashSet<string> SecretKeyNames = ImmutableHashSet.Create("secretKey", "awsSecretAccessKey");
    private static readonly ImmutableHashSet<string> TokenNames = ImmutableHashSet.Create("token", "awsSessionToken");

    /// <summary>True when <paramref name="symbol"/> is declared in the AWS SDK's namespaces (Amazon, Amazon.*).</summary>
    public static bool IsAwsApi(ISymbol? symbol)
    {
        var ns = symbol?.ContainingType?.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { Name: "Amazon" };
    }

    /// <summary>True when <paramref name="symbol"/> is declared in the AWS CDK's namespaces (Amazon.CDK, Amazon.CDK.*).</summary>
    public static bool IsCdkApi(ISymbol? symbol)
    {
        var ns = symbol?.ContainingType?.ContainingNamespace;
        while (ns is { ContainingNamespace.ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { Name: "CDK", ContainingNamespace: { Name: "Amazon", ContainingNamespace.IsGlobalNamespace: true } };
    }

    /// <summary>The argument given for the secret access key, when <paramref name="method"/> is an AWS constructor that takes one.</summary>
    public static IArgumentOperation? SecretKey(IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments) =>
        method is { MethodKind: MethodKind.Constructor } && IsAwsApi(method) && method.Parameters.Any(p => AccessKeyNames.Contains(p.Name))
            ? arguments.FirstOrDefault(a => a.Parameter is { } p && SecretKeyNames.Contains(p.Name))
            : null;

    /// <summary>The argument given for the access key ID, when there is one.</summary>
    public static IArgumentOperation? AccessKey(ImmutableArray<IArgumentOperation> arguments) =>
        arguments.FirstOrDefault(a => a.Parameter is { } p && AccessKeyNames.Contains(p.Name));

    /// <summary>True when the constructor also takes a session token: the keys are temporary ones.</summary>
    public static bool TakesSessionToken(IMethodSymbol method) => method.Parameters.Any(p => TokenNames.Contains(p.Name));

    /// <summary>True for the parameters that carry the key pair or its token (what the fix removes).</summary>
    public static bool IsKeyParameter(IParameterSymbol? parameter) =>
        parameter is not null && (AccessKeyNames.Contains(parameter.Name) || SecretKeyNames.Contains(parameter.Name) || TokenNames.Contains(parameter.Name));
}
