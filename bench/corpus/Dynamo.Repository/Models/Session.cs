using System;
using Amazon.DynamoDBv2.DataModel;
using Dynamo.Repository.Abstractions;
using Dynamo.Repository.Mapping;

namespace Dynamo.Repository.Models;

/// <summary>
/// A login session, written by the web tier and read by every request.
/// </summary>
[DynamoDBTable("Sessions")]
public class Session : IEntity
{
    [DynamoDBHashKey("sessionId")]
    public string Id { get; set; } = string.Empty;

    [DynamoDBProperty("userId")]
    public string UserId { get; set; } = string.Empty;

    [DynamoDBProperty("refreshToken")]
    public string? RefreshToken { get; set; }

    [DynamoDBProperty("ip")]
    public string? IpAddress { get; set; }

    [DynamoDBProperty("userAgent")]
    public string? UserAgent { get; set; }

    [DynamoDBProperty("ttl", typeof(EpochSecondsConverter))]
    public DateTime ExpiresAt { get; set; }
}
