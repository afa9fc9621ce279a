using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionInTransit;

/// <summary>
/// SRM3002: <c>GetPreSignedUrlRequest.Protocol = Protocol.HTTP</c> (or the same value cast from its number), which
/// makes the presigned URL an http:// URL. Fix: Protocol.HTTPS.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PresignedUrlOverHttpAnalyzer : ResponsibilityAnalyzer
{
    public PresignedUrlOverHttpAnalyzer()
        : base(Descriptors.SRM3002_PresignedUrlOverHttp)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.GetPreSignedUrlRequest] is not { } request
            || types[AwsType.S3Protocol]?.GetMembers("HTTP").OfType<IFieldSymbol>().FirstOrDefault() is not { } http)
        {
            return;
        }

        var endpoints = ClientEndpoints.For(types);
        context.RegisterOperationAction(
            operation =>
            {
                var assignment = (ISimpleAssignmentOperation)operation.Operation;
                if (assignment.Target is not IPropertyReferenceOperation target || !Symbols.Is(target.Property, request, "Protocol"))
                {
                    return;
                }

                foreach (var leaf in Values.Leaves(assignment.Value))
                {
                    if (Values.IsEnumMember(leaf, http) && !endpoints.IsWrittenForNotAws(assignment, operation.Options))
                    {
                        var site = Locations.Inside(assignment, Values.WithCasts(leaf), assignment.Value);
                        operation.ReportDiagnostic(Descriptors.SRM3002_PresignedUrlOverHttp.Create(
                            site.Location,
                            ResponsibilityModel.S3,
                            "Protocol.HTTP makes the presigned URL an http:// URL, so the object and the URL's signature cross the network unencrypted; use Protocol.HTTPS",
                            Remedy.Replace("Amazon.S3.Protocol.HTTPS"),
                            site.Additional));
                    }
                }
            },
            OperationKind.SimpleAssignment);
    }
}
