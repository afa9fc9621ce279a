using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ResponsibilityAnalyzers.Core;

/// <summary>
/// Time spans and "now + a span" the compiler can work out, in ticks: <c>TimeSpan.FromDays(2)</c>,
/// <c>new TimeSpan(1, 0, 0)</c>, <c>DateTime.UtcNow.AddDays(30)</c>, <c>DateTime.UtcNow + TimeSpan.FromHours(1)</c>,
/// <c>DateTimeOffset.UtcNow.AddDays(1).UtcDateTime</c>, <c>DateTime.MaxValue</c> (<see cref="Forever"/>).
/// Anything else (a variable, a configured value, a date fixed in the calendar) is unknown: null.
/// </summary>
internal sealed class Durations
{
    /// <summary>What <see cref="FromNow"/> gives for <c>DateTime.MaxValue</c>: a moment that never comes.</summary>
    public const long Forever = long.MaxValue;

    private static readonly Dictionary<string, long> AddUnits = new(StringComparer.Ordinal)
    {
        ["AddDays"] = TimeSpan.TicksPerDay,
        ["AddHours"] = TimeSpan.TicksPerHour,
        ["AddMinutes"] = TimeSpan.TicksPerMinute,
        ["AddSeconds"] = TimeSpan.TicksPerSecond,
        ["AddMilliseconds"] = TimeSpan.TicksPerMillisecond,
        ["AddMicroseconds"] = 10,
        ["AddTicks"] = 1,
    };

    private static readonly Dictionary<string, long> FromUnits = new(StringComparer.Ordinal)
    {
        ["FromDays"] = TimeSpan.TicksPerDay,
        ["FromHours"] = TimeSpan.TicksPerHour,
        ["FromMinutes"] = TimeSpan.TicksPerMinute,
        ["FromSeconds"] = TimeSpan.TicksPerSecond,
        ["FromMilliseconds"] = TimeSpan.TicksPerMillisecond,
        ["FromMicroseconds"] = 10,
        ["FromTicks"] = 1,
    };

    /// <summary>The units a fix can write, largest first: <c>AddDays(7)</c> reads better than <c>AddSeconds(604800)</c>.</summary>
    private static readonly (string Method, long Ticks)[] WritableUnits =
    {
        ("AddDays", TimeSpan.TicksPerDay),
        ("AddHours", TimeSpan.TicksPerHour),
        ("AddMinutes", TimeSpan.TicksPerMinute),
        ("AddSeconds", TimeSpan.TicksPerSecond),
        ("AddMilliseconds", TimeSpan.TicksPerMillisecond),
        ("AddTicks", 1),
    };

    private readonly INamedTypeSymbol _dateTime;
    private readonly INamedTypeSymbol? _dateTimeOffset;
    private readonly INamedTypeSymbol? _timeSpan;

    public Durations(Compilation compilation, AwsTypes types)
    {
        _dateTime = compilation.GetSpecialType(SpecialType.System_DateTime);
        _dateTimeOffset = types[AwsType.DateTimeOffset];
        _timeSpan = types[AwsType.TimeSpan];
    }

