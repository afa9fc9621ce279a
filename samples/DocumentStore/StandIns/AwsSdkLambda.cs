// Stand-in: mirrors the public API of AWSSDK.Lambda 4.0; not the real assembly.
// The package registry this project builds from does not serve AWSSDK.Lambda, so the sample declares the part of
// its public API it uses (the same as tests/ResponsibilityAnalyzers.Tests/StandIns/AwsSdkLambda.cs) to show the rules that read
// it. A real application references the AWSSDK.Lambda package instead and deletes this file.
#nullable disable
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace Amazon.Lambda
{
    public partial interface IAmazonLambda : IAmazonService, System.IDisposable
    {
        Task<Amazon.Lambda.Model.CreateFunctionResponse> CreateFunctionAsync(Amazon.Lambda.Model.CreateFunctionRequest request, CancellationToken cancellationToken = default);
        Task<Amazon.Lambda.Model.UpdateFunctionConfigurationResponse> UpdateFunctionConfigurationAsync(Amazon.Lambda.Model.UpdateFunctionConfigurationRequest request, CancellationToken cancellationToken = default);
    }

    public class Runtime : ConstantClass
    {
        public static readonly Runtime Dotnet6 = new Runtime("dotnet6");
        public static readonly Runtime Dotnet8 = new Runtime("dotnet8");
        public static readonly Runtime Dotnetcore31 = new Runtime("dotnetcore3.1");
        public static readonly Runtime Go1X = new Runtime("go1.x");
        public static readonly Runtime Java11 = new Runtime("java11");
        public static readonly Runtime Java17 = new Runtime("java17");
        public static readonly Runtime Java21 = new Runtime("java21");
        public static readonly Runtime Java25 = new Runtime("java25");
        public static readonly Runtime Java8 = new Runtime("java8");
        public static readonly Runtime Java8Al2 = new Runtime("java8.al2");
        public static readonly Runtime Nodejs16X = new Runtime("nodejs16.x");
        public static readonly Runtime Nodejs18X = new Runtime("nodejs18.x");
        public static readonly Runtime Nodejs20X = new Runtime("nodejs20.x");
        public static readonly Runtime Nodejs22X = new Runtime("nodejs22.x");
        public static readonly Runtime Nodejs24X = new Runtime("nodejs24.x");
        public static readonly Runtime Provided = new Runtime("provided");
        public static readonly Runtime ProvidedAl2 = new Runtime("provided.al2");
        public static readonly Runtime ProvidedAl2023 = new Runtime("provided.al2023");
        public static readonly Runtime Python312 = new Runtime("python3.12");
        public static readonly Runtime Python313 = new Runtime("python3.13");
        public static readonly Runtime Python314 = new Runtime("python3.14");
        public static readonly Runtime Python38 = new Runtime("python3.8");
        public static readonly Runtime Python39 = new Runtime("python3.9");
        public static readonly Runtime Ruby34 = new Runtime("ruby3.4");

        public Runtime(string value) : base(value) { }

        public static Runtime FindValue(string value) => FindValue<Runtime>(value);

        public static implicit operator Runtime(string value) => FindValue(value);
    }

    public class PackageType : ConstantClass
    {
        public static readonly PackageType Image = new PackageType("Image");
        public static readonly PackageType Zip = new PackageType("Zip");

        public PackageType(string value) : base(value) { }

        public static PackageType FindValue(string value) => FindValue<PackageType>(value);

        public static implicit operator PackageType(string value) => FindValue(value);
    }
}

namespace Amazon.Lambda.Model
{
    public abstract partial class AmazonLambdaRequest : AmazonWebServiceRequest { }

    public partial class FunctionCode
    {
        public string ImageUri { get; set; }
        public string S3Bucket { get; set; }
        public string S3Key { get; set; }
        public MemoryStream ZipFile { get; set; }
    }

    public partial class Environment
    {
        public Dictionary<string, string> Variables { get; set; }
    }

    public partial class CreateFunctionRequest : AmazonLambdaRequest
    {
        public List<string> Architectures { get; set; }
        public FunctionCode Code { get; set; }
        public string Description { get; set; }
        public Environment Environment { get; set; }
        public string FunctionName { get; set; }
        public string Handler { get; set; }
        public int? MemorySize { get; set; }
        public PackageType PackageType { get; set; }
        public bool? Publish { get; set; }
        public string Role { get; set; }
        public Amazon.Lambda.Runtime Runtime { get; set; }
        public Dictionary<string, string> Tags { get; set; }
        public int? Timeout { get; set; }
    }

    public partial class UpdateFunctionConfigurationRequest : AmazonLambdaRequest
    {
        public string Description { get; set; }
        public Environment Environment { get; set; }
        public string FunctionName { get; set; }
        public string Handler { get; set; }
        public int? MemorySize { get; set; }
        public string Role { get; set; }
        public Amazon.Lambda.Runtime Runtime { get; set; }
        public int? Timeout { get; set; }
    }

    public partial class CreateFunctionResponse : AmazonWebServiceResponse
    {
        public string FunctionArn { get; set; }
    }

    public partial class UpdateFunctionConfigurationResponse : AmazonWebServiceResponse
    {
        public string FunctionArn { get; set; }
    }
}
