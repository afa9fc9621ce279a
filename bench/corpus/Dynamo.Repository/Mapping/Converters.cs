using System;
using System.Globalization;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;

namespace Dynamo.Repository.Mapping;

/// <summary>
/// Stores enums by name rather than by number, so the table stays readable
/// and reordering the enum does not change stored data.
/// </summary>
public class EnumStringConverter<TEnum> : IPropertyConverter
    where TEnum : struct, Enum
{
    public DynamoDBEntry ToEntry(object value) => new Primitive(value.ToString());

    public object FromEntry(DynamoDBEntry entry)
    {
        var text = entry.AsString();
        return Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) ? parsed : default(TEnum);
    }
}

/// <summary>
/// Stores dates as sortable ISO-8601 strings in UTC.
/// </summary>
public class IsoDateTimeConverter : IPropertyConverter
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public DynamoDBEntry ToEntry(object value)
    {
        var date = (DateTime)value;
        return new Primitive(date.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture));
    }

    public object FromEntry(DynamoDBEntry entry)
    {
        var text = entry.AsString();
        return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }
}

/// <summary>
/// Stores dates as Unix epoch seconds, the format DynamoDB TTL reads.
/// </summary>
public class EpochSecondsConverter : IPropertyConverter
{
    public DynamoDBEntry ToEntry(object value)
    {
        var date = (DateTime)value;
        var seconds = new DateTimeOffset(date.ToUniversalTime()).ToUnixTimeSeconds();
        return new Primitive(seconds.ToString(CultureInfo.InvariantCulture), saveAsNumeric: true);
    }

    public object FromEntry(DynamoDBEntry entry)
    {
        var seconds = entry.AsLong();
        return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
    }
}
