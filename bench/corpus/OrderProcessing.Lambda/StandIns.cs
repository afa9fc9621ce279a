// Stand-ins for the Amazon.Lambda.* packages (Core, S3Events, SQSEvents, APIGatewayEvents,
// CloudWatchEvents, Serialization.SystemTextJson), which this corpus does not reference.
// Same namespaces and member names as the real packages, trimmed to what the functions use.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Amazon.Lambda.Core
{
    public interface ILambdaLogger
    {
        void Log(string message);

        void LogLine(string message);

        void LogInformation(string message) => LogLine("[Information] " + message);

        void LogWarning(string message) => LogLine("[Warning] " + message);

        void LogError(string message) => LogLine("[Error] " + message);

        void LogDebug(string message) => LogLine("[Debug] " + message);
    }

    public interface ILambdaContext
    {
        string AwsRequestId { get; }

        string FunctionName { get; }

        string FunctionVersion { get; }

        string InvokedFunctionArn { get; }

        ILambdaLogger Logger { get; }

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
        public LambdaSerializerAttribute(Type serializerType)
        {
            SerializerType = serializerType;
        }

        public Type SerializerType { get; }
    }

    public static class LambdaLogger
    {
        public static void Log(string message) => Console.WriteLine(message);
    }
}

namespace Amazon.Lambda.Serialization.SystemTextJson
{
    public class DefaultLambdaJsonSerializer : Amazon.Lambda.Core.ILambdaSerializer
    {
        private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

        public T Deserialize<T>(Stream requestStream) => JsonSerializer.Deserialize<T>(requestStream, Options)!;

        public void Serialize<T>(T response, Stream responseStream) => JsonSerializer.Serialize(responseStream, response, Options);
    }
}

namespace Amazon.Lambda.S3Events
{
    /// <summary>The S3 notification event; the real type derives from the SDK's S3EventNotification too.</summary>
    public class S3Event : Amazon.S3.Util.S3EventNotification
    {
    }
}

namespace Amazon.Lambda.SQSEvents
{
    public class SQSEvent
    {
        public List<SQSMessage> Records { get; set; } = new();

        public class MessageAttribute
        {
            public string? StringValue { get; set; }

            public string? DataType { get; set; }
        }

        public class SQSMessage
        {
            public string MessageId { get; set; } = string.Empty;

            public string ReceiptHandle { get; set; } = string.Empty;

            public string Body { get; set; } = string.Empty;

            public string? Md5OfBody { get; set; }

            public string EventSourceArn { get; set; } = string.Empty;

            public string AwsRegion { get; set; } = string.Empty;

            public Dictionary<string, string> Attributes { get; set; } = new();

            public Dictionary<string, MessageAttribute> MessageAttributes { get; set; } = new();
        }
    }

    public class SQSBatchResponse
    {
        public SQSBatchResponse()
        {
        }

        public SQSBatchResponse(List<BatchItemFailure> batchItemFailures)
        {
            BatchItemFailures = batchItemFailures;
        }

        public List<BatchItemFailure> BatchItemFailures { get; set; } = new();

        public class BatchItemFailure
        {
            public string ItemIdentifier { get; set; } = string.Empty;
        }
    }
}

namespace Amazon.Lambda.APIGatewayEvents
{
    public class APIGatewayProxyRequest
    {
        public string? Resource { get; set; }

        public string? Path { get; set; }

        public string? HttpMethod { get; set; }

        public IDictionary<string, string>? Headers { get; set; }

        public IDictionary<string, string>? QueryStringParameters { get; set; }

        public IDictionary<string, string>? PathParameters { get; set; }

        public string? Body { get; set; }

        public bool IsBase64Encoded { get; set; }

        public ProxyRequestContext? RequestContext { get; set; }

        public class ProxyRequestContext
        {
            public string? RequestId { get; set; }

            public string? Stage { get; set; }

            public APIGatewayCustomAuthorizerContext? Authorizer { get; set; }
        }
    }

    public class APIGatewayCustomAuthorizerContext : Dictionary<string, object>
    {
        public Dictionary<string, string>? Claims { get; set; }
    }

    public class APIGatewayProxyResponse
    {
        public int StatusCode { get; set; }

        public IDictionary<string, string>? Headers { get; set; }

        public string? Body { get; set; }

        public bool IsBase64Encoded { get; set; }
    }
}

namespace Amazon.Lambda.CloudWatchEvents.ScheduledEvents
{
    public class ScheduledEvent
    {
        public string? Id { get; set; }

        public string? Source { get; set; }

        public DateTime Time { get; set; }

        public string? Region { get; set; }

        public List<string>? Resources { get; set; }
    }
}
