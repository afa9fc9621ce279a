// Stand-ins for the libraries around AWS code that the package registry here does not serve (or that the evaluation does
// not reference): the real namespaces, type and member names, and nothing else. Not judged: no AWS calls here.
// Amazon.Lambda.Core, ASP.NET Core's IFormFile and PersonalData, and the data classification attributes come from the
// tests' stand-ins (tests/ResponsibilityAnalyzers.Tests/StandIns), compiled beside this set.
namespace Amazon.Lambda.Serialization.SystemTextJson
{
    public class DefaultLambdaJsonSerializer : Amazon.Lambda.Core.ILambdaSerializer
    {
        public T Deserialize<T>(System.IO.Stream requestStream) => System.Text.Json.JsonSerializer.Deserialize<T>(requestStream)!;
        public void Serialize<T>(T response, System.IO.Stream responseStream) => System.Text.Json.JsonSerializer.Serialize(responseStream, response);
    }
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
