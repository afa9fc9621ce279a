// Stand-ins for the xunit types these tests use, in xunit's namespaces, so the corpus needs no test packages.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Xunit
{
    [AttributeUsage(AttributeTargets.Method)]
    public class FactAttribute : Attribute
    {
        public string? Skip { get; set; }

        public string? DisplayName { get; set; }

        public int Timeout { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class TheoryAttribute : FactAttribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class InlineDataAttribute : Attribute
    {
        public InlineDataAttribute(params object?[] data)
        {
            Data = data;
        }

        public object?[] Data { get; }
    }

    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    public sealed class CollectionAttribute : Attribute
    {
        public CollectionAttribute(string name)
        {
            Name = name;
        }

        public string Name { get; }
    }

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class CollectionDefinitionAttribute : Attribute
    {
        public CollectionDefinitionAttribute(string name)
        {
            Name = name;
        }

        public string Name { get; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class TraitAttribute : Attribute
    {
        public TraitAttribute(string name, string value)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }

        public string Value { get; }
    }

    public interface IAsyncLifetime
    {
        Task InitializeAsync();

        Task DisposeAsync();
    }

    public interface IClassFixture<TFixture>
        where TFixture : class
    {
    }

    public interface ICollectionFixture<TFixture>
        where TFixture : class
    {
    }

    public class XunitException : Exception
    {
        public XunitException(string message)
            : base(message)
        {
        }
    }

    public static class Assert
    {
        public static void True(bool condition, string? userMessage = null)
        {
            if (!condition)
            {
                throw new XunitException(userMessage ?? "Assert.True() Failure");
            }
        }

        public static void False(bool condition, string? userMessage = null) => True(!condition, userMessage ?? "Assert.False() Failure");

        public static void Equal<T>(T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                throw new XunitException($"Assert.Equal() Failure: expected {expected}, actual {actual}");
            }
        }

        public static void NotEqual<T>(T expected, T actual)
        {
            if (EqualityComparer<T>.Default.Equals(expected, actual))
            {
                throw new XunitException($"Assert.NotEqual() Failure: {actual}");
            }
        }

        public static void Null(object? value)
        {
            if (value != null)
            {
                throw new XunitException("Assert.Null() Failure");
            }
        }

        public static T NotNull<T>(T? value)
            where T : class =>
            value ?? throw new XunitException("Assert.NotNull() Failure");

        public static void Empty<T>(IEnumerable<T> collection)
        {
            if (collection.Any())
            {
                throw new XunitException("Assert.Empty() Failure");
            }
        }

        public static void NotEmpty<T>(IEnumerable<T> collection)
        {
            if (!collection.Any())
            {
                throw new XunitException("Assert.NotEmpty() Failure");
            }
        }

        public static T Single<T>(IEnumerable<T> collection)
        {
            var list = collection.ToList();
            if (list.Count != 1)
            {
                throw new XunitException($"Assert.Single() Failure: {list.Count} elements");
            }

            return list[0];
        }

        public static void Contains<T>(T expected, IEnumerable<T> collection)
        {
            if (!collection.Contains(expected))
            {
                throw new XunitException($"Assert.Contains() Failure: {expected} not found");
            }
        }

        public static void Contains<T>(IEnumerable<T> collection, Predicate<T> filter)
        {
            if (!collection.Any(item => filter(item)))
            {
                throw new XunitException("Assert.Contains() Failure: no item matched the filter");
            }
        }

        public static void Contains(string expectedSubstring, string? actual)
        {
            if (actual == null || !actual.Contains(expectedSubstring, StringComparison.Ordinal))
            {
                throw new XunitException($"Assert.Contains() Failure: '{expectedSubstring}' not in '{actual}'");
            }
        }

        public static void StartsWith(string expectedStart, string? actual)
        {
            if (actual == null || !actual.StartsWith(expectedStart, StringComparison.Ordinal))
            {
                throw new XunitException($"Assert.StartsWith() Failure: '{actual}'");
            }
        }

        public static async Task<T> ThrowsAsync<T>(Func<Task> testCode)
            where T : Exception
        {
            try
            {
                await testCode().ConfigureAwait(false);
            }
            catch (T ex)
            {
                return ex;
            }

            throw new XunitException($"Assert.ThrowsAsync() Failure: no {typeof(T).Name} was thrown");
        }

        public static void InRange<T>(T actual, T low, T high)
            where T : IComparable<T>
        {
            if (actual.CompareTo(low) < 0 || actual.CompareTo(high) > 0)
            {
                throw new XunitException($"Assert.InRange() Failure: {actual} not in [{low}, {high}]");
            }
        }
    }
}

namespace Xunit.Abstractions
{
    public interface ITestOutputHelper
    {
        void WriteLine(string message);

        void WriteLine(string format, params object[] args);
    }
}