    /// <summary>How many ticks after "now" a DateTime or DateTimeOffset expression is; <see cref="Forever"/> for MaxValue.</summary>
    public long? FromNow(IOperation value)
    {
        switch (Single(value))
        {
            case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "UtcNow" or "Now" } property } when IsDate(property.ContainingType):
                return 0;
            case IFieldReferenceOperation { Field: { IsStatic: true, Name: "MaxValue" } field } when IsDate(field.ContainingType):
                return Forever;
            case IPropertyReferenceOperation { Property.Name: "UtcDateTime" or "DateTime" or "LocalDateTime", Instance: { } offset } property
                when SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, _dateTimeOffset):
                return FromNow(offset);
            case IInvocationOperation { Instance: { } instance, TargetMethod: var method, Arguments: var arguments } when IsDate(method.ContainingType):
                if (method.Name is "ToUniversalTime" or "ToLocalTime" && arguments.Length == 0)
                {
                    return FromNow(instance);
                }

                if (arguments.Length != 1)
                {
                    return null;
                }

                return method.Name == "Add"
                    ? Sum(FromNow(instance), TimeSpanTicks(arguments[0].Value))
                    : AddUnits.TryGetValue(method.Name, out var unit) ? Sum(FromNow(instance), Ticks(arguments[0].Value, unit)) : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract, OperatorMethod: { } method } binary
                when IsDate(method.ContainingType) && IsDate(binary.LeftOperand.Type):
                return TimeSpanTicks(binary.RightOperand) is { } span
                    ? Sum(FromNow(binary.LeftOperand), binary.OperatorKind == BinaryOperatorKind.Add ? span : -span)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>The ticks of a TimeSpan expression: TimeSpan.FromDays(2), new TimeSpan(1, 0, 0), TimeSpan.Zero, a sum of those.</summary>
    public long? TimeSpanTicks(IOperation value)
    {
        switch (Single(value))
        {
            case IFieldReferenceOperation { Field: { IsStatic: true, Name: "Zero" } field } when IsTimeSpan(field.ContainingType):
                return 0;
            case IInvocationOperation { Instance: null, TargetMethod: var method, Arguments.Length: 1 } invocation
                when IsTimeSpan(method.ContainingType) && FromUnits.TryGetValue(method.Name, out var unit):
                return Ticks(invocation.Arguments[0].Value, unit);
            case IObjectCreationOperation { Constructor: { } constructor, Arguments: var arguments } when IsTimeSpan(constructor.ContainingType):
                return Constructed(arguments);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract, OperatorMethod: { } method } binary
                when IsTimeSpan(method.ContainingType) && IsTimeSpan(binary.LeftOperand.Type) && IsTimeSpan(binary.RightOperand.Type):
                return TimeSpanTicks(binary.RightOperand) is { } right
                    ? Sum(TimeSpanTicks(binary.LeftOperand), binary.OperatorKind == BinaryOperatorKind.Add ? right : -right)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>A C# expression for "now + <paramref name="ticks"/>" in the largest whole unit: <c>System.DateTime.UtcNow.AddDays(7)</c>.</summary>
    public static Fact NowPlus(long ticks)
    {
        var (method, unit) = WritableUnits.First(writable => ticks % writable.Ticks == 0);
        return Fact.Call("global::System.DateTime.UtcNow." + method, (ticks / unit).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Ticks per unit of a DateTime.AddXxx method (AddDays → a day's ticks); null for any other method.</summary>
    public static long? UnitOf(IMethodSymbol method) => AddUnits.TryGetValue(method.Name, out var unit) ? unit : null;

    /// <summary>"30 days", "1 day 12 hours", "90 minutes" is written "1 hour 30 minutes".</summary>
    public static string Describe(long ticks)
    {
        var span = TimeSpan.FromTicks(ticks);
        var parts = new List<string>();
        Add(parts, span.Days, "day");
        Add(parts, span.Hours, "hour");
        Add(parts, span.Minutes, "minute");
        Add(parts, span.Seconds, "second");
        Add(parts, span.Milliseconds, "millisecond");
        return parts.Count == 0 ? ticks.ToString(CultureInfo.InvariantCulture) + " ticks" : string.Join(" ", parts);

        static void Add(List<string> parts, int count, string unit)
        {
            if (count != 0)
            {
                parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? string.Empty : "s"));
            }
        }
    }

    /// <summary>The one expression a value comes from (through locals assigned once); null when it can be several.</summary>
    private static IOperation? Single(IOperation value) => Values.SingleLeaf(value);

    /// <summary><c>new TimeSpan(ticks)</c>, <c>(h, m, s)</c>, <c>(d, h, m, s)</c>, <c>(d, h, m, s, ms)</c> or <c>(d, h, m, s, ms, µs)</c> with constant arguments.</summary>
    private static long? Constructed(IReadOnlyList<IArgumentOperation> arguments)
    {
        long[] units = arguments.Count switch
        {
            1 => new long[] { 1 },
            3 => new[] { TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond },
            4 => new[] { TimeSpan.TicksPerDay, TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond },
            5 => new[] { TimeSpan.TicksPerDay, TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMillisecond },
            6 => new[] { TimeSpan.TicksPerDay, TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMillisecond, 10L },
            _ => Array.Empty<long>(),
        };
        long? total = units.Length == 0 ? null : 0;
        for (var i = 0; i < units.Length; i++)
        {
            total = Sum(total, Ticks(arguments[i].Value, units[i]));
        }

        return total;
    }

    /// <summary>A constant number of <paramref name="unit"/>s, in ticks; null when not constant or beyond DateTime's range.</summary>
    private static long? Ticks(IOperation count, long unit)
    {
        if (Single(count) is not { } leaf || !Values.TryGetConstant(leaf, out var value) || value is null or bool or string or char)
        {
            return null;
        }

        double number;
        try
        {
            number = Convert.ToDouble(value, CultureInfo.InvariantCulture) * unit;
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            return null;
        }

        return !double.IsNaN(number) && Math.Abs(number) <= DateTime.MaxValue.Ticks ? (long)Math.Round(number) : null;
    }

    /// <summary>A sum of ticks that stays unknown when either side is, and when it leaves DateTime's range or starts from Forever.</summary>
    private static long? Sum(long? left, long? right) =>
        left is { } a && right is { } b && a != Forever && Math.Abs((decimal)a + b) <= DateTime.MaxValue.Ticks ? a + b : null;

    private bool IsDate(ITypeSymbol? type) =>
        SymbolEqualityComparer.Default.Equals(type, _dateTime) || SymbolEqualityComparer.Default.Equals(type, _dateTimeOffset);

    private bool IsTimeSpan(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, _timeSpan);
}
