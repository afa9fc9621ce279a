using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;

namespace AwsDocExamples.DynamoDB;

/// <summary>
/// Shows how to use the object persistence model (DynamoDBContext) and the
/// document model (Table) to work with movies.
/// </summary>
public class HighLevelMovieExamples
{
    private readonly IAmazonDynamoDB _client;
    private readonly IDynamoDBContext _context;

    public HighLevelMovieExamples(IAmazonDynamoDB client)
    {
        _client = client;
        _context = new DynamoDBContextBuilder()
            .WithDynamoDBClient(() => client)
            .ConfigureContext(cfg => cfg.ConsistentRead = true)
            .Build();
    }

    public static async Task RunAsync()
    {
        var client = new AmazonDynamoDBClient(RegionEndpoint.USEast1);
        var examples = new HighLevelMovieExamples(client);

        await examples.SaveMovieAsync(new Movie
        {
            Year = 2013,
            Title = "Rush",
            Info = new MovieInfo
            {
                Plot = "A re-creation of the merciless 1970s rivalry between Formula One rivals James Hunt and Niki Lauda.",
                Rating = 8.3,
                Genres = new List<string> { "Action", "Biography", "Drama", "Sport" },
            },
        });

        var movie = await examples.LoadMovieAsync(2013, "Rush");
        Console.WriteLine(movie?.DisplayName ?? "not found");

        var movies = await examples.MoviesForYearAsync(2013);
        Console.WriteLine($"Found {movies.Count} movies released in 2013.");

        var titles = await examples.TitlesStartingWithAsync(2013, "R");
        Console.WriteLine(string.Join(Environment.NewLine, titles));
    }

    public async Task SaveMovieAsync(Movie movie)
    {
        await _context.SaveAsync(movie);
    }

    public async Task<Movie?> LoadMovieAsync(int year, string title)
    {
        return await _context.LoadAsync<Movie>(year, title);
    }

    public async Task<List<Movie>> MoviesForYearAsync(int year)
    {
        var search = _context.QueryAsync<Movie>(year);
        return await search.GetRemainingAsync();
    }

    public async Task<List<string>> TitlesStartingWithAsync(int year, string prefix)
    {
        var search = _context.QueryAsync<Movie>(year, QueryOperator.BeginsWith, new object[] { prefix });
        var results = new List<string>();
        do
        {
            var page = await search.GetNextSetAsync();
            results.AddRange(page.Select(m => m.Title));
        }
        while (!search.IsDone);

        return results;
    }

    public async Task<List<Movie>> HighlyRatedAsync(double minimumRating)
    {
        // A scan reads the whole table: fine for the sample data set.
        var conditions = new List<ScanCondition>
        {
            new ScanCondition("Year", ScanOperator.GreaterThan, 2000),
        };
        var all = await _context.ScanAsync<Movie>(conditions).GetRemainingAsync();
        return all.Where(m => m.Info?.Rating >= minimumRating).ToList();
    }

    public async Task SaveManyAsync(IEnumerable<Movie> movies)
    {
        var batch = _context.CreateBatchWrite<Movie>();
        batch.AddPutItems(movies);
        await batch.ExecuteAsync();
    }

    public async Task DeleteMovieAsync(int year, string title)
    {
        await _context.DeleteAsync<Movie>(year, title);
    }

    /// <summary>
    /// The same put and get with the document model.
    /// </summary>
    public async Task DocumentModelAsync(string tableName)
    {
        var table = new TableBuilder(_client, tableName)
            .AddHashKey("year", DynamoDBEntryType.Numeric)
            .AddRangeKey("title", DynamoDBEntryType.String)
            .Build();

        var doc = new Document
        {
            ["year"] = 2015,
            ["title"] = "The Big New Movie",
            ["info"] = new Document
            {
                ["plot"] = "Nothing happens at all.",
                ["rating"] = 0,
            },
        };

        await table.PutItemAsync(doc);

        var fetched = await table.GetItemAsync(2015, "The Big New Movie");
        Console.WriteLine(fetched?.ToJsonPretty());

        var updated = new Document
        {
            ["year"] = 2015,
            ["title"] = "The Big New Movie",
        };
        updated["info"] = new Document { ["plot"] = "Everything happens all at once.", ["rating"] = 5.5 };
        await table.UpdateItemAsync(updated);

        var search = table.Query(2015, new QueryFilter("title", QueryOperator.BeginsWith, "The"));
        do
        {
            foreach (var item in await search.GetNextSetAsync())
            {
                Console.WriteLine(item["title"].AsString());
            }
        }
        while (!search.IsDone);
    }
}
