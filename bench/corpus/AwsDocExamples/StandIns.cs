// Minimal stand-ins for the Microsoft.Extensions.* types these examples use, so the project
// compiles against the AWS SDK and the framework only. Same namespaces as the real packages.
using System;
using System.Collections.Generic;

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

        bool IsEnabled(LogLevel level);
    }

    public interface ILogger<out TCategoryName> : ILogger
    {
    }

    public interface ILoggerFactory
    {
        ILogger CreateLogger(string categoryName);
    }

    public static class LoggerExtensions
    {
        public static void LogDebug(this ILogger logger, string message, params object?[] args) =>
            logger.Log(LogLevel.Debug, null, message, args);

        public static void LogInformation(this ILogger logger, string message, params object?[] args) =>
            logger.Log(LogLevel.Information, null, message, args);

        public static void LogWarning(this ILogger logger, string message, params object?[] args) =>
            logger.Log(LogLevel.Warning, null, message, args);

        public static void LogWarning(this ILogger logger, Exception exception, string message, params object?[] args) =>
            logger.Log(LogLevel.Warning, exception, message, args);

        public static void LogError(this ILogger logger, string message, params object?[] args) =>
            logger.Log(LogLevel.Error, null, message, args);

        public static void LogError(this ILogger logger, Exception exception, string message, params object?[] args) =>
            logger.Log(LogLevel.Error, exception, message, args);
    }

    public sealed class ConsoleLogger<T> : ILogger<T>
    {
        public LogLevel MinimumLevel { get; set; } = LogLevel.Information;

        public bool IsEnabled(LogLevel level) => level >= MinimumLevel;

        public void Log(LogLevel level, Exception? exception, string message, params object?[] args)
        {
            if (!IsEnabled(level))
            {
                return;
            }

            Console.WriteLine($"[{level}] {typeof(T).Name}: {message} {string.Join(", ", args)}");
            if (exception != null)
            {
                Console.WriteLine(exception);
            }
        }
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

        string? Value { get; set; }
    }

    /// <summary>A dictionary-backed configuration, enough for settings.json-style lookups.</summary>
    public sealed class InMemoryConfiguration : IConfigurationSection
    {
        private readonly Dictionary<string, string?> _values;
        private readonly string _prefix;

        public InMemoryConfiguration(Dictionary<string, string?> values, string prefix = "")
        {
            _values = values;
            _prefix = prefix;
        }

        public string Key => _prefix;

        public string? Value
        {
            get => _values.TryGetValue(_prefix, out var v) ? v : null;
            set => _values[_prefix] = value;
        }

        public string? this[string key]
        {
            get => _values.TryGetValue(Combine(key), out var v) ? v : null;
            set => _values[Combine(key)] = value;
        }

        public IConfigurationSection GetSection(string key) => new InMemoryConfiguration(_values, Combine(key));

        private string Combine(string key) => string.IsNullOrEmpty(_prefix) ? key : _prefix + ":" + key;
    }
}
