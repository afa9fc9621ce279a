using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Rules.ClientSideEncryption;

/// <summary>
/// SRM2001 and SRM2009: data written to S3 (PutObject, UploadPart, TransferUtility uploads) or DynamoDB (PutItem,
/// UpdateItem, BatchWriteItem, TransactWriteItems, Table.PutItem/UpdateItem, DynamoDBContext.Save, batch AddPutItem)
/// without client-side encryption. Not reported when the client is an encryption client, when the data provably comes
/// from an encryption step in the same method (<see cref="Ciphertext"/>; for DynamoDB, when the method encrypts any
/// attribute value), when the bucket or table is listed in srm.client_side_encryption_exempt, when the client comes
/// from outside the class and srm.trust_injected_clients is true, when an S3 write uses SSE-C with a key that is not
/// in the source, or when everything written is a compile-time constant. What is left is SRM2001 (Warning) when the
/// code shows the data is sensitive (<see cref="DataEvidence"/>, srm.sensitive_buckets, srm.sensitive_tables), and
/// SRM2009 (Info) when nothing shows what it is. Values encrypted on some paths only are SRM2002's.
/// Fix (both ids; when Amazon.Extensions.S3.Encryption is referenced and srm.kms_key_id is set): the plain
/// AmazonS3Client created in the method or in a field initializer becomes an S3 encryption client with KMS materials.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClientSideEncryptionAnalyzer : ResponsibilityAnalyzer
{
    private static readonly ImmutableHashSet<string> S3ObjectWrites = ImmutableHashSet.Create("PutObject", "PutObjectAsync", "UploadPart", "UploadPartAsync");
    private static readonly ImmutableHashSet<string> TransferWrites = ImmutableHashSet.Create(
        "Upload", "UploadAsync", "UploadWithResponse", "UploadWithResponseAsync",
        "UploadDirectory", "UploadDirectoryAsync", "UploadDirectoryWithResponse", "UploadDirectoryWithResponseAsync");
    private static readonly ImmutableHashSet<string> DynamoDbWrites = ImmutableHashSet.Create(
        "PutItem", "PutItemAsync", "UpdateItem", "UpdateItemAsync", "BatchWriteItem", "BatchWriteItemAsync", "TransactWriteItems", "TransactWriteItemsAsync");
    private static readonly ImmutableHashSet<string> TableWrites = ImmutableHashSet.Create("PutItem", "PutItemAsync", "UpdateItem", "UpdateItemAsync");
    private static readonly ImmutableHashSet<string> ContextWrites = ImmutableHashSet.Create("Save", "SaveAsync");
    private static readonly ImmutableHashSet<string> BatchWrites = ImmutableHashSet.Create("AddPutItem", "AddPutItems");

    /// <summary>Every name above, asked first: <see cref="Writes.Describe"/> runs for every invocation of the project.</summary>
    private static readonly HashSet<string> AnyWrite = new(
        S3ObjectWrites.Concat(TransferWrites).Concat(DynamoDbWrites).Concat(TableWrites).Concat(ContextWrites).Concat(BatchWrites), StringComparer.Ordinal);

    /// <summary>The members of DynamoDB write requests that carry data (not the key, which names the item).</summary>
    private static readonly string[] ItemProperties = { "Item", "AttributeUpdates", "ExpressionAttributeValues", "RequestItems", "TransactItems" };

    public ClientSideEncryptionAnalyzer()
        : base(Descriptors.SRM2001_NoClientSideEncryption, Descriptors.SRM2009_UnclassifiedDataWithoutClientSideEncryption)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        if (types[AwsType.IAmazonS3] is null && types[AwsType.IAmazonDynamoDB] is null)
        {
            return;
        }

        var clients = new Clients(types);
        var writes = new Writes(types);
        var fix = new EncryptionClientFix(types);
        var evidence = new DataEvidence(types);
        context.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                if (writes.Describe(invocation) is not { } write)
                {
                    return;
                }

                var tree = invocation.Syntax.SyntaxTree;
                var options = operation.Options;
                if (SrmOptions.ClientSideEncryptionExempt.Get(options, tree).Matches(write.Target))
                {
                    return;
                }

                var client = clients.Resolve(write.Receiver);
                if (client.Kind == ClientKind.Encrypting
                    || client.IsNotAws(options)
                    || (client.Kind == ClientKind.External && SrmOptions.TrustInjectedClients.Get(options, tree))
                    || (write.Service == ResponsibilityModel.DynamoDB && client.TableName is { } table && SrmOptions.ClientSideEncryptionExempt.Get(options, tree).Matches(table)))
                {
                    return;
                }

                var ciphertext = new Ciphertext(types, SrmOptions.Encryptors.Get(options, tree));
                if (Unencrypted(write, ciphertext) is not { } what || IsSseCWithExternalKey(write, types))
                {
                    return;
                }

                var payload = SensitiveTarget(write, client, options, tree) ?? write.Payload(evidence, SrmOptions.SensitiveNames.Get(options, tree));
                if (payload.Kind == DataKind.Constant)
                {
                    return;
                }

                var sensitive = payload.Kind == DataKind.Sensitive;
                var descriptor = sensitive ? Descriptors.SRM2001_NoClientSideEncryption : Descriptors.SRM2009_UnclassifiedDataWithoutClientSideEncryption;
                var creation = client.Kind == ClientKind.Plain ? client.Creation : null;
                var replacement = creation is null ? null : fix.Replacement(creation, SrmOptions.KmsKeyId.Get(options, tree));
                var finding = $"{write.Operation} writes {(sensitive ? payload.Evidence : what)} to {write.Service.Name} through {client.Description}"
                    + (write.Service == ResponsibilityModel.S3 ? ", and this method does not encrypt it first" : ", and this method encrypts none of its attribute values")
                    + (client.Kind == ClientKind.External ? ", so client-side encryption could not be proven" : string.Empty)
                    + (sensitive ? ": " + Advice(write.Service) : "; nothing here shows whether the data is sensitive: if it is customer data, " + Advice(write.Service) + UnknownAdvice(write.Service))
                    + (client.Kind == ClientKind.External ? "; if injected clients are encryption clients, set srm.trust_injected_clients = true" : string.Empty);
                operation.ReportDiagnostic(replacement is null
                    ? descriptor.Create(invocation.Syntax.GetLocation(), write.Service, finding)
                    : descriptor.Create(invocation.Syntax.GetLocation(), write.Service, finding, Remedy.ReplaceClient(replacement.Value.Client), replacement.Value.Locations));
            },
            OperationKind.Invocation);
    }

    /// <summary>What the write sends in plaintext ("InputStream", "the file at FilePath", "the item"); null when all of it is ciphertext or partly so (SRM2002).</summary>
    private static string? Unencrypted(Write write, Ciphertext ciphertext)
    {
        if (write.Service == ResponsibilityModel.DynamoDB)
        {
            return ciphertext.MethodEncrypts(write.Call) ? null : write.WhatItWrites;
        }

        if (write.Values is null)
        {
            return write.WhatItWrites; // the request is built elsewhere: what it carries is unknown, and so is its encryption
        }

        foreach (var (label, value) in write.Values)
        {
            if (label is "FilePath" or "filePath" or "Directory" or "directory")
            {
                return label.StartsWith("D", System.StringComparison.OrdinalIgnoreCase) ? "the files of a local directory" : "a local file (" + label + ")";
            }

            if (ciphertext.Of(value).Protection == Protection.Plain
                && !(Values.Outer(value).Parent is ISimpleAssignmentOperation assignment && write.State?.Creation is { } creation
                    && ciphertext.OtherPathOf(assignment, creation, wantEncrypted: true) is not null))
            {
                return label;
            }
        }

        return null;
    }

    /// <summary>Sensitive because the bucket or table written is listed in srm.sensitive_buckets / srm.sensitive_tables; null otherwise.</summary>
    private static Payload? SensitiveTarget(Write write, ClientOrigin client, AnalyzerOptions options, SyntaxTree tree)
    {
        if (write.Service == ResponsibilityModel.S3)
        {
            return SrmOptions.SensitiveBuckets.Get(options, tree).Matches(write.Target) ? Payload.Sensitive($"data to the bucket '{write.Target}' (listed in srm.sensitive_buckets)") : null;
        }

        var table = write.Target ?? client.TableName;
        return SrmOptions.SensitiveTables.Get(options, tree).Matches(table) ? Payload.Sensitive($"{write.WhatItWrites} to the table '{table}' (listed in srm.sensitive_tables)") : null;
    }

    /// <summary>
    /// An S3 write with SSE-C (ServerSideEncryptionCustomerMethod AES256) under a key that is not written in the source:
    /// the data is encrypted under a key the customer holds. A key in the source is SRM2008's, and protects nothing.
    /// </summary>
    private static bool IsSseCWithExternalKey(Write write, AwsTypes types)
    {
        if (write.State is not { } state || state["ServerSideEncryptionCustomerMethod"] is not { } method || state["ServerSideEncryptionCustomerProvidedKey"] is not { } key
            || types[AwsType.ServerSideEncryptionCustomerMethod] is not { } methodType)
        {
            return false;
        }

        foreach (var leaf in Values.Leaves(method))
        {
            if (Values.MemberName(leaf, methodType) is not ("AES256" or "aes256" or "AES-256"))
            {
                return false;
            }
        }

        foreach (var leaf in Values.Leaves(key))
        {
            if (leaf.ConstantValue.HasValue || leaf is IArrayCreationOperation or IUtf8StringOperation
                || leaf is IInvocationOperation { Arguments.Length: > 0 } conversion && conversion.Arguments.All(a => Values.Unwrap(a.Value).ConstantValue.HasValue))
            {
                return false;
            }
        }

        return true;
    }

    private static string UnknownAdvice(AwsService service) => service == ResponsibilityModel.S3
        ? "; list the bucket in srm.sensitive_buckets to make this a warning (SRM2001)"
        : "; list the table in srm.sensitive_tables to make this a warning (SRM2001)";

    private static string Advice(AwsService service) => service == ResponsibilityModel.S3
        ? "encrypt it client-side first (AmazonS3EncryptionClientV4, KMS Encrypt, an AES encryptor, IDataProtector.Protect, or a method listed in srm.encryptors), or list the bucket in srm.client_side_encryption_exempt if its data is public"
        : "encrypt the sensitive attributes client-side (the AWS Database Encryption SDK's DynamoDbClient, KMS Encrypt, an AES encryptor, IDataProtector.Protect, or a method listed in srm.encryptors), or list the table in srm.client_side_encryption_exempt";

    /// <summary>A call that writes data: what it is, its receiver, and the values it sends (null when unknown).</summary>
    private sealed class Write
    {
        private static readonly ImmutableHashSet<string> UpdateKeywords = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "set", "remove", "add", "delete", "if_not_exists", "list_append");

        public Write(IInvocationOperation call, AwsService service, string operation, IOperation receiver, string whatItWrites, string? target, List<(string, IOperation)>? values, RequestState? state = null)
        {
            Call = call;
            Service = service;
            Operation = operation;
            Receiver = receiver;
            WhatItWrites = whatItWrites;
            Target = target;
            Values = values;
            State = state;
        }

        public IInvocationOperation Call { get; }

        public AwsService Service { get; }

        public string Operation { get; }

        public IOperation Receiver { get; }

        public string WhatItWrites { get; }

        /// <summary>The constant bucket or table name, if any.</summary>
        public string? Target { get; }

        /// <summary>The values sent (an S3 body, a DynamoDB item or its updates), labelled; null when the request is built elsewhere.</summary>
        public List<(string Label, IOperation Value)>? Values { get; }

        /// <summary>The request, when it is built in this method.</summary>
        public RequestState? State { get; }

        /// <summary>For the object model: the object stored whole and its type (a type parameter for a generic repository).</summary>
        public (IOperation Value, ITypeSymbol? Type)? Stored { get; set; }

        /// <summary>What the write carries: constants only, data that the code shows to be sensitive, or data of unknown sensitivity.</summary>
        public Payload Payload(DataEvidence evidence, SensitiveNames names)
        {
            if (Stored is { } stored)
            {
                return evidence.OfObject(stored.Value, stored.Type, names);
            }

            if (Values is null || (Service == ResponsibilityModel.DynamoDB && Values.Count == 0))
            {
                return Core.Payload.Unknown;
            }

            var payload = Core.Payload.Constant;
            foreach (var (label, value) in Values)
            {
                payload = payload.With(label is "FilePath" or "filePath" or "Directory" or "directory" ? Core.Payload.Unknown : evidence.Of(value, names));
            }

            // UpdateItem's expression names the attributes it sets: "SET email = :e".
            if (payload.Kind == DataKind.Unknown && State?["UpdateExpression"] is { } expression && Core.Values.ConstantString(expression) is { } text)
            {
                foreach (var word in text.Split(' ', '=', ',', '(', ')', '+', '-', '\t', '\n', '\r'))
                {
                    if (word.Length > 0 && word[0] != ':' && word[0] != '#' && !UpdateKeywords.Contains(word) && names.Matches(word))
                    {
                        return Core.Payload.Sensitive($"the attribute '{word}' (a sensitive name)");
                    }
                }
            }

            return payload;
        }
    }

    /// <summary>Recognises the write calls of S3, TransferUtility, DynamoDB, Table, DynamoDBContext and batch writes.</summary>
    private sealed class Writes
    {
        private readonly AwsTypes _types;

        public Writes(AwsTypes types) => _types = types;

        public Write? Describe(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (invocation.Instance is not { } receiver || type is null || !AnyWrite.Contains(method.Name))
            {
                return null;
            }

            // Named only for a write: this runs for every invocation of the project.
            string Name() => Trim(method.Name);
            if (S3ObjectWrites.Contains(method.Name) && Symbols.DerivesFromOrImplements(type, _types[AwsType.IAmazonS3]))
            {
                return FromRequest(invocation, receiver, Name(), "InputStream", "ContentBody", "FilePath");
            }

            if (TransferWrites.Contains(method.Name) && (Symbols.DerivesFromOrImplements(type, _types[AwsType.TransferUtility]) || Symbols.DerivesFromOrImplements(type, _types[AwsType.ITransferUtility])))
            {
                return FromTransfer(invocation, receiver, "TransferUtility." + Name());
            }

            if (DynamoDbWrites.Contains(method.Name) && Symbols.DerivesFromOrImplements(type, _types[AwsType.IAmazonDynamoDB]))
            {
                var request = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Name.EndsWith("Request", System.StringComparison.Ordinal) == true);
                var state = request is null ? null : RequestState.OfValue(request.Value);
                var table = request is null ? Argument(invocation, "tableName") : state?.ConstantString("TableName");
                var what = Name().StartsWith("Put", System.StringComparison.Ordinal) ? "an item" : "items";
                List<(string, IOperation)>? values = null;
                if (request is null)
                {
                    values = Arguments(invocation, "item", "attributeUpdates");
                }
                else if (state is { IsKnown: true })
                {
                    values = new List<(string, IOperation)>();
                    foreach (var property in ItemProperties)
                    {
                        if (state[property] is { } value)
                        {
                            values.Add((property, value));
                        }
                    }
                }

                return new Write(invocation, ResponsibilityModel.DynamoDB, Name(), receiver, what, table, values, state);
            }

            if (TableWrites.Contains(method.Name) && (Symbols.DerivesFrom(type, _types[AwsType.Table]) || Symbols.DerivesFromOrImplements(type, _types[AwsType.ITable])))
            {
                var documents = new List<(string, IOperation)>();
                foreach (var argument in invocation.Arguments)
                {
                    if (Symbols.DerivesFrom(argument.Parameter?.Type, _types[AwsType.DynamoDBDocument]))
                    {
                        documents.Add(("document", argument.Value));
                    }
                }

                return new Write(invocation, ResponsibilityModel.DynamoDB, "Table." + Name(), receiver, "a document", null, documents);
            }

            if (ContextWrites.Contains(method.Name) && (Symbols.DerivesFrom(type, _types[AwsType.DynamoDBContext]) || Symbols.DerivesFromOrImplements(type, _types[AwsType.IDynamoDBContext])))
            {
                var item = method.IsGenericMethod ? method.TypeArguments[0] : null;
                return new Write(invocation, ResponsibilityModel.DynamoDB, "DynamoDBContext." + Name(), receiver, item is null ? "an object" : English.WithArticle(item.Name), TableOf(item), null)
                {
                    Stored = invocation.Arguments.Length > 0 ? (invocation.Arguments[0].Value, item ?? Values.Unwrap(invocation.Arguments[0].Value).Type) : null,
                };
            }

            if (BatchWrites.Contains(method.Name) && type.IsGenericType
                && (Symbols.DerivesFrom(type, _types[AwsType.BatchWrite]) || Symbols.DerivesFromOrImplements(type, _types[AwsType.IBatchWrite])))
            {
                var item = type.TypeArguments[0];
                return new Write(invocation, ResponsibilityModel.DynamoDB, "BatchWrite." + Name(), receiver, item.Name + " items", TableOf(item), null)
                {
                    Stored = invocation.Arguments.Length > 0 ? (invocation.Arguments[0].Value, item) : null,
                };
            }

            return null;
        }

        private Write FromRequest(IInvocationOperation invocation, IOperation receiver, string name, params string[] properties)
        {
            var request = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Name.EndsWith("Request", System.StringComparison.Ordinal) == true);
            var state = request is null ? null : RequestState.OfValue(request.Value);
            if (state?.Creation is null)
            {
                return new Write(invocation, ResponsibilityModel.S3, name, receiver, "the data of a request built elsewhere", state?.ConstantString("BucketName"), null);
            }

            var values = new List<(string, IOperation)>();
            foreach (var property in properties)
            {
                if (state[property] is { } value && !(Values.TryGetConstant(Values.Unwrap(value), out var constant) && constant is null))
                {
                    values.Add((property, value));
                }
            }

            return new Write(invocation, ResponsibilityModel.S3, name, receiver, "data", state.ConstantString("BucketName"), values, state);
        }

        private Write FromTransfer(IInvocationOperation invocation, IOperation receiver, string name)
        {
            var request = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Name.EndsWith("Request", System.StringComparison.Ordinal) == true);
            if (request is not null)
            {
                return FromRequest(invocation, receiver, name, "InputStream", "FilePath", "Directory");
            }

            var values = new List<(string, IOperation)>();
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name is "filePath" or "stream" or "directory")
                {
                    values.Add((argument.Parameter.Name, argument.Value));
                }
            }

            return new Write(invocation, ResponsibilityModel.S3, name, receiver, "data", Argument(invocation, "bucketName"), values);
        }

        private static List<(string, IOperation)> Arguments(IInvocationOperation invocation, params string[] parameters)
        {
            var values = new List<(string, IOperation)>();
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && parameters.Contains(parameter.Name))
                {
                    values.Add((parameter.Name, argument.Value));
                }
            }

            return values;
        }

        private static string? Argument(IInvocationOperation invocation, string parameter) =>
            invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter) is { } argument ? Values.ConstantString(argument.Value) : null;

        /// <summary>The table an object model type is stored in: its [DynamoDBTable("name")], else its own name.</summary>
        private static string? TableOf(ITypeSymbol? item)
        {
            if (item is null || item.TypeKind == TypeKind.TypeParameter)
            {
                return null;
            }

            foreach (var attribute in item.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "DynamoDBTableAttribute" } && attribute.ConstructorArguments.Length > 0)
                {
                    return attribute.ConstructorArguments[0].Value as string;
                }
            }

            return item.Name;
        }

        private static string Trim(string method) => method.EndsWith("Async", System.StringComparison.Ordinal) ? method.Substring(0, method.Length - "Async".Length) : method;
    }
}
