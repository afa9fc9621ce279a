using System.Security.Claims;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Inventory.WebApi.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Inventory.WebApi.Controllers;

[ApiController]
[Authorize(Roles = "inventory-writer")]
[Route("api/warehouses/{warehouseId}/imports")]
public class ImportsController : ControllerBase
{
    private readonly IImportService _imports;
    private readonly ILogger<ImportsController> _logger;

    public ImportsController(IImportService imports, ILogger<ImportsController> logger)
    {
        _imports = imports;
        _logger = logger;
    }

    [HttpGet]
    public async Task<IActionResult> Pending(string warehouseId, CancellationToken cancellationToken) =>
        Ok(await _imports.PendingAsync(warehouseId, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Stage(string warehouseId, [FromForm] IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        var key = await _imports.StageAsync(warehouseId, file.FileName, stream, cancellationToken);
        return CreatedAtAction(nameof(Pending), new { warehouseId }, new { key });
    }

    [HttpPost("run")]
    public async Task<IActionResult> Run(string warehouseId, [FromQuery] string key, CancellationToken cancellationToken)
    {
        var actor = HttpContext.User.FindFirst(ClaimTypes.Email)?.Value ?? "unknown";
        try
        {
            var result = await _imports.RunAsync(warehouseId, key, actor, cancellationToken);
            return Ok(result);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return NotFound(new { error = $"No staged import {key}" });
        }
        catch (AmazonS3Exception ex)
        {
            _logger.LogError(ex, "Import {Key} failed", key);
            return StatusCode(502, new { error = ex.Message, code = ex.ErrorCode, requestId = ex.RequestId });
        }
    }
}
