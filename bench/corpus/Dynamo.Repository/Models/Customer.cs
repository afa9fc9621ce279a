using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.DataModel;
using Dynamo.Repository.Abstractions;
using Dynamo.Repository.Mapping;

namespace Dynamo.Repository.Models;

[DynamoDBTable("Customers")]
public class Customer : IEntity, IAuditable, ISoftDeletable
{
    [DynamoDBHashKey("pk")]
    public string Id { get; set; } = string.Empty;

    [DynamoDBProperty("email")]
    [DynamoDBGlobalSecondaryIndexHashKey("email-index", AttributeName = "email")]
    public string Email { get; set; } = string.Empty;

    [DynamoDBProperty("name")]
    public string DisplayName { get; set; } = string.Empty;

    [DynamoDBProperty("phone")]
    public string? PhoneNumber { get; set; }

    [DynamoDBProperty("tier", typeof(EnumStringConverter<CustomerTier>))]
    public CustomerTier Tier { get; set; } = CustomerTier.Standard;

    [DynamoDBProperty("addresses")]
    public List<Address> Addresses { get; set; } = new();

    [DynamoDBProperty("tags")]
    public HashSet<string> Tags { get; set; } = new();

    [DynamoDBProperty("marketingOptIn")]
    public bool MarketingOptIn { get; set; }

    [DynamoDBProperty("createdAt")]
    public DateTime CreatedAt { get; set; }

    [DynamoDBProperty("updatedAt")]
    public DateTime UpdatedAt { get; set; }

    [DynamoDBProperty("updatedBy")]
    public string? UpdatedBy { get; set; }

    [DynamoDBProperty("deleted")]
    public bool IsDeleted { get; set; }

    [DynamoDBProperty("deletedAt")]
    public DateTime? DeletedAt { get; set; }

    [DynamoDBVersion]
    public int? Version { get; set; }
}

public enum CustomerTier
{
    Standard,
    Silver,
    Gold,
    Platinum,
}

public class Address
{
    public string Line1 { get; set; } = string.Empty;

    public string? Line2 { get; set; }

    public string City { get; set; } = string.Empty;

    public string PostalCode { get; set; } = string.Empty;

    public string Country { get; set; } = "DE";

    public bool IsDefault { get; set; }
}
