namespace ResponsibilityAnalyzers.Tests.StandIns;

/// <summary>
/// Stand-in: mirrors the public API of AWS.Cryptography.DbEncryptionSDK.DynamoDb 3.x (the AWS Database Encryption SDK
/// for DynamoDB in .NET); not the real assembly, which the package registry here does not serve. It follows the
/// library's published sources (aws/aws-database-encryption-sdk-dynamodb: DynamoDbEncryption/runtimes/net/src/Interceptor.cs,
/// whose encrypting client is <c>Client.DynamoDbClient</c>, a class nested in a <c>Client</c> class of the global
/// namespace; Generated/DynamoDbEncryption/DynamoDbTablesEncryptionConfig.cs and DynamoDbTableEncryptionConfig.cs).
/// Only the members the rules and tests touch are declared (no keyrings). It needs AWSSDK.DynamoDBv2, which only the
/// SDK v4 reference set has.
/// </summary>
public static class AwsDatabaseEncryptionSdkDynamoDb
{
    public const string Source = """
        // Stand-in: mirrors the public API of AWS.Cryptography.DbEncryptionSDK.DynamoDb 3.x; not the real assembly.
        using Amazon.DynamoDBv2;
        using AWS.Cryptography.DbEncryptionSDK.DynamoDb;
        using AWS.Cryptography.DbEncryptionSDK.DynamoDb.Transforms;

        public class Client
        {
            public class DynamoDbClient : AmazonDynamoDBClient
            {
                public DynamoDbClient(AmazonDynamoDBConfig clientConfig, DynamoDbTablesEncryptionConfig encryptionConfig) : base(clientConfig) { }

                public DynamoDbClient(DynamoDbTablesEncryptionConfig encryptionConfig) { }

                public DynamoDbClient(AmazonDynamoDBConfig clientConfig, DynamoDbEncryptionTransforms transform) : base(clientConfig) { }

                public DynamoDbClient(DynamoDbEncryptionTransforms transform) { }
            }
        }

        namespace AWS.Cryptography.DbEncryptionSDK.DynamoDb
        {
            using System.Collections.Generic;
            using AWS.Cryptography.DbEncryptionSDK.StructuredEncryption;

            public class DynamoDbTablesEncryptionConfig
            {
                public Dictionary<string, DynamoDbTableEncryptionConfig> TableEncryptionConfigs { get; set; }
            }

            public class DynamoDbTableEncryptionConfig
            {
                public string LogicalTableName { get; set; }

                public string PartitionKeyName { get; set; }

                public string SortKeyName { get; set; }

                public Dictionary<string, CryptoAction> AttributeActionsOnEncrypt { get; set; }

                public string AllowedUnsignedAttributePrefix { get; set; }
            }
        }

        namespace AWS.Cryptography.DbEncryptionSDK.DynamoDb.Transforms
        {
            public class DynamoDbEncryptionTransforms
            {
                public DynamoDbEncryptionTransforms(AWS.Cryptography.DbEncryptionSDK.DynamoDb.DynamoDbTablesEncryptionConfig config) { }
            }
        }

        namespace AWS.Cryptography.DbEncryptionSDK.StructuredEncryption
        {
            public class CryptoAction : Amazon.Runtime.ConstantClass
            {
                public static readonly CryptoAction ENCRYPT_AND_SIGN = new CryptoAction("ENCRYPT_AND_SIGN");
                public static readonly CryptoAction SIGN_ONLY = new CryptoAction("SIGN_ONLY");
                public static readonly CryptoAction DO_NOTHING = new CryptoAction("DO_NOTHING");

                public CryptoAction(string value) : base(value) { }
            }
        }
        """;
}
