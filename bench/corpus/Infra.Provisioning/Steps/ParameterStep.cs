using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using Infra.Provisioning.Config;
using Microsoft.Extensions.Logging;

namespace Infra.Provisioning.Steps;

/// <summary>
/// Writes the environment's configuration to Parameter Store under
/// /{env}/..., including the outputs of the earlier steps.
/// </summary>
public class ParameterStep : IProvisioningStep
{
    public string Name => "parameters";

    public async Task ApplyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var log = context.Logger(Name);
        var prefix = $"/{context.Environment.Name}/";

        var plain = new Dictionary<string, string>(context.Environment.Parameters);
        foreach (var output in context.Outputs)
        {
            plain["outputs/" + output.Key.Replace('.', '/')] = output.Value;
        }

        foreach (var pair in plain)
        {
            if (context.DryRun)
            {
                log.LogInformation("Would set {Name} = {Value}", prefix + pair.Key, pair.Value);
                continue;
            }

            await context.Ssm.PutParameterAsync(
                new PutParameterRequest { Name = prefix + pair.Key, Value = pair.Value, Type = ParameterType.String, Overwrite = true },
                cancellationToken);
        }

        foreach (var pair in context.Environment.SecureParameters)
        {
            if (context.DryRun)
            {
                log.LogInformation("Would set secure {Name} = {Value}", prefix + pair.Key, pair.Value);
                continue;
            }

            context.Outputs.TryGetValue("kms.key.id", out var keyId);
            await context.Ssm.PutParameterAsync(
                new PutParameterRequest
                {
                    Name = prefix + pair.Key,
                    Value = pair.Value,
                    Type = ParameterType.SecureString,
                    KeyId = keyId,
                    Overwrite = true,
                    Tier = ParameterTier.Standard,
                },
                cancellationToken);
        }
    }

    public async Task DestroyAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        var request = new GetParametersByPathRequest { Path = $"/{context.Environment.Name}/", Recursive = true };
        await foreach (var page in context.Ssm.Paginators.GetParametersByPath(request).Responses.WithCancellation(cancellationToken))
        {
            names.AddRange((page.Parameters ?? new List<Parameter>()).ConvertAll(p => p.Name));
        }

        for (var i = 0; i < names.Count; i += 10)
        {
            await context.Ssm.DeleteParametersAsync(new DeleteParametersRequest { Names = names.GetRange(i, System.Math.Min(10, names.Count - i)) }, cancellationToken);
        }
    }
}
