using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace OrderProcessing.Lambda.Shared;

/// <summary>
/// Loads configuration from Parameter Store once per container and keeps
/// it for five minutes, so warm invocations do not call SSM.
/// </summary>
public static class ParameterCache
{
    private static readonly IAmazonSimpleSystemsManagement Ssm = new AmazonSimpleSystemsManagementClient();
    private static readonly ConcurrentDictionary<string, string> Values = new();
    private static DateTime _loadedAt = DateTime.MinValue;

    public static async Task<string?> GetAsync(string name)
    {
        await EnsureLoadedAsync().ConfigureAwait(false);
        return Values.TryGetValue(name, out var value) ? value : null;
    }

    public static async Task<string> GetRequiredAsync(string name) =>
        await GetAsync(name).ConfigureAwait(false) ?? throw new InvalidOperationException($"Parameter {name} is not set under {Settings.ParameterPath}.");

    private static async Task EnsureLoadedAsync()
    {
        if (DateTime.UtcNow - _loadedAt < TimeSpan.FromMinutes(5))
        {
            return;
        }

        var request = new GetParametersByPathRequest
        {
            Path = Settings.ParameterPath,
            Recursive = true,
            WithDecryption = true,
        };

        GetParametersByPathResponse response;
        do
        {
            response = await Ssm.GetParametersByPathAsync(request).ConfigureAwait(false);
            foreach (var parameter in response.Parameters ?? new List<Parameter>())
            {
                var shortName = parameter.Name.Substring(Settings.ParameterPath.Length);
                Values[shortName] = parameter.Value;
            }

            request.NextToken = response.NextToken;
        }
        while (!string.IsNullOrEmpty(response.NextToken));

        _loadedAt = DateTime.UtcNow;
    }
}
