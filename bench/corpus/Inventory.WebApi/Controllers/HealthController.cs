using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.S3;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Inventory.WebApi.Options;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.WebApi.Controllers;

[ApiController]
[AllowAnonymous]
[Route("health")]
public class HealthController : ControllerBase
{
    private readonly IAmazonS3 _s3;
    private readonly IAmazonDynamoDB _dynamo;
    private readonly IAmazonSecurityTokenService _sts;
    private readonly StorageOptions _storage;
    private readonly InventoryOptions _inventory;
    private readonly ILogger<HealthController> _logger;

    public HealthController(IAmazonS3 s3, IAmazonDynamoDB dynamo, IAmazonSecurityTokenService sts, IOptions<StorageOptions> storage, IOptions<InventoryOptions> inventory, ILogger<HealthController> logger)
    {
        _s3 = s3;
        _dynamo = dynamo;
        _sts = sts;
        _storage = storage.Value;
        _inventory = inventory.Value;
        _logger = logger;
    }

    [HttpGet("live")]
    public IActionResult Live() => Ok(new { status = "ok" });

    [HttpGet("ready")]
    public async Task<IActionResult> Ready(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await _dynamo.DescribeTableAsync(_inventory.TableName, cancellationToken);
            await _s3.GetBucketLocationAsync(_storage.ImageBucket, cancellationToken);
            return Ok(new { status = "ready", elapsedMs = watch.ElapsedMilliseconds });
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Readiness check failed");
            return StatusCode(503, new { status = "unavailable", error = ex.Message });
        }
    }

    [HttpGet("identity")]
    public async Task<IActionResult> Identity(CancellationToken cancellationToken)
    {
        var identity = await _sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken);
        return Ok(new { identity.Account, identity.Arn, identity.UserId });
    }
}
