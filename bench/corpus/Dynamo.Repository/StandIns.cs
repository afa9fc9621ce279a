// Stand-ins for Microsoft.Extensions.Logging / Options so this project compiles with the AWS SDK only.
using System;

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
        public static void LogTrace(this ILogger logger, string message, params object?[] args) => logger.Log(LogLevel.Trace, null, message, args);

        public static void LogDebug(this ILogger logger, string message, params object?[] args) => logger.Log(LogLevel.Debug, null, message, args);

        public static void LogInformation(this ILogger logger, string message, params object?[] args) => logger.Log(LogLevel.Information, null, message, args);

        public static void LogWarning(this ILogger logger, string message, params object?[] args) => logger.Log(LogLevel.Warning, null, message, args);

        public static void LogWarning(this ILogger logger, Exception exception, string message, params object?[] args) => logger.Log(LogLevel.Warning, exception, message, args);

        public static void LogError(this ILogger logger, Exception exception, string message, params object?[] args) => logger.Log(LogLevel.Error, exception, message, args);
    }

    namespace Abstractions
    {
        public sealed class NullLogger<T> : ILogger<T>
        {
            public static readonly NullLogger<T> Instance = new();

            public void Log(LogLevel level, Exception? exception, string message, params object?[] args)
            {
            }
        }
    }
}

namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions>
        where TOptions : class
    {
        TOptions Value { get; }
    }

    public static class Options
    {
        public static IOptions<TOptions> Create<TOptions>(TOptions options)
            where TOptions : class => new OptionsWrapper<TOptions>(options);
    }

    public sealed class OptionsWrapper<TOptions> : IOptions<TOptions>
        where TOptions : class
    {
        public OptionsWrapper(TOptions options)
        {
            Value = options;
        }

        public TOptions Value { get; }
    }
}
