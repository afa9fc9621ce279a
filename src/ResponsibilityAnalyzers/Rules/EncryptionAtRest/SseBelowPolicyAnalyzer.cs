using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.EncryptionAtRest;

/// <summary>
/// SRM2004, silent unless configured: S3 encrypts every new object with SSE-S3 since January 2023 and DynamoDB always
/// encrypts at rest, so only a stricter policy makes a finding. With srm.required_s3_sse, a PutObject, CopyObject,
/// InitiateMultipartUpload or TransferUtility upload request created in the method whose ServerSideEncryptionMethod is
/// unset or weaker. With srm.required_dynamodb_key, a CreateTable whose SSESpecification leaves the table on a weaker
/// key, or an UpdateTable that moves it to one (a disabled SSESpecification on UpdateTable is SRM2005's). The bucket
/// default (PutBucketEncryption) is SRM2003's. Fix: the required method (+ the srm.kms_key_id key), or an
/// SSESpecification with a KMS key. CDK form: a DynamoDB Table or TableV2 whose Encryption (left out: the AWS owned
/// key) is below srm.required_dynamodb_key, or a CfnTable whose SseSpecification is (left out or SseEnabled false: the
/// AWS owned key; enabled without KmsMasterKeyId: the AWS managed key); fix: the required kind, where the CDK needs no
/// key from the user.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SseBelowPolicyAnalyzer : ResponsibilityAnalyzer
{
    private const string SseProperty = "ServerSideEncryptionMethod";
    private const string AwsManagedAlias = "alias/aws/dynamodb";

    /// <summary>The CDK form: per table construct, one row per key kind srm.required_dynamodb_key can ask for above the AWS owned key.</summary>
    private static readonly ImmutableArray<ConstructRule> CdkRows = ImmutableArray.Create(
        Table(DynamoDbKey.AwsManaged),
        Table(DynamoDbKey.CustomerManaged),
        TableV2(DynamoDbKey.AwsManaged),
        TableV2(DynamoDbKey.CustomerManaged),
        CfnTable(DynamoDbKey.AwsManaged),
        CfnTable(DynamoDbKey.CustomerManaged),
        CfnSseEnabled(DynamoDbKey.AwsManaged),
        CfnSseEnabled(DynamoDbKey.CustomerManaged),
        CfnKmsMasterKey());

    private protected override ImmutableArray<ConstructRule> Constructs => CdkRows;

    /// <summary>
    /// Table: TableEncryption DEFAULT, AWS_MANAGED or CUSTOMER_MANAGED (the CDK creates a key when none is given, so the
    /// fix needs none); left out, the AWS owned key unless an EncryptionKey or the old ServerSideEncryption flag says otherwise.
    /// </summary>
    private static ConstructRule Table(DynamoDbKey required) => CdkTableRow(
        required,
        AwsType.CdkTable,
        AwsType.CdkTableProps,
        AwsType.CdkTableEncryption,
        member => member switch { "DEFAULT" => DynamoDbKey.AwsOwned, "AWS_MANAGED" => DynamoDbKey.AwsManaged, "CUSTOMER_MANAGED" => DynamoDbKey.CustomerManaged, _ => null },
        ("TableEncryption.", string.Empty),
        "global::Amazon.CDK.AWS.DynamoDB.TableEncryption." + (required == DynamoDbKey.AwsManaged ? "AWS_MANAGED" : "CUSTOMER_MANAGED"),
        state => state.IsSet("EncryptionKey") || state.IsSet("ServerSideEncryption"));

    /// <summary>TableV2: TableEncryptionV2.DynamoOwnedKey(), AwsManagedKey() or CustomerManagedKey(key); a customer managed key has no fix (its key is the owner's).</summary>
    private static ConstructRule TableV2(DynamoDbKey required) => CdkTableRow(
        required,
        AwsType.CdkTableV2,
        AwsType.CdkTablePropsV2,
        AwsType.CdkTableEncryptionV2,
        member => member switch { "DynamoOwnedKey" => DynamoDbKey.AwsOwned, "AwsManagedKey" => DynamoDbKey.AwsManaged, "CustomerManagedKey" => DynamoDbKey.CustomerManaged, _ => null },
        ("TableEncryptionV2.", "()"),
        required == DynamoDbKey.AwsManaged ? "global::Amazon.CDK.AWS.DynamoDB.TableEncryptionV2.AwsManagedKey()" : null,
        null);

    /// <summary>CfnTable: SseSpecification left out (or null) is CloudFormation's default, the AWS owned key; enabling SSE gives the AWS managed key and needs no key from the user.</summary>
    private static ConstructRule CfnTable(DynamoDbKey required) => new(
        Descriptors.SRM2004_SseBelowPolicy,
        ResponsibilityModel.DynamoDB,
        AwsType.CdkCfnTable,
        AwsType.CdkCfnTableProps,
        "SseSpecification",
        null,
        (value, _) => value == "null" ? $"SseSpecification = null keeps the CDK CfnTable on {Describe(DynamoDbKey.AwsOwned)}, and {Requirement(required)}" : null,
        required == DynamoDbKey.AwsManaged ? Fact.New("global::Amazon.CDK.AWS.DynamoDB.CfnTable.SSESpecificationProperty", members: new[] { ("SseEnabled", Fact.Code("true")) }) : null,
        table => $"the CDK {table} leaves SseSpecification out, which keeps the table on {Describe(DynamoDbKey.AwsOwned)}, and {Requirement(required)}",
        appliesWhen: Requires(required));

    /// <summary>CfnTable.SSESpecificationProperty: SseEnabled false (or null) is the AWS owned key.</summary>
    private static ConstructRule CfnSseEnabled(DynamoDbKey required) => new(
        Descriptors.SRM2004_SseBelowPolicy,
        ResponsibilityModel.DynamoDB,
        AwsType.CdkCfnTableSse,
        AwsType.CdkCfnTableSse,
        "SseEnabled",
        null,
        (value, _) => value is "false" or "null" ? $"SseEnabled = {value}: the CDK CfnTable's SSESpecification keeps the table on {Describe(DynamoDbKey.AwsOwned)}, and {Requirement(required)}" : null,
        required == DynamoDbKey.AwsManaged ? Fact.Code("true") : null,
        appliesWhen: Requires(required));

    /// <summary>
    /// CfnTable.SSESpecificationProperty with SSE enabled: no KmsMasterKeyId (or the aws/dynamodb alias) is the AWS managed
    /// key, below a required customer managed key; no fix, the key is the owner's.
    /// </summary>
    private static ConstructRule CfnKmsMasterKey() => new(
        Descriptors.SRM2004_SseBelowPolicy,
        ResponsibilityModel.DynamoDB,
        AwsType.CdkCfnTableSse,
        AwsType.CdkCfnTableSse,
        "KmsMasterKeyId",
        null,
        (value, sse) => value is "null" or AwsManagedAlias && SseEnabled(sse)
            ? $"KmsMasterKeyId = {(value == "null" ? "null" : "\"" + value + "\"")}: the CDK CfnTable's SSESpecification puts the table on {Describe(DynamoDbKey.AwsManaged)}, and {Requirement(DynamoDbKey.CustomerManaged)}"
            : null,
        null,
        _ => $"the CDK CfnTable's SSESpecification enables SSE without a KmsMasterKeyId, which puts the table on {Describe(DynamoDbKey.AwsManaged)}, and {Requirement(DynamoDbKey.CustomerManaged)}",
        sse => !SseEnabled(sse),
        Requires(DynamoDbKey.CustomerManaged));

    /// <summary>True when the SSESpecification's SseEnabled is known to be true (a token or another value is unknown).</summary>
    private static bool SseEnabled(RequestState sse) => sse["SseEnabled"] is { } value && Values.Leaves(value).All(Values.IsTrue);

    private static System.Func<AnalyzerOptions, SyntaxTree, bool> Requires(DynamoDbKey required) =>
        (options, tree) => SrmOptions.RequiredDynamoDbKey.Get(options, tree) == required;

    private static string Requirement(DynamoDbKey required) =>
        $"srm.required_dynamodb_key = {(required == DynamoDbKey.AwsManaged ? "aws-managed" : "customer-managed")} requires {Describe(required)}";

    private static ConstructRule CdkTableRow(DynamoDbKey required, AwsType construct, AwsType props, AwsType valueType, System.Func<string, DynamoDbKey?> keyOf, (string Before, string After) written, string? fix, System.Func<RequestState, bool>? notRequired)
    {
        var requirement = Requirement(required);
        return new ConstructRule(
            Descriptors.SRM2004_SseBelowPolicy,
            ResponsibilityModel.DynamoDB,
            construct,
            props,
            "Encryption",
            valueType,
            (member, _) => keyOf(member) is { } key && key < required
                ? $"the CDK {ConstructName(props)} puts the table on {Describe(key)} ({written.Before}{member}{written.After}), and {requirement}"
                : null,
            fix is null ? null : Fact.Code(fix),
            table => $"the CDK {table} leaves Encryption out, which keeps the table on the AWS owned key, and {requirement}",
            notRequired,
            Requires(required));
    }

    private static string ConstructName(AwsType props) => props.MetadataName.Substring(props.MetadataName.LastIndexOf('.') + 1).Replace("Props", string.Empty);

    public SseBelowPolicyAnalyzer()
        : base(Descriptors.SRM2004_SseBelowPolicy)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var s3Requests = new[] { AwsType.PutObjectRequest, AwsType.CopyObjectRequest, AwsType.InitiateMultipartUploadRequest, AwsType.TransferUtilityUploadRequest, AwsType.TransferUtilityUploadDirectoryRequest }
            .Select(type => types[type]).Where(type => type is not null).ToList();
        var sseType = types[AwsType.ServerSideEncryptionMethod];
        var createTable = types[AwsType.CreateTableRequest];
        var updateTable = types[AwsType.UpdateTableRequest];

        // Silent unless configured: with neither option written anywhere, nothing is registered.
        if (!SrmOptions.RequiredS3Sse.IsSetAnywhere(context.Options, context.Compilation)
            && !SrmOptions.RequiredDynamoDbKey.IsSetAnywhere(context.Options, context.Compilation))
        {
            return;
        }

        var endpoints = ClientEndpoints.For(types);

        // A whole method at a time: a request's encryption is often set in statements after its creation.
        BlockCreations.Register(
            context,
            type => s3Requests.Contains(type, SymbolEqualityComparer.Default)
                || SymbolEqualityComparer.Default.Equals(type, createTable) || SymbolEqualityComparer.Default.Equals(type, updateTable),
            (block, creations) =>
            {
                var tree = creations[0].Syntax.SyntaxTree;
                var requiredS3 = SrmOptions.RequiredS3Sse.Get(block.Options, tree);
                var requiredKey = SrmOptions.RequiredDynamoDbKey.Get(block.Options, tree);
                var kmsKeyId = SrmOptions.KmsKeyId.Get(block.Options, tree);
                foreach (var creation in creations)
                {
                    if (endpoints.IsSentToNotAws(creation, block.Options))
                    {
                        continue;
                    }

                    if (requiredS3 != S3Sse.NotRequired && sseType is not null && s3Requests.Contains(creation.Type, SymbolEqualityComparer.Default))
                    {
                        CheckS3(block, creation, sseType, requiredS3, kmsKeyId);
                    }
                    else if (requiredKey != DynamoDbKey.AwsOwned && createTable is not null
                        && (SymbolEqualityComparer.Default.Equals(creation.Type, createTable) || SymbolEqualityComparer.Default.Equals(creation.Type, updateTable)))
                    {
                        CheckTable(block, creation, SymbolEqualityComparer.Default.Equals(creation.Type, createTable), requiredKey, kmsKeyId);
                    }
                }
            });
    }

    private static void CheckS3(OperationBlockAnalysisContext context, IObjectCreationOperation creation, ITypeSymbol sseType, S3Sse required, string? kmsKeyId)
    {
        var request = RequestState.Of(creation);
        if (request.Creation != creation)
        {
            return;
        }

        var name = creation.Type!.Name;
        var requirement = $"srm.required_s3_sse = {ServerSideEncryption.OptionValue(required)} requires {ServerSideEncryption.Describe(required)}";
        if (request[SseProperty] is not { } value)
        {
            // Left out here, but set by code the engine cannot see (a helper that passes it on, a caller): unknown.
            if (!request.IsMissing(SseProperty))
            {
                return;
            }

            var added = new List<(string, string)> { (SseProperty, ServerSideEncryption.Member(required)) };
            if (required != S3Sse.SseS3 && kmsKeyId is not null && !request.IsSet("ServerSideEncryptionKeyManagementServiceKeyId"))
            {
                added.Add(("ServerSideEncryptionKeyManagementServiceKeyId", kmsKeyId));
            }

            context.ReportDiagnostic(Descriptors.SRM2004_SseBelowPolicy.Create(
                Locations.Head(creation),
                ResponsibilityModel.S3,
                $"{name} asks for no server-side encryption, and {requirement}",
                Remedy.Set(added)));
            return;
        }

        foreach (var leaf in Values.Leaves(value))
        {
            if (ServerSideEncryption.Strength(leaf, sseType) is not { } strength || strength >= required)
            {
                continue;
            }

            var reported = Values.ReportedPart(leaf, value);
            context.ReportDiagnostic(Descriptors.SRM2004_SseBelowPolicy.Create(
                reported.Syntax.GetLocation(),
                ResponsibilityModel.S3,
                $"{name} asks for {ServerSideEncryption.Describe(strength)}, and {requirement}",
                Remedy.Replace(ServerSideEncryption.Member(required))));
            if (reported == value)
            {
                return;
            }
        }
    }

    private static void CheckTable(OperationBlockAnalysisContext context, IObjectCreationOperation creation, bool isCreate, DynamoDbKey required, string? kmsKeyId)
    {
        var request = RequestState.Of(creation);
        if (request.Creation != creation)
        {
            return;
        }

        var operation = isCreate ? "CreateTable" : "UpdateTable";
        var requirement = Requirement(required);
        var canFix = required == DynamoDbKey.AwsManaged || kmsKeyId is not null;
        if (request["SSESpecification"] is not { } value)
        {
            if (isCreate && request.IsMissing("SSESpecification"))
            {
                var members = new List<(string, Fact)> { ("Enabled", "true"), ("SSEType", "Amazon.DynamoDBv2.SSEType.KMS") };
                if (required == DynamoDbKey.CustomerManaged && kmsKeyId is not null)
                {
                    members.Add(("KMSMasterKeyId", kmsKeyId));
                }

                context.ReportDiagnostic(Descriptors.SRM2004_SseBelowPolicy.Create(
                    Locations.Head(creation),
                    ResponsibilityModel.DynamoDB,
                    $"{operation} leaves the table on the AWS owned key, and {requirement}",
                    canFix ? Remedy.Set(("SSESpecification", Fact.New("Amazon.DynamoDBv2.Model.SSESpecification", members: members))) : null));
            }

            return;
        }

        if (RequestState.OfValue(value) is not { Creation: { } sseCreation } sse)
        {
            return; // built elsewhere: unknown
        }

        var key = KeyOf(sse);
        if (key is null || key >= required || (!isCreate && key == DynamoDbKey.AwsOwned))
        {
            return; // unknown, strong enough, or (UpdateTable disabling encryption) SRM2005's
        }

        var addKey = key == DynamoDbKey.AwsManaged && required == DynamoDbKey.CustomerManaged && kmsKeyId is not null && !sse.IsSet("KMSMasterKeyId");
        context.ReportDiagnostic(Descriptors.SRM2004_SseBelowPolicy.Create(
            Locations.Head(sseCreation),
            ResponsibilityModel.DynamoDB,
            $"{operation} puts the table on {Describe(key.Value)}, and {requirement}",
            addKey ? Remedy.Set(new[] { ("KMSMasterKeyId", kmsKeyId!) }) : null));
    }

    /// <summary>The key an SSESpecification gives a table; null when unknown.</summary>
    private static DynamoDbKey? KeyOf(RequestState sse)
    {
        var enabled = sse["Enabled"] is { } value ? Values.Leaves(value).ToList() : null;
        if (enabled is null || enabled.All(Values.IsFalse) || enabled.All(leaf => Values.TryGetConstant(leaf, out var c) && c is null))
        {
            return DynamoDbKey.AwsOwned;
        }

        if (!enabled.All(Values.IsTrue))
        {
            return null;
        }

        if (sse["KMSMasterKeyId"] is not { } keyId || (Values.TryGetConstant(Values.Unwrap(keyId), out var constant) && constant is null))
        {
            return DynamoDbKey.AwsManaged;
        }

        return Values.ConstantString(keyId) == AwsManagedAlias ? DynamoDbKey.AwsManaged : DynamoDbKey.CustomerManaged;
    }

    private static string Describe(DynamoDbKey key) => key switch
    {
        DynamoDbKey.AwsOwned => "the AWS owned key",
        DynamoDbKey.AwsManaged => "the AWS managed key (aws/dynamodb)",
        _ => "a customer managed KMS key",
    };
}
