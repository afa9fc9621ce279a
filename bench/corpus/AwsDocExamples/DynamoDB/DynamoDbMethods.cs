using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace AwsDocExamples.DynamoDB;

/// <summary>
/// Low-level client actions used by the DynamoDB basics scenario.
/// </summary>
public class DynamoDbMethods
{
    private readonly IAmazonDynamoDB _client;

    public DynamoDbMethods(IAmazonDynamoDB client)
    {
        _client = client;
    }

    /// <summary>
    /// Creates a new Amazon DynamoDB table and then waits for the new
    /// table to become active.
    /// </summary>
    /// <param name="tableName">The name of the table to create.</param>
    /// <returns>A Boolean value indicating the success of the operation.</returns>
    public async Task<bool> CreateMovieTableAsync(string tableName)
    {
        try
        {
            var response = await _client.CreateTableAsync(new CreateTableRequest
            {
                TableName = tableName,
                AttributeDefinitions = new List<AttributeDefinition>()
                {
                    new AttributeDefinition
                    {
                        AttributeName = "title",
                        AttributeType = ScalarAttributeType.S,
                    },
                    new AttributeDefinition
                    {
                        AttributeName = "year",
                        AttributeType = ScalarAttributeType.N,
                    },
                },
                KeySchema = new List<KeySchemaElement>()
                {
                    new KeySchemaElement
                    {
                        AttributeName = "year",
                        KeyType = KeyType.HASH,
                    },
                    new KeySchemaElement
                    {
                        AttributeName = "title",
                        KeyType = KeyType.RANGE,
                    },
                },
                BillingMode = BillingMode.PAY_PER_REQUEST,
            });

            // Wait until the table is ACTIVE and then report success.
            Console.Write("Waiting for table to become active...");

            var request = new DescribeTableRequest
            {
                TableName = response.TableDescription.TableName,
            };

            TableStatus status;

            int sleepDuration = 2000;

            do
            {
                System.Threading.Thread.Sleep(sleepDuration);

                var describeTableResponse = await _client.DescribeTableAsync(request);
                status = describeTableResponse.Table.TableStatus;

                Console.Write(".");
            }
            while (status != "ACTIVE");

            return status == TableStatus.ACTIVE;
        }
        catch (ResourceInUseException ex)
        {
            Console.WriteLine($"Table {tableName} already exists. {ex.Message}");
            throw;
        }
        catch (AmazonDynamoDBException ex)
        {
            Console.WriteLine($"An Amazon DynamoDB service error occurred while creating table {tableName}. {ex.Message}");
            throw;
        }
        catch (Exception ex)
        {
            Console.WriteLine($"An error occurred while creating table {tableName}. {ex.Message}");
            throw;
        }
    }

