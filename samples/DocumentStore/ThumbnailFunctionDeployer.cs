using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda;
using Amazon.Lambda.Model;

namespace DocumentStore;

/// <summary>
/// Deploys the function that renders document thumbnails when a document is uploaded. (Amazon.Lambda comes from
/// StandIns/: see the README.)
/// </summary>
public sealed class ThumbnailFunctionDeployer
{
    private readonly IAmazonLambda _lambda;

    public ThumbnailFunctionDeployer(IAmazonLambda lambda) => _lambda = lambda;

    public async Task<string> DeployAsync(string packagePath, string roleArn, CancellationToken cancellationToken)
    {
        using var package = new MemoryStream(await File.ReadAllBytesAsync(packagePath, cancellationToken));
        var created = await _lambda.CreateFunctionAsync(
            new CreateFunctionRequest
            {
                FunctionName = "docstore-thumbnails",
                // The renderer still targets net6.0.
                Runtime = Runtime.Dotnet6,
                Handler = "DocumentStore.Thumbnails::DocumentStore.Thumbnails.Function::RenderAsync",
                Role = roleArn,
                Code = new FunctionCode { ZipFile = package },
                MemorySize = 1024,
                Timeout = 60,
            },
            cancellationToken);

        return created.FunctionArn;
    }
}
