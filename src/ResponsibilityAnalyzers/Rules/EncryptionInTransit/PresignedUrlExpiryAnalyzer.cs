using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionInTransit;

/// <summary>
/// SRM3003: <c>GetPreSignedUrlRequest.Expires</c> set to "now + a duration" the compiler can work out (see
/// <see cref="Durations"/>), or DateTime.MaxValue, when that duration is longer than srm.presigned_url_max_expiry
/// (7 days by default). Fix: the maximum, by changing only the literal argument of AddDays/AddHours/… when the
/// maximum is a whole number of that unit, otherwise by writing <c>DateTime.UtcNow.AddXxx(max)</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PresignedUrlExpiryAnalyzer : ResponsibilityAnalyzer
{
    /// <summary>The longest SigV4 can sign; past it the AWS SDK falls back to SigV2 where a Region still takes it.</summary>
    private static readonly long SigV4Limit = TimeSpan.FromDays(7).Ticks;

    public PresignedUrlExpiryAnalyzer()
        : base(Descriptors.SRM3003_PresignedUrlExpiryTooLong)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.GetPreSignedUrlRequest] is not { } request)
        {
            return;
        }

        var durations = new Durations(context.Compilation, types);
        var endpoints = ClientEndpoints.For(types);
        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation target || !Symbols.Is(target.Property, request, "Expires"))
                {
                    return;
                }

                var max = SrmOptions.PresignedUrlMaxExpiry.Get(operation.Options, assignment.Syntax.SyntaxTree).Ticks;
                foreach (var leaf in Values.Leaves(assignment.Value))
                {
                    if (durations.FromNow(leaf) is not { } ticks || ticks <= max || endpoints.IsWrittenForNotAws(assignment, operation.Options))
                    {
                        continue;
                    }

                    var lifetime = ticks == Durations.Forever ? "DateTime.MaxValue (the URL never expires)" : Durations.Describe(ticks) + " from now";
                    var sigV2 = ticks > SigV4Limit
                        ? ", and past 7 days the AWS SDK (v3 and v4) silently signs it with SigV2 instead of SigV4 in Regions that still accept SigV2 (and throws in the others)"
                        : string.Empty;
                    var site = Locations.Inside(assignment, leaf, assignment.Value);
                    operation.ReportDiagnostic(Descriptors.SRM3003_PresignedUrlExpiryTooLong.Create(
                        site.Location,
                        ResponsibilityModel.S3,
                        $"Expires is {lifetime}, longer than the maximum of {Durations.Describe(max)} (srm.presigned_url_max_expiry); the URL is a bearer credential for all that time{sigV2}",
                        site.Moved ? null : Clamp(leaf, max, durations),
                        site.Additional));
                }
            },
            OperationKind.SimpleAssignment);
    }

    /// <summary>
    /// The fix: <c>AddDays(30)</c> → <c>AddDays(7)</c> when the argument is a literal and the rest of the expiry leaves
    /// a whole number of days; anything else becomes <c>DateTime.UtcNow.AddDays(7)</c> (in the largest whole unit).
    /// </summary>
    private static Remedy Clamp(IOperation leaf, long max, Durations durations)
    {
        if (leaf is IInvocationOperation { Instance: { } instance, Arguments.Length: 1 } call
            && Durations.UnitOf(call.TargetMethod) is { } unit
            && Values.Unwrap(call.Arguments[0].Value) is ILiteralOperation
            && durations.FromNow(instance) is { } before and not Durations.Forever
            && max - before is var remaining and >= 0
            && remaining % unit == 0)
        {
            return Remedy.ReplaceArgument(0, (remaining / unit).ToString(CultureInfo.InvariantCulture));
        }

        return Remedy.Replace(Durations.NowPlus(max));
    }
}
