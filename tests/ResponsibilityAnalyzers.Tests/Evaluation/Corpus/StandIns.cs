// Stand-ins for the libraries around AWS code that the package registry here does not serve (or that the evaluation does
// not reference): the real namespaces, type and member names, and nothing else. Not judged: no AWS calls here.
namespace Amazon.Lambda.Core
{
    public interface ILambdaLogger { void LogLine(string message); void LogInformation(string message); }

    public interface ILambdaContext { string AwsRequestId { get; } ILambdaLogger Logger { get; } string FunctionName { get; } }

    public interface ILambdaSerializer { }

    [System.AttributeUsage(System.AttributeTargets.Assembly | System.AttributeTargets.Class | System.AttributeTargets.Method)]
    public sealed class LambdaSerializerAttribute : System.Attribute
    {
        public LambdaSerializerAttribute(System.Type serializerType) { SerializerType = serializerType; }
        public System.Type SerializerType { get; set; }
    }
}

namespace Amazon.Lambda.Serialization.SystemTextJson
{
    public class DefaultLambdaJsonSerializer : Amazon.Lambda.Core.ILambdaSerializer { }
}

namespace Amazon.Lambda.SQSEvents
{
    public class SQSEvent
    {
        public System.Collections.Generic.List<SQSMessage> Records { get; set; } = new();

        public class SQSMessage { public string MessageId { get; set; } = ""; public string Body { get; set; } = ""; }
    }
}

namespace Amazon.Lambda.APIGatewayEvents
{
    public class APIGatewayProxyRequest { public string Body { get; set; } = ""; public System.Collections.Generic.IDictionary<string, string> PathParameters { get; set; } = new System.Collections.Generic.Dictionary<string, string>(); }

    public class APIGatewayProxyResponse { public int StatusCode { get; set; } public string Body { get; set; } = ""; }
}

namespace Microsoft.AspNetCore.Http
{
    public interface IFormFile
    {
        string ContentType { get; }
        string FileName { get; }
        long Length { get; }
        System.IO.Stream OpenReadStream();
        System.Threading.Tasks.Task CopyToAsync(System.IO.Stream target, System.Threading.CancellationToken cancellationToken = default);
    }
}

namespace Microsoft.AspNetCore.Identity
{
    [System.AttributeUsage(System.AttributeTargets.Property)]
    public class PersonalDataAttribute : System.Attribute { }

    public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
}

namespace Microsoft.Extensions.Compliance.Classification
{
    public readonly struct DataClassification
    {
        public DataClassification(string taxonomyName, string value) { TaxonomyName = taxonomyName; Value = value; }
        public string TaxonomyName { get; }
        public string Value { get; }
    }

    [System.AttributeUsage(System.AttributeTargets.All)]
    public class DataClassificationAttribute : System.Attribute
    {
        protected DataClassificationAttribute(DataClassification classification) { Classification = classification; }
        public DataClassification Classification { get; }
    }
}

namespace Xunit
{
    public interface IAsyncLifetime
    {
        System.Threading.Tasks.Task InitializeAsync();
        System.Threading.Tasks.Task DisposeAsync();
    }

    [System.AttributeUsage(System.AttributeTargets.Method)]
    public class FactAttribute : System.Attribute { }
}
