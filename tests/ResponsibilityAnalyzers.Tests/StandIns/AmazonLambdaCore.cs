namespace ResponsibilityAnalyzers.Tests.StandIns;

/// <summary>Amazon.Lambda.Core is not served by the package registry: its public API, as far as the rules read it.</summary>
public static class AmazonLambdaCore
{
    public const string Source = """
        // Stand-in: mirrors the public API of Amazon.Lambda.Core 2.x (aws/aws-lambda-dotnet, Libraries/src/Amazon.Lambda.Core); not the real assembly.
        // Only the types the rules read or tests use: ILambdaContext, ILambdaLogger, ILambdaSerializer and LambdaSerializerAttribute.
        using System;
        using System.IO;

        namespace Amazon.Lambda.Core
        {
            public interface ILambdaLogger
            {
                void Log(string message);
                void LogLine(string message);
            }

            public interface ILambdaContext
            {
                string AwsRequestId { get; }
                string FunctionName { get; }
                string FunctionVersion { get; }
                string InvokedFunctionArn { get; }
                ILambdaLogger Logger { get; }
                string LogGroupName { get; }
                string LogStreamName { get; }
                int MemoryLimitInMB { get; }
                TimeSpan RemainingTime { get; }
            }

            public interface ILambdaSerializer
            {
                T Deserialize<T>(Stream requestStream);
                void Serialize<T>(T response, Stream responseStream);
            }

            [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Method)]
            public sealed class LambdaSerializerAttribute : Attribute
            {
                public LambdaSerializerAttribute(Type serializerType) { SerializerType = serializerType; }

                public Type SerializerType { get; set; }
            }
        }
        """;
}
