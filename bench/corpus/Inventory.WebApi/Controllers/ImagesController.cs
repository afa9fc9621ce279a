using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.DataModel;
using Inventory.WebApi.Models;
using Inventory.WebApi.Options;
using Inventory.WebApi.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.WebApi.Controllers;

[ApiController]
[Authorize]
[Route("api/warehouses/{warehouseId}/items/{sku}/images")]
public class ImagesController : ControllerBase
{
    private static readonly HashSet<string> AllowedTypes = new(StringComparer.OrdinalIgnoreCase) { "image/png", "image/jpeg", "image/webp" };

    private readonly IImageStorage _images;
    private readonly IDynamoDBContext _context;
    private readonly StorageOptions _storage;
    private readonly InventoryOptions _inventory;
    private readonly ILogger<ImagesController> _logger;

    public ImagesController(IImageStorage images, IDynamoDBContext context, IOptions<StorageOptions> storage, IOptions<InventoryOptions> inventory, ILogger<ImagesController> logger)
    {
        _images = images;
        _context = context;
        _storage = storage.Value;
        _inventory = inventory.Value;
        _logger = logger;
    }

    [HttpPost]
    [RequestSizeLimit(10 * 1024 * 1024)]
    public async Task<IActionResult> Upload(string warehouseId, string sku, [FromForm] IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length == 0 || file.Length > _storage.MaxUploadBytes)
        {
            return BadRequest(new { error = "The file is empty or too large." });
        }

        if (!AllowedTypes.Contains(file.ContentType))
        {
            return BadRequest(new { error = $"Unsupported content type {file.ContentType}." });
        }

        var item = await _context.LoadAsync<InventoryItem>(warehouseId, sku, new LoadConfig { OverrideTableName = _inventory.TableName }, cancellationToken);
        if (item == null)
        {
            return NotFound();
        }

        await using var stream = file.OpenReadStream();
        var key = await _images.SaveAsync(warehouseId, sku, stream, file.ContentType, cancellationToken);

        item.ImageKeys.Add(key);
        await _context.SaveAsync(item, new SaveConfig { OverrideTableName = _inventory.TableName }, cancellationToken);

        return Ok(new { key, url = _images.GetUrl(key) });
    }

    /// <summary>
    /// Returns a URL the browser can PUT the image to directly.
    /// </summary>
    [HttpPost("upload-url")]
    public IActionResult UploadUrl(string warehouseId, string sku, [FromQuery] string contentType)
    {
        if (!AllowedTypes.Contains(contentType))
        {
            return BadRequest(new { error = $"Unsupported content type {contentType}." });
        }

        var url = _images.GetUploadUrl(warehouseId, sku, contentType, out var key);
        _logger.LogDebug("Issued upload URL for {Key}", key);
        return Ok(new { key, url });
    }

    [HttpGet("{*key}")]
    [AllowAnonymous]
    public IActionResult Redirect(string warehouseId, string sku, string key)
    {
        if (!key.StartsWith($"items/{warehouseId}/{sku}/", StringComparison.Ordinal))
        {
            return NotFound();
        }

        return Redirect(_images.GetUrl(key));
    }
}
