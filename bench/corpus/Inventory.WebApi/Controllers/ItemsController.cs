using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using System.Threading;
using System.Threading.Tasks;
using Inventory.WebApi.Models;
using Inventory.WebApi.Options;
using Inventory.WebApi.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.WebApi.Controllers;

[ApiController]
[Authorize]
[Route("api/warehouses/{warehouseId}/items")]
public class ItemsController : ControllerBase
{
    private readonly IInventoryService _inventory;
    private readonly IImageStorage _images;
    private readonly InventoryOptions _options;
    private readonly ILogger<ItemsController> _logger;

    public ItemsController(IInventoryService inventory, IImageStorage images, IOptions<InventoryOptions> options, ILogger<ItemsController> logger)
    {
        _inventory = inventory;
        _images = images;
        _options = options.Value;
        _logger = logger;
    }

    private string Actor => HttpContext.User.FindFirst(ClaimTypes.Email)?.Value ?? HttpContext.User.Identity?.Name ?? "unknown";

    [HttpGet]
    [ProducesResponseType(typeof(PageDto<ItemDto>), 200)]
    public async Task<IActionResult> List([FromRoute] string warehouseId, [FromQuery] int? pageSize, [FromQuery] string? next, CancellationToken cancellationToken)
    {
        var (items, nextToken) = await _inventory.ListAsync(warehouseId, pageSize ?? _options.DefaultPageSize, next, cancellationToken);
        return Ok(new PageDto<ItemDto>(items.Select(ToDto).ToList(), nextToken));
    }

    [HttpGet("{sku}")]
    [ProducesResponseType(typeof(ItemDto), 200)]
    [ProducesResponseType(404)]
    public async Task<IActionResult> Get(string warehouseId, string sku, CancellationToken cancellationToken)
    {
        var item = await _inventory.GetAsync(warehouseId, sku, cancellationToken);
        if (item == null)
        {
            return NotFound();
        }

        return Ok(ToDto(item));
    }

    [HttpPost]
    [Authorize(Roles = "inventory-writer")]
    public async Task<IActionResult> Create(string warehouseId, [FromBody] CreateItemRequest request, CancellationToken cancellationToken)
    {
        if (await _inventory.GetAsync(warehouseId, request.Sku, cancellationToken) != null)
        {
            return Conflict(new { error = $"SKU {request.Sku} already exists in {warehouseId}" });
        }

        var item = await _inventory.CreateAsync(warehouseId, request, Actor, cancellationToken);
        return CreatedAtAction(nameof(Get), new { warehouseId, sku = item.Sku }, ToDto(item));
    }

    [HttpPost("{sku}/adjust")]
    [Authorize(Roles = "inventory-writer")]
    public async Task<IActionResult> Adjust(string warehouseId, string sku, [FromBody] AdjustStockRequest request, CancellationToken cancellationToken)
    {
        _logger.LogInformation("{Actor} adjusts {Warehouse}/{Sku} by {Delta}: {Reason}", Actor, warehouseId, sku, request.Delta, request.Reason);
        var item = await _inventory.AdjustAsync(warehouseId, sku, request.Delta, Actor, cancellationToken);
        if (item == null)
        {
            return BadRequest(new { error = "The item does not exist or the adjustment would make stock negative." });
        }

        return Ok(ToDto(item));
    }

    [HttpDelete("{sku}")]
    [Authorize(Roles = "inventory-admin")]
    public async Task<IActionResult> Delete(string warehouseId, string sku, CancellationToken cancellationToken)
    {
        var item = await _inventory.GetAsync(warehouseId, sku, cancellationToken);
        if (item == null)
        {
            return NotFound();
        }

        foreach (var key in item.ImageKeys)
        {
            await _images.DeleteAsync(key, cancellationToken);
        }

        await _inventory.DeleteAsync(warehouseId, sku, cancellationToken);
        return NoContent();
    }

    [HttpGet("low-stock")]
    public async Task<ActionResult<List<ItemDto>>> LowStock(string warehouseId, [FromQuery] int threshold = 5, CancellationToken cancellationToken = default)
    {
        var items = await _inventory.LowStockAsync(warehouseId, threshold, cancellationToken);
        return items.Select(ToDto).ToList();
    }

    private ItemDto ToDto(InventoryItem item) => new(
        item.WarehouseId,
        item.Sku,
        item.Name,
        item.Quantity,
        item.Available,
        item.BinLocation,
        item.ImageKeys.Select(_images.GetUrl).ToList());
}
