using System.Linq;
using System.Collections.Immutable;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionAtRest;

/// <summary>
/// SRM2101: an EBS volume created without <c>Encrypted = true</c> — a CreateVolumeRequest, or the EbsBlockDevice of a
/// block device mapping a RunInstancesRequest lists — whose Encrypted is false, null or never set. Silent when
/// srm.ebs_encryption_by_default says the account encrypts every new volume. Fix: Encrypted = true, plus
/// KmsKeyId = the expression in srm.ebs_kms_key_id when one is configured and the request has no KmsKeyId.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnencryptedEbsVolumeAnalyzer : ResponsibilityAnalyzer
{
    /// <summary>The CDK form: a Volume or CfnVolume without Encrypted = true (or an EncryptionKey; a CfnVolume from a snapshot takes the snapshot's), an instance's block device from BlockDeviceVolume.Ebs(…) without it.</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(
        ConstructRule.MustBeTrue(
            Descriptors.SRM2101_UnencryptedEbsVolume,
            ResponsibilityModel.Ebs,
            AwsType.CdkVolume,
            AwsType.CdkVolumeProps,
            "Encrypted",
            volume => $"the CDK {volume} is declared without Encrypted = true: its data and snapshots are unencrypted, unless the account encrypts new volumes by default",
            notRequired: state => state.IsSet("EncryptionKey")),
        ConstructRule.MustBeTrue(
            Descriptors.SRM2101_UnencryptedEbsVolume,
            ResponsibilityModel.Ebs,
            AwsType.CdkBlockDeviceVolume,
            AwsType.CdkEbsDeviceOptions,
            "Encrypted",
            _ => "the CDK block device's EbsDeviceOptions do not set Encrypted = true: the instance's volume and its snapshots are unencrypted, unless the account encrypts new volumes by default",
            notRequired: state => state.IsSet("KmsKey")),
        ConstructRule.MustBeTrue(
            Descriptors.SRM2101_UnencryptedEbsVolume,
            ResponsibilityModel.Ebs,
            AwsType.CdkCfnVolume,
            AwsType.CdkCfnVolumeProps,
            "Encrypted",
            volume => $"the CDK {volume} is declared without Encrypted = true: its data and snapshots are unencrypted, unless the account encrypts new volumes by default",
            notRequired: state => state.IsSet("SnapshotId")));

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    private protected override void RegisterConstructs(CompilationStartAnalysisContext context, AwsTypes types)
    {
        base.RegisterConstructs(context, types);
        if (types[AwsType.CdkBlockDeviceVolume] is not { } blockDeviceVolume)
        {
            return;
        }

        // BlockDeviceVolume.Ebs(size) with no options: the volume is unencrypted.
        CdkOperations.Register(
            context,
            types,
            operation =>
            {
                var call = (Microsoft.CodeAnalysis.Operations.IInvocationOperation)operation.Operation;
                if (call.TargetMethod is not { IsStatic: true, Name: "Ebs" } method
                    || !SymbolEqualityComparer.Default.Equals(method.ContainingType, blockDeviceVolume)
                    || call.Arguments.Length != 2
                    || !(call.Arguments[1].ArgumentKind == Microsoft.CodeAnalysis.Operations.ArgumentKind.DefaultValue
                         || Values.TryGetConstant(call.Arguments[1].Value, out var options) && options is null))
                {
                    return;
                }

                // The size moves with its comments; a comment anywhere else in the call would be lost.
                var size = call.Arguments[0].Value.Syntax;
                var plain = !call.Syntax.DescendantTrivia().Any(trivia => (trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.MultiLineCommentTrivia))
                    && !size.FullSpan.Contains(trivia.Span));
                operation.ReportDiagnostic(Descriptors.SRM2101_UnencryptedEbsVolume.Create(
                    call.Syntax.GetLocation(),
                    ResponsibilityModel.Ebs,
                    "BlockDeviceVolume.Ebs(…) without EbsDeviceOptions gives the CDK instance an unencrypted volume, unless the account encrypts new volumes by default",
                    plain ? Remedy.Replace(Fact.Call("global::Amazon.CDK.AWS.EC2.BlockDeviceVolume.Ebs", Fact.Moved(0), Fact.New("global::Amazon.CDK.AWS.EC2.EbsDeviceOptions", members: new[] { ("Encrypted", Fact.Code("true")) }))) : null,
                    plain ? new[] { size.GetLocation() } : System.Array.Empty<Location>()));
            },
            OperationKind.Invocation);
    }

    private const string Encrypted = nameof(Encrypted);
    private const string KmsKeyId = nameof(KmsKeyId);
    private const string Volume = "the volume and every snapshot of it are stored unencrypted";
    private const string InstanceVolume = "the instance's volume and every snapshot of it are stored unencrypted";

    private static readonly (string, string)[] NoKey = System.Array.Empty<(string, string)>();

    public UnencryptedEbsVolumeAnalyzer()
        : base(Descriptors.SRM2101_UnencryptedEbsVolume)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var volumes = types.Present(AwsType.CreateVolumeRequest);
        RequestChecks.OnAssignment(context, volumes, Encrypted, (operation, target, value) => CheckValue(operation, RequestState.OfAssignmentTarget(target), value, Volume, value));
        RequestChecks.OnCreation(context, volumes, (operation, creation, volume) => CheckMissing(operation, volume, Volume));

        // A launch's block devices: reported from the request, as only a mapping it lists becomes a volume; a device
        // built before the request is reported where the request lists it.
        RequestChecks.OnCreation(context, types.Present(AwsType.RunInstancesRequest), (operation, creation, request) =>
        {
            if (request["BlockDeviceMappings"] is not { } mappings)
            {
                return;
            }

            foreach (var mapping in Values.Elements(mappings))
            {
                if (RequestState.OfValue(mapping)?["Ebs"] is { } ebs && RequestState.OfValue(ebs) is { } device)
                {
                    if (device[Encrypted] is { } value)
                    {
                        CheckValue(operation, device, value, InstanceVolume, value, ebs, mapping, mappings);
                    }

                    CheckMissing(operation, device, InstanceVolume, ebs, mapping, mappings);
                }
            }
        });
    }

    /// <summary>Reports each false or null <paramref name="value"/> can be; <paramref name="path"/>: how the operation analyzed reaches the value (see <see cref="Locations.Inside(IOperation, IOperation, IOperation?[])"/>).</summary>
    private static void CheckValue(OperationAnalysisContext operation, RequestState? volume, IOperation value, string consequence, params IOperation[] path)
    {
        if (EncryptedByDefault(operation))
        {
            return;
        }

        // The key goes into the same initializer only when the value is written right there.
        var key = volume is not null && value.Parent?.Parent is IObjectOrCollectionInitializerOperation ? Key(operation, volume) : NoKey;
        foreach (var leaf in Values.FalseOrNullLeaves(value))
        {
            var site = Locations.Inside(operation.Operation, leaf, path);
            operation.ReportDiagnostic(Descriptors.SRM2101_UnencryptedEbsVolume.Create(
                site.Location,
                ResponsibilityModel.Ebs,
                $"Encrypted = {(Values.IsFalse(leaf) ? "false" : "null")}: {consequence}",
                Remedy.Replace("true").AndSet(Values.Unwrap(value) == leaf ? key : NoKey).At(site),
                site.Additional));
        }
    }

    private static void CheckMissing(OperationAnalysisContext operation, RequestState volume, string consequence, params IOperation[] path)
    {
        if (volume.Creation is { } creation && !EncryptedByDefault(operation) && volume.IsMissing(Encrypted))
        {
            var added = new List<(string, string)> { (Encrypted, "true") };
            added.AddRange(Key(operation, volume));
            var site = Locations.Inside(operation.Operation, Locations.Head(creation), path);
            operation.ReportDiagnostic(Descriptors.SRM2101_UnencryptedEbsVolume.Create(
                site.Location,
                ResponsibilityModel.Ebs,
                $"{creation.Type?.Name} does not set Encrypted = true, so {consequence}",
                Remedy.Set(added.ToArray()).At(site),
                site.Additional));
        }
    }

    private static bool EncryptedByDefault(OperationAnalysisContext operation) =>
        SrmOptions.EbsEncryptionByDefault.Get(operation.Options, operation.Operation.Syntax.SyntaxTree);

    /// <summary>KmsKeyId = the configured key expression, when there is one and the volume has no key yet.</summary>
    private static (string, string)[] Key(OperationAnalysisContext operation, RequestState volume) =>
        SrmOptions.EbsKmsKeyId.Get(operation.Options, operation.Operation.Syntax.SyntaxTree) is { } key && !volume.IsSet(KmsKeyId)
            ? new[] { (KmsKeyId, key) }
            : NoKey;
}
