using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionAtRest;

/// <summary>
/// SRM2105: <c>PutParameterRequest.Type</c> is ParameterType.String or StringList while the request's Name (a
/// compile-time string) is named like a secret (password, secret, token, API key, private key, connection string,
/// credentials …) or its Value certainly contains an AWS access key id or a written-out password= value.
/// Fix: ParameterType.SecureString.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlainSecretParameterAnalyzer : ResponsibilityAnalyzer
{
    public PlainSecretParameterAnalyzer()
        : base(Descriptors.SRM2105_SecretInPlainParameter)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.ParameterType] is not { } parameterType)
        {
            return;
        }

        RequestChecks.OnAssignment(context, types.Present(AwsType.PutParameterRequest), "Type", (operation, target, value) =>
        {
            foreach (var leaf in Values.Leaves(value))
            {
                if (Values.MemberName(leaf, parameterType) is not ("String" or "StringList") || RequestState.OfAssignmentTarget(target) is not { } request
                    || Evidence(request) is not { } evidence)
                {
                    continue;
                }

                var site = Locations.Inside(operation.Operation, Values.WithCasts(leaf), value);
                operation.ReportDiagnostic(Descriptors.SRM2105_SecretInPlainParameter.Create(
                    site.Location,
                    ResponsibilityModel.Ssm,
                    $"{evidence}, but Type {Values.MemberName(leaf, parameterType)} stores it unencrypted and shows it in plain text to anyone allowed to read the parameter; use ParameterType.SecureString, which encrypts it with KMS",
                    Remedy.Replace("Amazon.SimpleSystemsManagement.ParameterType.SecureString"),
                    site.Additional));
            }
        });
    }

    /// <summary>Why the parameter holds a secret: its name, or what its value contains; null when neither shows it.</summary>
    private static string? Evidence(RequestState request)
    {
        if (request.ConstantString("Name") is { } name && Secrets.InName(name) is { } word)
        {
            return $"the parameter {name} is named like {English.WithArticle(word)}";
        }

        var secret = request["Value"] is { } value
            ? Values.Leaves(value).SelectMany(Values.ConstantParts).Select(text => Secrets.InText(text)).FirstOrDefault(found => found is not null)
            : null;
        return secret is null ? null : $"the parameter's value holds {secret}";
    }
}
