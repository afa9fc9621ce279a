using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using Inventory.WebApi.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.WebApi.Services;

public interface ISecretsProvider
{
    Task<string?> GetAsync(string name, CancellationToken cancellationToken);

    Task PutAsync(string name, string value, bool secure, CancellationToken cancellationToken);

    Task<string> ProtectAsync(string plaintext, CancellationToken cancellationToken);

    Task<string> UnprotectAsync(string protectedValue, CancellationToken cancellationToken);
}

/// <summary>
/// Reads settings and secrets from Parameter Store under /inventory/, and
/// encrypts small values (integration passwords) with the data KMS key.
/// </summary>
public class SsmSecretsProvider : ISecretsProvider
{
    private const string Prefix = "/inventory/";

    private readonly IAmazonSimpleSystemsManagement _ssm;
    private readonly IAmazonKeyManagementService _kms;
    private readonly StorageOptions _storage;
    private readonly ILogger<SsmSecretsProvider> _logger;
    private readonly ConcurrentDictionary<string, (string Value, DateTime At)> _cache = new();

    public SsmSecretsProvider(IAmazonSimpleSystemsManagement ssm, IAmazonKeyManagementService kms, IOptions<StorageOptions> storage, ILogger<SsmSecretsProvider> logger)
    {
        _ssm = ssm;
        _kms = kms;
        _storage = storage.Value;
        _logger = logger;
    }

    public async Task<string?> GetAsync(string name, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(name, out var cached) && DateTime.UtcNow - cached.At < TimeSpan.FromMinutes(2))
        {
            return cached.Value;
        }

        try
        {
            var response = await _ssm.GetParameterAsync(new GetParameterRequest { Name = Prefix + name, WithDecryption = true }, cancellationToken);
            _cache[name] = (response.Parameter.Value, DateTime.UtcNow);
            return response.Parameter.Value;
        }
        catch (ParameterNotFoundException)
        {
            return null;
        }
    }

    public async Task PutAsync(string name, string value, bool secure, CancellationToken cancellationToken)
    {
        await _ssm.PutParameterAsync(
            new PutParameterRequest
            {
                Name = Prefix + name,
                Value = value,
                Type = secure ? ParameterType.SecureString : ParameterType.String,
                KeyId = secure && !string.IsNullOrEmpty(_storage.KmsKeyId) ? _storage.KmsKeyId : null,
                Overwrite = true,
            },
            cancellationToken);
        _cache.TryRemove(name, out _);
        _logger.LogInformation("Parameter {Name} updated to {Value}", name, value);
    }

    public async Task<string> ProtectAsync(string plaintext, CancellationToken cancellationToken)
    {
        var response = await _kms.EncryptAsync(
            new EncryptRequest
            {
                KeyId = _storage.KmsKeyId,
                Plaintext = new MemoryStream(Encoding.UTF8.GetBytes(plaintext)),
            },
            cancellationToken);
        return Convert.ToBase64String(response.CiphertextBlob.ToArray());
    }

    public async Task<string> UnprotectAsync(string protectedValue, CancellationToken cancellationToken)
    {
        var response = await _kms.DecryptAsync(
            new DecryptRequest { CiphertextBlob = new MemoryStream(Convert.FromBase64String(protectedValue)) },
            cancellationToken);
        return Encoding.UTF8.GetString(response.Plaintext.ToArray());
    }
}
