using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Credentials;

/// <summary>
/// SRM6101: <c>RunInstancesRequest.UserData</c> written in source — a string the compiler knows (also Base64 text,
/// decoded), the literal parts of an interpolated string or concatenation, or
/// <c>Convert.ToBase64String(Encoding.X.GetBytes(…))</c> of such a string — that contains an AWS access key id
/// (AKIA/ASIA + 16 letters or digits, not a placeholder) or a written-out <c>password=</c> / <c>aws_secret_access_key=</c>
/// value. Windows user data in PowerShell (<c>&lt;powershell&gt;</c>, <c>#ps1</c>) is read as PowerShell: a variable given
/// a command's result fetches its secret at boot, a quoted value, <c>-Password "…"</c> or
/// <c>ConvertTo-SecureString "…" -AsPlainText</c> writes it out (<see cref="Secrets.InText"/>).
/// No fix: the secret has to move to Secrets Manager or Parameter Store and be fetched by the instance's role.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UserDataSecretAnalyzer : ResponsibilityAnalyzer
{
    public UserDataSecretAnalyzer()
        : base(Descriptors.SRM6101_SecretInUserData)
    {
    }

    private protected override bool HasCdkForm => true;

    /// <summary>
    /// The CDK form: the commands given to <c>UserData.AddCommands(…)</c>, <c>AddOnExitCommands(…)</c> or
    /// <c>UserData.Custom(…)</c>, read as the SDK form reads a script; commands of a <c>UserData.ForWindows()</c>
    /// object are not told apart from Linux ones, unless the text says it is PowerShell.
    /// </summary>
    private protected override void RegisterConstructs(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.CdkUserData] is not { } userData)
        {
            return;
        }

        CdkOperations.Register(
            context,
            types,
            operation =>
            {
                var call = (IInvocationOperation)operation.Operation;
                if (call.TargetMethod.Name is not ("AddCommands" or "AddOnExitCommands" or "Custom") || !Symbols.DerivesFrom(call.TargetMethod.ContainingType, userData))
                {
                    return;
                }

                foreach (var argument in call.Arguments)
                {
                    var values = Values.Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } elements } ? elements.ElementValues : System.Collections.Immutable.ImmutableArray.Create(argument.Value);
                    foreach (var value in values)
                    {
                        foreach (var leaf in Values.Leaves(value))
                        {
                            var texts = Texts(leaf).ToList();
                            var powerShell = texts.Any(Secrets.IsPowerShell);
                            if (texts.Select(text => Secrets.InText(text, powerShell)).FirstOrDefault(found => found is not null) is { } secret)
                            {
                                var site = Locations.Inside(call, leaf, value);
                                operation.ReportDiagnostic(Descriptors.SRM6101_SecretInUserData.Create(
                                    site.Location,
                                    ResponsibilityModel.Ec2,
                                    $"the CDK instance's user data holds {secret}: it is in the synthesized template, and anyone allowed to describe the instance's attributes, and every process on the instance through the metadata service, can read it; have the script fetch the secret from Secrets Manager or Parameter Store with the instance's role",
                                    null,
                                    site.Additional));
                            }
                        }
                    }
                }
            },
            OperationKind.Invocation);
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var convert = types[AwsType.Convert];
        var encoding = types[AwsType.Encoding];
        RequestChecks.OnAssignment(context, types.Present(AwsType.RunInstancesRequest), "UserData", (operation, _, value) =>
        {
            foreach (var leaf in Values.Leaves(value))
            {
                var texts = Texts(Script(leaf, convert, encoding)).ToList();
                var powerShell = texts.Any(Secrets.IsPowerShell);
                foreach (var text in texts)
                {
                    if (Secrets.InText(text, powerShell) is { } secret)
                    {
                        var site = Locations.Inside(operation.Operation, leaf, value);
                        operation.ReportDiagnostic(Descriptors.SRM6101_SecretInUserData.Create(
                            site.Location,
                            ResponsibilityModel.Ec2,
                            $"the user data holds {secret}: anyone allowed to describe the instance's attributes, and every process on the instance through the metadata service, can read it; have the script fetch the secret from Secrets Manager or Parameter Store with the instance's role",
                            null,
                            site.Additional));
                        break;
                    }
                }
            }
        });
    }

    /// <summary>The string a user data value encodes: the argument of Convert.ToBase64String(Encoding.X.GetBytes(script)), or the value itself.</summary>
    private static IOperation Script(IOperation leaf, INamedTypeSymbol? convert, INamedTypeSymbol? encoding) =>
        leaf is IInvocationOperation { TargetMethod: { Name: "ToBase64String", ContainingType: var type }, Arguments: { Length: >= 1 } toBase64 }
        && SymbolEqualityComparer.Default.Equals(type, convert)
        && Values.Unwrap(toBase64[0].Value) is IInvocationOperation { TargetMethod: { Name: "GetBytes" } getBytes, Arguments: { Length: >= 1 } bytes }
        && Symbols.DerivesFrom(getBytes.ContainingType, encoding)
            ? bytes[0].Value
            : leaf;

    /// <summary>Every piece of text the script certainly contains, and the decoding of each piece that is Base64.</summary>
    private static IEnumerable<string> Texts(IOperation script)
    {
        foreach (var leaf in Values.Leaves(script))
        {
            foreach (var part in Values.ConstantParts(leaf))
            {
                yield return part;
                if (Decode(part) is { } decoded)
                {
                    yield return decoded;
                }
            }
        }
    }

    private static string? Decode(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 8 || trimmed.Length % 4 != 0)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(trimmed));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
