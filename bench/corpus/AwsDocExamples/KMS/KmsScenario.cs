using System;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using AwsDocExamples.Common;

namespace AwsDocExamples.KMS;

/// <summary>
/// Creates a key and an alias, rotates it, encrypts and decrypts some
/// text, and schedules the key for deletion.
/// </summary>
public static class KmsScenario
{
    public static async Task RunAsync(bool interactive = true)
    {
        var kms = new AmazonKeyManagementServiceClient();
        var wrapper = new KmsWrapper(kms);

        UiMethods.DisplayTitle("AWS Key Management Service scenario");

        var key = await wrapper.CreateKeyAsync("Key created by the KMS scenario");
        var aliasName = "alias/kms-scenario-" + UiMethods.UniqueSuffix();

        try
        {
            await wrapper.CreateAliasAsync(aliasName, key.KeyId);
            Console.WriteLine($"Created alias {aliasName}.");

            if (await wrapper.EnableKeyRotationAsync(key.KeyId))
            {
                Console.WriteLine("Key rotation is enabled.");
            }

            var ciphertext = await wrapper.EncryptTextAsync(aliasName, "Hello, AWS KMS!");
            Console.WriteLine($"Ciphertext is {ciphertext.Length} bytes.");

            var plaintext = await wrapper.DecryptTextAsync(ciphertext);
            Console.WriteLine($"Decrypted text: {plaintext}");

            UiMethods.PressEnter(interactive);

            foreach (var alias in await wrapper.ListAliasesAsync())
            {
                Console.WriteLine($"{alias.AliasName} -> {alias.TargetKeyId}");
            }
        }
        catch (NotFoundException ex)
        {
            Console.WriteLine($"The key was not found: {ex.Message}");
        }
        catch (AmazonKeyManagementServiceException ex)
        {
            Console.WriteLine($"AWS KMS error {ex.ErrorCode}: {ex.Message}");
        }
        finally
        {
            if (UiMethods.GetYesNoResponse("Delete the alias and schedule the key for deletion?", interactive))
            {
                await wrapper.DeleteAliasAsync(aliasName);
                await wrapper.DisableKeyAsync(key.KeyId);
                var deletionDate = await wrapper.ScheduleKeyDeletionAsync(key.KeyId, 7);
                Console.WriteLine($"The key will be deleted on {deletionDate}.");
            }
        }
    }
}
