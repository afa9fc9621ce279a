using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Inventory.WebApi.Models;
using Inventory.WebApi.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inventory.WebApi.Controllers;

[ApiController]
[Route("api/warehouses")]
public class WarehousesController : ControllerBase
{
    private readonly IWarehouseStore _store;

    public WarehousesController(IWarehouseStore store)
    {
        _store = store;
    }

    [HttpGet]
    [AllowAnonymous]
    public async Task<IActionResult> All(CancellationToken cancellationToken)
    {
        var warehouses = await _store.AllAsync(cancellationToken);
        return Ok(warehouses.Where(w => w.Active).Select(w => new { w.Id, w.Name, w.Country, w.ManagerEmail }));
    }

    [HttpGet("{id}")]
    [Authorize]
    public async Task<IActionResult> Get(string id, CancellationToken cancellationToken)
    {
        var warehouse = await _store.GetAsync(id, cancellationToken);
        return warehouse == null ? NotFound() : Ok(warehouse);
    }

    [HttpPut("{id}")]
    [Authorize(Roles = "inventory-admin")]
    public async Task<IActionResult> Put(string id, [FromBody] Warehouse warehouse, CancellationToken cancellationToken)
    {
        warehouse.Id = id;
        await _store.SaveAsync(warehouse, cancellationToken);
        return NoContent();
    }
}