    /// <summary>
    /// Adds a new item to the table.
    /// </summary>
    /// <param name="newMovie">A Movie object containing information for the movie to add to the table.</param>
    /// <param name="tableName">The name of the table where the item will be added.</param>
    /// <returns>A Boolean value that indicates the results of adding the item.</returns>
    public async Task<bool> PutItemAsync(Movie newMovie, string tableName)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["title"] = new AttributeValue { S = newMovie.Title },
            ["year"] = new AttributeValue { N = newMovie.Year.ToString() },
        };

        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = item,
        };

        try
        {
            await _client.PutItemAsync(request);
            return true;
        }
        catch (AmazonDynamoDBException ex)
        {
            Console.WriteLine($"An Amazon DynamoDB service error occurred while putting item {newMovie.Title}. {ex.Message}");
            throw;
        }
    }

    /// <summary>
    /// Updates an existing item in the movies table.
    /// </summary>
    /// <param name="newMovie">A Movie object containing information for the movie to update.</param>
    /// <param name="newInfo">A MovieInfo object that contains the information that will be changed.</param>
    /// <param name="tableName">The name of the table that contains the movie.</param>
    /// <returns>A Boolean value that indicates the success of the operation.</returns>
    public async Task<bool> UpdateItemAsync(Movie newMovie, MovieInfo newInfo, string tableName)
    {
        var key = new Dictionary<string, AttributeValue>
        {
            ["title"] = new AttributeValue { S = newMovie.Title },
            ["year"] = new AttributeValue { N = newMovie.Year.ToString() },
        };
        var updates = new Dictionary<string, AttributeValueUpdate>
        {
            ["info.plot"] = new AttributeValueUpdate
            {
                Action = AttributeAction.PUT,
                Value = new AttributeValue { S = newInfo.Plot },
            },

            ["info.rating"] = new AttributeValueUpdate
            {
                Action = AttributeAction.PUT,
                Value = new AttributeValue { N = newInfo.Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            },
        };

        var request = new UpdateItemRequest
        {
            AttributeUpdates = updates,
            Key = key,
            TableName = tableName,
        };

        try
        {
            await _client.UpdateItemAsync(request);
            return true;
        }
        catch (ResourceNotFoundException ex)
        {
            Console.WriteLine($"Table {tableName} or item {newMovie.Title} was not found. {ex.Message}");
            throw;
        }
        catch (AmazonDynamoDBException ex)
        {
            Console.WriteLine($"An Amazon DynamoDB service error occurred while updating item {newMovie.Title}. {ex.Message}");
            throw;
        }
    }

    /// <summary>
    /// Updates the rating with an update expression, and returns the new value.
    /// </summary>
    public async Task<double?> IncreaseRatingAsync(string tableName, int year, string title, double delta)
    {
        var response = await _client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = tableName,
            Key = new Dictionary<string, AttributeValue>
            {
                ["year"] = new AttributeValue { N = year.ToString() },
                ["title"] = new AttributeValue { S = title },
            },
            UpdateExpression = "SET info.rating = if_not_exists(info.rating, :zero) + :delta",
            ConditionExpression = "attribute_exists(title)",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":delta"] = new AttributeValue { N = delta.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                [":zero"] = new AttributeValue { N = "0" },
            },
            ReturnValues = ReturnValue.UPDATED_NEW,
        });

        if (response.Attributes != null
            && response.Attributes.TryGetValue("info", out var info)
            && info.M != null
            && info.M.TryGetValue("rating", out var rating))
        {
            return double.Parse(rating.N, System.Globalization.CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>
    /// Gets information about an existing movie from the table.
    /// </summary>
    /// <param name="newMovie">A Movie object containing information about the movie to retrieve.</param>
    /// <param name="tableName">The name of the table containing the movie.</param>
    /// <returns>A Dictionary object containing information about the item retrieved.</returns>
    public async Task<Dictionary<string, AttributeValue>> GetItemAsync(Movie newMovie, string tableName)
    {
        var key = new Dictionary<string, AttributeValue>
        {
            ["title"] = new AttributeValue { S = newMovie.Title },
            ["year"] = new AttributeValue { N = newMovie.Year.ToString() },
        };

        var request = new GetItemRequest
        {
            Key = key,
            TableName = tableName,
            ConsistentRead = true,
        };

        var response = await _client.GetItemAsync(request);
        return response.Item ?? new Dictionary<string, AttributeValue>();
    }

    /// <summary>
    /// Loads the contents of a JSON file into a list of movies to be
    /// added to the DynamoDB table.
    /// </summary>
    /// <param name="movieFileName">The full path to the JSON file.</param>
    /// <returns>A generic list of movie objects.</returns>
    public static List<Movie> ImportMovies(string movieFileName)
    {
        if (!File.Exists(movieFileName))
        {
            return new List<Movie>();
        }

        using var sr = new StreamReader(movieFileName);
        string json = sr.ReadToEnd();
        var allMovies = JsonSerializer.Deserialize<List<Movie>>(json) ?? new List<Movie>();

        // Now return the first 250 entries.
        return allMovies.GetRange(0, Math.Min(250, allMovies.Count));
    }

    /// <summary>
    /// Writes 25 items at a time to the table, retrying anything DynamoDB
    /// reports as unprocessed.
    /// </summary>
    /// <param name="movieFileName">A string containing the full path to the JSON file containing movie data.</param>
    /// <param name="tableName">The table to load.</param>
    /// <returns>A long integer value representing the number of movies imported from the JSON file.</returns>
    public async Task<long> BatchWriteItemsAsync(string movieFileName, string tableName)
    {
        var movies = ImportMovies(movieFileName);
        if (movies.Count == 0)
        {
            Console.WriteLine("Couldn't find the JSON file with movie data.");
            return 0;
        }

        long written = 0;
        foreach (var chunk in movies.Chunk(25))
        {
            var writeRequests = chunk.Select(movie => new WriteRequest
            {
                PutRequest = new PutRequest
                {
                    Item = new Dictionary<string, AttributeValue>
                    {
                        ["year"] = new AttributeValue { N = movie.Year.ToString() },
                        ["title"] = new AttributeValue { S = movie.Title },
                        ["plot"] = new AttributeValue { S = movie.Info?.Plot ?? "Nothing happens at all." },
                    },
                },
            }).ToList();

            var pending = new Dictionary<string, List<WriteRequest>> { [tableName] = writeRequests };
            var attempt = 0;
            while (pending.Count > 0 && attempt < 5)
            {
                var response = await _client.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = pending });
                pending = response.UnprocessedItems ?? new Dictionary<string, List<WriteRequest>>();
                attempt++;
                if (pending.Count > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100 * Math.Pow(2, attempt)));
                }
            }

            written += chunk.Length;
        }

        return written;
    }

    /// <summary>
    /// Deletes a single item from a DynamoDB table.
    /// </summary>
    /// <param name="tableName">The name of the table from which the item will be deleted.</param>
    /// <param name="movieToDelete">A movie object containing the title and year of the movie to delete.</param>
    /// <returns>A Boolean value indicating the success or failure of the delete operation.</returns>
    public async Task<bool> DeleteItemAsync(string tableName, Movie movieToDelete)
    {
        var key = new Dictionary<string, AttributeValue>
        {
            ["title"] = new AttributeValue { S = movieToDelete.Title },
            ["year"] = new AttributeValue { N = movieToDelete.Year.ToString() },
        };

        var request = new DeleteItemRequest
        {
            TableName = tableName,
            Key = key,
        };

        var response = await _client.DeleteItemAsync(request);
        return response.HttpStatusCode == HttpStatusCode.OK;
    }

    /// <summary>
    /// Queries the table for movies released in a particular year and
    /// then displays the information for the movies returned.
    /// </summary>
    /// <param name="tableName">The name of the table to query.</param>
    /// <param name="year">The release year for which we want to view movies.</param>
    /// <returns>The number of movies that match the query.</returns>
    public async Task<int> QueryMoviesAsync(string tableName, int year)
    {
        var request = new QueryRequest
        {
            TableName = tableName,
            KeyConditionExpression = "#yr = :y",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#yr"] = "year" },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":y"] = new AttributeValue { N = year.ToString() },
            },
        };

        int count = 0;
        await foreach (var page in _client.Paginators.Query(request).Responses)
        {
            foreach (var item in page.Items ?? new List<Dictionary<string, AttributeValue>>())
            {
                count++;
                Console.WriteLine($"{item["title"].S}\t{item["year"].N}");
            }
        }

        return count;
    }

    /// <summary>
    /// Scans the table for movies released between the specified years.
    /// </summary>
    /// <param name="tableName">The name of the table to scan.</param>
    /// <param name="startYear">The starting year for the range.</param>
    /// <param name="endYear">The ending year for the range.</param>
    /// <returns>The number of movies found.</returns>
    public async Task<int> ScanTableAsync(string tableName, int startYear, int endYear)
    {
        var request = new ScanRequest
        {
            TableName = tableName,
            ExpressionAttributeNames = new Dictionary<string, string>
            {
                { "#yr", "year" },
            },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                { ":y_a", new AttributeValue { N = startYear.ToString() } },
                { ":y_z", new AttributeValue { N = endYear.ToString() } },
            },
            FilterExpression = "#yr between :y_a and :y_z",
            ProjectionExpression = "#yr, title, info.actors[0], info.directors, info.running_time_secs",
            Limit = 10, // Set a limit to demonstrate using the LastEvaluatedKey.
        };

        // Keep track of how many movies were found.
        int foundCount = 0;

        var response = new ScanResponse();
        do
        {
            response = await _client.ScanAsync(request);
            foundCount += response.Items?.Count ?? 0;
            response.Items?.ForEach(i => DisplayItem(i));
            request.ExclusiveStartKey = response.LastEvaluatedKey;
        }
        while (response.LastEvaluatedKey?.Count > 0);

        return foundCount;
    }

    /// <summary>
    /// Deletes a DynamoDB table.
    /// </summary>
    /// <param name="tableName">The name of the table to delete.</param>
    /// <returns>A Boolean value indicating the success of the operation.</returns>
    public async Task<bool> DeleteTableAsync(string tableName)
    {
        var request = new DeleteTableRequest
        {
            TableName = tableName,
        };

        var response = await _client.DeleteTableAsync(request);

        Console.WriteLine($"Table {response.TableDescription.TableName} successfully deleted.");
        return true;
    }

    /// <summary>
    /// Displays the details of the passed DynamoDB item.
    /// </summary>
    /// <param name="item">A DynamoDB item.</param>
    public static void DisplayItem(Dictionary<string, AttributeValue> item)
    {
        Console.Write("{");
        foreach (var pair in item)
        {
            Console.Write($" {pair.Key}: {Describe(pair.Value)},");
        }

        Console.WriteLine(" }");
    }

    private static string Describe(AttributeValue value)
    {
        if (value.S != null)
        {
            return $"\"{value.S}\"";
        }

        if (value.N != null)
        {
            return value.N;
        }

        if (value.BOOL.HasValue)
        {
            return value.BOOL.Value ? "true" : "false";
        }

        if (value.L != null)
        {
            return "[" + string.Join(", ", value.L.Select(Describe)) + "]";
        }

        if (value.M != null)
        {
            return "{" + string.Join(", ", value.M.Select(kv => kv.Key + ": " + Describe(kv.Value))) + "}";
        }

        if (value.SS != null)
        {
            return "<<" + string.Join(", ", value.SS) + ">>";
        }

        return "null";
    }
}
