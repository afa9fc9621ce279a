// Shaped like the AWS SDK for .NET "DynamoDB basics" example: create a movies table, load sample rows, update and query
// them, and delete the table at the end of the scenario.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;

namespace Examples.DynamoDbBasics;

public class Movie
{
    public string Title { get; set; } = "";
    public int Year { get; set; }
    public string Plot { get; set; } = "";
    public double Rating { get; set; }
}

public static class DynamoDbBasics
{
    private const string TableName = "movie_table";

    public static async Task Main()
    {
        var client = new AmazonDynamoDBClient(RegionEndpoint.EUWest1);
        await CreateMovieTableAsync(client, TableName);
        await PutItemAsync(client, new Movie { Title = "The Big New Movie", Year = 2023, Plot = "Nothing happens at all.", Rating = 7.5 }, TableName);
        await AddSampleMoviesAsync(client, TableName);
        await UpdateItemAsync(client, "The Big New Movie", 2023, TableName);
        await DeleteTableAsync(client, TableName);
    }

    public static async Task<bool> CreateMovieTableAsync(AmazonDynamoDBClient client, string tableName)
    {
        var response = await client.CreateTableAsync(new CreateTableRequest // noise: SRM4001
        {
            TableName = tableName,
            AttributeDefinitions = new List<AttributeDefinition>
            {
                new AttributeDefinition { AttributeName = "title", AttributeType = ScalarAttributeType.S },
                new AttributeDefinition { AttributeName = "year", AttributeType = ScalarAttributeType.N },
            },
            KeySchema = new List<KeySchemaElement>
            {
                new KeySchemaElement { AttributeName = "year", KeyType = KeyType.HASH },
                new KeySchemaElement { AttributeName = "title", KeyType = KeyType.RANGE },
            },
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });

        Console.WriteLine($"Waiting for {response.TableDescription.TableName} to be active.");
        return true;
    }

    public static async Task<bool> PutItemAsync(AmazonDynamoDBClient client, Movie newMovie, string tableName)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["title"] = new AttributeValue { S = newMovie.Title },
            ["year"] = new AttributeValue { N = newMovie.Year.ToString() },
        };

        var response = await client.PutItemAsync(new PutItemRequest { TableName = tableName, Item = item }); // noise: SRM2001
        return response.HttpStatusCode == System.Net.HttpStatusCode.OK;
    }

    public static async Task AddSampleMoviesAsync(AmazonDynamoDBClient client, string tableName)
    {
        var seed = new Dictionary<string, AttributeValue>
        {
            ["title"] = new AttributeValue { S = "Seed movie" },
            ["year"] = new AttributeValue { N = "1999" },
            ["plot"] = new AttributeValue { S = "A seed row every run writes." },
        };

        await client.PutItemAsync(new PutItemRequest { TableName = tableName, Item = seed }); // noise: SRM2001

        var table = new TableBuilder(client, tableName).AddHashKey("year", DynamoDBEntryType.Numeric).AddRangeKey("title", DynamoDBEntryType.String).Build();
        var movies = JsonSerializer.Deserialize<List<Movie>>(File.ReadAllText("moviedata.json")) ?? new();
        foreach (var movie in movies)
        {
            var document = Document.FromJson(JsonSerializer.Serialize(movie));
            await table.PutItemAsync(document); // noise: SRM2001
        }
    }

    public static async Task<bool> UpdateItemAsync(AmazonDynamoDBClient client, string title, int year, string tableName)
    {
        var request = new UpdateItemRequest
        {
            TableName = tableName,
            Key = new Dictionary<string, AttributeValue>
            {
                ["title"] = new AttributeValue { S = title },
                ["year"] = new AttributeValue { N = year.ToString() },
            },
            UpdateExpression = "SET rating = :r",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":r"] = new AttributeValue { N = "8.1" } },
        };

        var response = await client.UpdateItemAsync(request); // noise: SRM2001
        return response.HttpStatusCode == System.Net.HttpStatusCode.OK;
    }

    public static async Task<bool> DeleteTableAsync(AmazonDynamoDBClient client, string tableName)
    {
        var response = await client.DeleteTableAsync(new DeleteTableRequest { TableName = tableName });
        return response.HttpStatusCode == System.Net.HttpStatusCode.OK;
    }
}
