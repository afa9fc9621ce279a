using System;
using System.Collections.Generic;
using Inventory.WebApi.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.WebApi;

/// <summary>
/// Composition root. The hosting code (WebApplication.CreateBuilder, MapControllers)
/// lives in the host project; this method is what it calls to register services.
/// </summary>
public static class Startup
{
    public static IServiceCollection ConfigureServices(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddInventoryServices(configuration);
        return services;
    }

    public static IReadOnlyDictionary<string, string> EnvironmentOverrides() => new Dictionary<string, string>
    {
        ["AWS:Region"] = Environment.GetEnvironmentVariable("AWS_REGION") ?? "eu-central-1",
        ["Storage:ImageBucket"] = Environment.GetEnvironmentVariable("IMAGE_BUCKET") ?? "inventory-product-images",
    };
}
