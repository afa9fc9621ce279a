using System.Threading;
using System.Threading.Tasks;
using Inventory.WebApi.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Inventory.WebApi.Controllers;

public class SettingRequest
{
    public string Value { get; set; } = string.Empty;

    public bool Secure { get; set; }
}

[ApiController]
[Authorize(Roles = "inventory-admin")]
[Route("api/admin")]
public class AdminController : ControllerBase
{
    private readonly ISecretsProvider _secrets;

    public AdminController(ISecretsProvider secrets)
    {
        _secrets = secrets;
    }

    [HttpGet("settings/{name}")]
    public async Task<IActionResult> GetSetting(string name, CancellationToken cancellationToken)
    {
        var value = await _secrets.GetAsync(name, cancellationToken);
        return value == null ? NotFound() : Ok(new { name, value });
    }

    [HttpPut("settings/{name}")]
    public async Task<IActionResult> PutSetting(string name, [FromBody] SettingRequest request, CancellationToken cancellationToken)
    {
        await _secrets.PutAsync(name, request.Value, request.Secure, cancellationToken);
        return NoContent();
    }

    [HttpPost("protect")]
    public async Task<IActionResult> Protect([FromBody] SettingRequest request, CancellationToken cancellationToken) =>
        Ok(new { protectedValue = await _secrets.ProtectAsync(request.Value, cancellationToken) });
}
