using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.Platform;

/// <summary>
/// SRM7004: the Runtime of CreateFunctionRequest or UpdateFunctionConfigurationRequest is one AWS has deprecated
/// (the table in <see cref="LambdaRuntimes"/>). No fix: a new runtime needs the function rebuilt and tested for it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeprecatedLambdaRuntimeAnalyzer() : PropertyRuleAnalyzer(Row)
{
    private static PropertyRule Row => new(
        Descriptors.SRM7004_DeprecatedLambdaRuntime,
        ResponsibilityModel.Lambda,
        property: "Runtime",
        holders: ImmutableArray.Create(AwsType.CreateFunctionRequest, AwsType.UpdateFunctionConfigurationRequest),
        valueType: AwsType.LambdaRuntime,
        unsafeValue: (value, _) => LambdaRuntimes.Deprecated(value) is var (identifier, deprecated)
            ? $"the runtime {identifier} is deprecated since {deprecated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: Lambda no longer patches it, and creating or updating functions on it gets blocked; move the function to a supported runtime such as {LambdaRuntimes.Successor(identifier)}"
            : null,
        safeValue: null);
}
