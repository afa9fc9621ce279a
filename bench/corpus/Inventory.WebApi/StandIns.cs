// Stand-ins for the ASP.NET Core and Microsoft.Extensions.* types this web app uses, so the corpus
// compiles against the framework and the AWS SDK only. Real namespaces, trimmed members.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult
    {
    }

    public class ObjectResult : IActionResult
    {
        public ObjectResult(object? value)
        {
            Value = value;
        }

        public object? Value { get; }

        public int? StatusCode { get; set; }
    }

    public class StatusCodeResult : IActionResult
    {
        public StatusCodeResult(int statusCode)
        {
            StatusCode = statusCode;
        }

        public int StatusCode { get; }
    }

    public class RedirectResult : IActionResult
    {
        public RedirectResult(string url)
        {
            Url = url;
        }

        public string Url { get; }
    }

    public sealed class ActionResult<TValue>
    {
        public ActionResult(TValue value)
        {
            Value = value;
        }

        public ActionResult(IActionResult result)
        {
            Result = result;
        }

        public TValue? Value { get; }

        public IActionResult? Result { get; }

        public static implicit operator ActionResult<TValue>(TValue value) => new(value);

        public static implicit operator ActionResult<TValue>(ObjectResult result) => new(result);

        public static implicit operator ActionResult<TValue>(StatusCodeResult result) => new(result);
    }

    public abstract class ControllerBase
    {
        public Microsoft.AspNetCore.Http.HttpContext HttpContext { get; set; } = new();

        public ObjectResult Ok(object? value = null) => new(value) { StatusCode = 200 };

        public StatusCodeResult NoContent() => new(204);

        public StatusCodeResult NotFound() => new(404);

        public ObjectResult NotFound(object? value) => new(value) { StatusCode = 404 };

        public ObjectResult BadRequest(object? error) => new(error) { StatusCode = 400 };

        public ObjectResult Conflict(object? error) => new(error) { StatusCode = 409 };

        public StatusCodeResult Forbid() => new(403);

        public ObjectResult StatusCode(int statusCode, object? value) => new(value) { StatusCode = statusCode };

        public ObjectResult CreatedAtAction(string? actionName, object? routeValues, object? value) => new(value) { StatusCode = 201 };

        public RedirectResult Redirect(string url) => new(url);
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly)]
    public sealed class ApiControllerAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class RouteAttribute : Attribute
    {
        public RouteAttribute(string template)
        {
            Template = template;
        }

        public string Template { get; }
    }

    public abstract class HttpMethodAttribute : Attribute
    {
        protected HttpMethodAttribute(string? template)
        {
            Template = template;
        }

        public string? Template { get; }

        public string? Name { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class HttpGetAttribute : HttpMethodAttribute
    {
        public HttpGetAttribute(string? template = null)
            : base(template)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class HttpPostAttribute : HttpMethodAttribute
    {
        public HttpPostAttribute(string? template = null)
            : base(template)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class HttpPutAttribute : HttpMethodAttribute
    {
        public HttpPutAttribute(string? template = null)
            : base(template)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class HttpDeleteAttribute : HttpMethodAttribute
    {
        public HttpDeleteAttribute(string? template = null)
            : base(template)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class FromBodyAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class FromQueryAttribute : Attribute
    {
        public string? Name { get; set; }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class FromRouteAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class FromFormAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class FromServicesAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ProducesResponseTypeAttribute : Attribute
    {
        public ProducesResponseTypeAttribute(int statusCode)
        {
            StatusCode = statusCode;
        }

        public ProducesResponseTypeAttribute(Type type, int statusCode)
        {
            Type = type;
            StatusCode = statusCode;
        }

        public Type? Type { get; }

        public int StatusCode { get; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class RequestSizeLimitAttribute : Attribute
    {
        public RequestSizeLimitAttribute(long bytes)
        {
            Bytes = bytes;
        }

        public long Bytes { get; }
    }
}

namespace Microsoft.AspNetCore.Authorization
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class AuthorizeAttribute : Attribute
    {
        public AuthorizeAttribute()
        {
        }

        public AuthorizeAttribute(string policy)
        {
            Policy = policy;
        }

        public string? Policy { get; set; }

        public string? Roles { get; set; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class AllowAnonymousAttribute : Attribute
    {
    }
}

namespace Microsoft.AspNetCore.Http
{
    public interface IFormFile
    {
        string ContentType { get; }

        string FileName { get; }

        string Name { get; }

        long Length { get; }

        Stream OpenReadStream();

        Task CopyToAsync(Stream target, CancellationToken cancellationToken = default);
    }

    public class HttpContext
    {
        public System.Security.Claims.ClaimsPrincipal User { get; set; } = new();

        public string TraceIdentifier { get; set; } = Guid.NewGuid().ToString();

        public CancellationToken RequestAborted { get; set; }
    }
}

namespace Microsoft.Extensions.Logging
{
    public enum LogLevel
    {
        Trace,
        Debug,
        Information,
        Warning,
        Error,
        Critical,
        None,
    }

    public interface ILogger
    {
        void Log(LogLevel level, Exception? exception, string message, params object?[] args);
    }

    public interface ILogger<out TCategoryName> : ILogger
    {
    }

    public static class LoggerExtensions
    {
        public static void LogDebug(this ILogger logger, string message, params object?[] args) => logger.Log(LogLevel.Debug, null, message, args);

        public static void LogInformation(this ILogger logger, string message, params object?[] args) => logger.Log(LogLevel.Information, null, message, args);

        public static void LogWarning(this ILogger logger, string message, params object?[] args) => logger.Log(LogLevel.Warning, null, message, args);

        public static void LogWarning(this ILogger logger, Exception exception, string message, params object?[] args) => logger.Log(LogLevel.Warning, exception, message, args);

        public static void LogError(this ILogger logger, Exception exception, string message, params object?[] args) => logger.Log(LogLevel.Error, exception, message, args);
    }
}

namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions>
        where TOptions : class
    {
        TOptions Value { get; }
    }

    public interface IOptionsSnapshot<out TOptions> : IOptions<TOptions>
        where TOptions : class
    {
    }
}

namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string? this[string key] { get; set; }

        IConfigurationSection GetSection(string key);
    }

    public interface IConfigurationSection : IConfiguration
    {
        string Key { get; }

        string Path { get; }

        string? Value { get; set; }
    }

    public static class ConfigurationExtensions
    {
        public static string? GetConnectionString(this IConfiguration configuration, string name) =>
            configuration.GetSection("ConnectionStrings")[name];

        public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue)
        {
            var value = configuration[key];
            if (value == null)
            {
                return defaultValue;
            }

            return (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
        }

        public static T? Get<T>(this IConfigurationSection section)
            where T : new()
        {
            // The real binder maps every property; the stand-in only needs to exist.
            return section.Value == null && section["__empty"] == null ? new T() : new T();
        }
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public interface IServiceCollection : IList<ServiceDescriptor>
    {
    }

    public enum ServiceLifetime
    {
        Singleton,
        Scoped,
        Transient,
    }

    public sealed class ServiceDescriptor
    {
        public ServiceDescriptor(Type serviceType, Type? implementationType, Func<IServiceProvider, object>? factory, ServiceLifetime lifetime)
        {
            ServiceType = serviceType;
            ImplementationType = implementationType;
            ImplementationFactory = factory;
            Lifetime = lifetime;
        }

        public Type ServiceType { get; }

        public Type? ImplementationType { get; }

        public Func<IServiceProvider, object>? ImplementationFactory { get; }

        public ServiceLifetime Lifetime { get; }
    }

    public sealed class ServiceCollection : List<ServiceDescriptor>, IServiceCollection
    {
    }

    public static class ServiceCollectionServiceExtensions
    {
        public static IServiceCollection AddSingleton<TService>(this IServiceCollection services, Func<IServiceProvider, TService> factory)
            where TService : class
        {
            services.Add(new ServiceDescriptor(typeof(TService), null, factory, ServiceLifetime.Singleton));
            return services;
        }

        public static IServiceCollection AddSingleton<TService, TImplementation>(this IServiceCollection services)
            where TService : class
            where TImplementation : class, TService
        {
            services.Add(new ServiceDescriptor(typeof(TService), typeof(TImplementation), null, ServiceLifetime.Singleton));
            return services;
        }

        public static IServiceCollection AddScoped<TService, TImplementation>(this IServiceCollection services)
            where TService : class
            where TImplementation : class, TService
        {
            services.Add(new ServiceDescriptor(typeof(TService), typeof(TImplementation), null, ServiceLifetime.Scoped));
            return services;
        }

        public static IServiceCollection AddScoped<TService>(this IServiceCollection services, Func<IServiceProvider, TService> factory)
            where TService : class
        {
            services.Add(new ServiceDescriptor(typeof(TService), null, factory, ServiceLifetime.Scoped));
            return services;
        }

        public static IServiceCollection Configure<TOptions>(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration section)
            where TOptions : class
        {
            services.Add(new ServiceDescriptor(typeof(Microsoft.Extensions.Options.IOptions<TOptions>), null, _ => section, ServiceLifetime.Singleton));
            return services;
        }
    }
}
