using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repository.Infrastructure;

/// <summary>
/// A small retry helper for the few calls where the SDK's own retries are
/// not enough (long throttling during bulk loads).
/// </summary>
public static class RetryPolicy
{
    private static readonly Random Jitter = new();

    public static async Task<T> ExecuteAsync<T>(
        Func<CancellationToken, Task<T>> action,
        ILogger logger,
        int maxAttempts = 6,
        CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < maxAttempts && IsTransient(ex))
            {
                var delay = TimeSpan.FromMilliseconds(Math.Min(20_000, (100 * Math.Pow(2, attempt)) + Jitter.Next(0, 250)));
                logger.LogWarning(ex, "Attempt {Attempt} failed, retrying in {Delay}", attempt, delay);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static Task ExecuteAsync(
        Func<CancellationToken, Task> action,
        ILogger logger,
        int maxAttempts = 6,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync<object?>(
            async ct =>
            {
                await action(ct).ConfigureAwait(false);
                return null;
            },
            logger,
            maxAttempts,
            cancellationToken);

    public static bool IsTransient(Exception ex) => ex switch
    {
        ProvisionedThroughputExceededException => true,
        RequestLimitExceededException => true,
        InternalServerErrorException => true,
        AmazonServiceException service when service.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable => true,
        AmazonServiceException service when service.ErrorCode == "ThrottlingException" => true,
        TimeoutException => true,
        _ => false,
    };
}
