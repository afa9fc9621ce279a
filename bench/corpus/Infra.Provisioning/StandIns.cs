// Stand-in for Microsoft.Extensions.Logging, so the tool compiles with the AWS SDK only.
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

        public static void LogError(this ILogger logger, Exception exception, string message, params object?[] args) => logger.Log(LogLevel.Error, exception, message, args);
    }

    public sealed class ConsoleLogger : ILogger
    {
        private readonly string _category;

        public ConsoleLogger(string category)
        {
            _category = category;
        }

        public void Log(LogLevel level, Exception? exception, string message, params object?[] args)
        {
            var text = message;
            foreach (var arg in args)
            {
                var start = text.IndexOf('{');
                var end = start >= 0 ? text.IndexOf('}', start) : -1;
                if (start < 0 || end < 0)
                {
                    break;
                }

                text = text.Substring(0, start) + arg + text.Substring(end + 1);
            }

            Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {level,-11} {_category}: {text}");
            if (exception != null)
            {
                Console.WriteLine(exception);
            }
        }
    }
}
