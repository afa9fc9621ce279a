// Minimal stand-ins for Microsoft.Extensions.Logging and Microsoft.Extensions.Options.
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

    public interface IOptionsMonitor<out TOptions>
    {
        TOptions CurrentValue { get; }
    }
}
