using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repository.Abstractions;

namespace Dynamo.Repository.Mapping;

/// <summary>
/// Turns DynamoDB's LastEvaluatedKey into an opaque string a client can
/// hand back, and back again. Only string and number keys are supported,
/// which is all our tables use.
/// </summary>
public static class PaginationToken
{
    public static string? Encode(Dictionary<string, AttributeValue>? lastEvaluatedKey)
    {
        if (lastEvaluatedKey == null || lastEvaluatedKey.Count == 0)
        {
            return null;
        }

        var simple = lastEvaluatedKey.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.S != null ? "S:" + kv.Value.S : "N:" + kv.Value.N);
        var json = JsonSerializer.Serialize(simple);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json))
            .TrimEnd('=')
            .Replace('+', '-')
            .Replace('/', '_');
    }

    public static Dictionary<string, AttributeValue>? Decode(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            var simple = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new Dictionary<string, string>();
            return simple.ToDictionary(
                kv => kv.Key,
                kv => kv.Value.StartsWith("S:", StringComparison.Ordinal)
                    ? new AttributeValue { S = kv.Value.Substring(2) }
                    : new AttributeValue { N = kv.Value.Substring(2) });
        }
        catch (FormatException ex)
        {
            throw new InvalidPaginationTokenException(ex);
        }
        catch (JsonException ex)
        {
            throw new InvalidPaginationTokenException(ex);
        }
    }
}
