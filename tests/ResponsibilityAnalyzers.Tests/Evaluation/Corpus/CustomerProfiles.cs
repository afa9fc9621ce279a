// Shaped like the data layer of an ASP.NET Core web app: customer profiles in DynamoDB through the object persistence
// model, identity documents uploaded by users to S3, consent records written with the low-level API.
using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Acme.Web.Customers;

[DynamoDBTable("customers")]
public class CustomerProfile
{
    [DynamoDBHashKey]
    public string CustomerId { get; set; } = "";

    [PersonalData]
    public string FullName { get; set; } = "";

    [PersonalData]
    [DataType(DataType.EmailAddress)]
    public string Email { get; set; } = "";

    [DataType(DataType.PhoneNumber)]
    public string? Phone { get; set; }

    public DateTime CreatedAt { get; set; }
}

[DynamoDBTable("page-views")]
public class PageView
{
    [DynamoDBHashKey]
    public string Page { get; set; } = "";

    [DynamoDBRangeKey]
    public long Timestamp { get; set; }

    public int DurationMs { get; set; }
}

public class CustomerStore
{
    private readonly IDynamoDBContext _context;
    private readonly IAmazonDynamoDB _dynamo;
    private readonly IAmazonS3 _s3;

    public CustomerStore(IDynamoDBContext context, IAmazonDynamoDB dynamo, IAmazonS3 s3)
    {
        _context = context;
        _dynamo = dynamo;
        _s3 = s3;
    }

    public async Task RegisterAsync(string name, string email, string? phone)
    {
        var profile = new CustomerProfile { CustomerId = Guid.NewGuid().ToString("N"), FullName = name, Email = email, Phone = phone, CreatedAt = DateTime.UtcNow };
        await _context.SaveAsync(profile); // act: SRM2001
    }

    public Task TrackAsync(string page, int durationMs) =>
        _context.SaveAsync(new PageView { Page = page, Timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), DurationMs = durationMs }); // noise: SRM2001

    public async Task UploadIdentityDocumentAsync(string customerId, IFormFile passportScan)
    {
        using var stream = passportScan.OpenReadStream();
        await _s3.PutObjectAsync(new PutObjectRequest // act: SRM2001
        {
            BucketName = "acme-customer-documents",
            Key = $"{customerId}/passport/{passportScan.FileName}",
            InputStream = stream,
            ContentType = passportScan.ContentType,
        });
    }

    public async Task RecordConsentAsync(string customerId, string email, bool marketing)
    {
        await _dynamo.PutItemAsync(new PutItemRequest // act: SRM2001
        {
            TableName = "consents",
            Item = new Dictionary<string, AttributeValue>
            {
                ["customerId"] = new AttributeValue { S = customerId },
                ["email"] = new AttributeValue { S = email },
                ["marketing"] = new AttributeValue { BOOL = marketing },
                ["recordedAt"] = new AttributeValue { S = DateTime.UtcNow.ToString("O") },
            },
        });
    }

    public async Task ExportAsync(CustomerProfile profile)
    {
        var json = JsonSerializer.Serialize(profile);
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "acme-exports", Key = $"exports/{profile.CustomerId}.json", ContentBody = json }); // act: SRM2001
    }
}
