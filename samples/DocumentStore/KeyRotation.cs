using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace DocumentStore;

/// <summary>Moves the wrapped data keys of the old archive from the retired KMS key to the documents key.</summary>
public sealed class KeyRotation
{
    private readonly IAmazonKeyManagementService _kms;
    private readonly StoreSettings _settings;

    public KeyRotation(IAmazonKeyManagementService kms, StoreSettings settings)
    {
        _kms = kms;
        _settings = settings;
    }

    public async Task<MemoryStream> RewrapAsync(MemoryStream wrappedKey, CancellationToken cancellationToken)
    {
        var dataKey = await _kms.DecryptAsync(new DecryptRequest { CiphertextBlob = wrappedKey }, cancellationToken);
        var rewrapped = await _kms.EncryptAsync(new EncryptRequest { KeyId = _settings.DocumentsKeyId, Plaintext = dataKey.Plaintext }, cancellationToken);
        return rewrapped.CiphertextBlob;
    }
}
