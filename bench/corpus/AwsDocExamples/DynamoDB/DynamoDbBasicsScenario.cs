using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using AwsDocExamples.Common;

namespace AwsDocExamples.DynamoDB;

/// <summary>
/// Amazon DynamoDB basics: create a table, add, update, read and delete
/// items, load data in batches, query and scan, then delete the table.
/// </summary>
public static class DynamoDbBasicsScenario
{
    public static async Task RunAsync(string movieFileName = "moviedata.json", bool interactive = true)
    {
        var tableName = "movie_table";

        // Uses the default Region and credentials.
        var client = new AmazonDynamoDBClient();
        var methods = new DynamoDbMethods(client);

        UiMethods.DisplayOverview("Welcome to the Amazon DynamoDB Basics Example", "Creating table " + tableName + ".");

        var success = await methods.CreateMovieTableAsync(tableName);
        if (success)
        {
            Console.WriteLine($"\nTable: {tableName} successfully created.");
        }

        Console.WriteLine($"\nAdding a new movie to {tableName}.");
        var newMovie = new Movie
        {
            Year = 2021,
            Title = "Spider-Man: No Way Home",
        };

        success = await methods.PutItemAsync(newMovie, tableName);
        if (success)
        {
            Console.WriteLine($"Added {newMovie.Title} to the table.");
        }

        UiMethods.PressEnter(interactive);

        var newInfo = new MovieInfo
        {
            Plot = "With Spider-Man's identity now revealed, Peter asks" +
                   " Doctor Strange for help. When a spell goes wrong, dangerous" +
                   " foes from other worlds start to appear, forcing Peter to" +
                   " discover what it truly means to be Spider-Man.",
            Rating = 8.4,
        };

        success = await methods.UpdateItemAsync(newMovie, newInfo, tableName);
        if (success)
        {
            Console.WriteLine($"Successfully updated the movie: {newMovie.Title}");
        }

        var item = await methods.GetItemAsync(newMovie, tableName);
        if (item.Count > 0)
        {
            DynamoDbMethods.DisplayItem(item);
        }
        else
        {
            Console.WriteLine($"Couldn't find {newMovie.Title}");
        }

        UiMethods.PressEnter(interactive);

        var itemCount = await methods.BatchWriteItemsAsync(movieFileName, tableName);
        Console.WriteLine($"Added {itemCount} movies to the table.");

        var queryYear = 2011;
        var queryCount = await methods.QueryMoviesAsync(tableName, queryYear);
        Console.WriteLine($"\nFound {queryCount} movies released in {queryYear}");

        var scanCount = await methods.ScanTableAsync(tableName, 2001, 2011);
        Console.WriteLine($"\nFound {scanCount} movies released between 2001 and 2011");

        var movieToDelete = new Movie { Title = "Star Wars", Year = 1977 };
        success = await methods.DeleteItemAsync(tableName, movieToDelete);
        Console.WriteLine(success
            ? $"\nDeleted {movieToDelete.Title}."
            : $"\nCould not delete {movieToDelete.Title}.");

        if (UiMethods.GetYesNoResponse("Delete the table?", interactive))
        {
            await methods.DeleteTableAsync(tableName);
        }

        Console.WriteLine("\nThe DynamoDB Basics example application is done.");
    }

    public static Dictionary<string, string> DefaultSettings() => new()
    {
        ["tableName"] = "movie_table",
        ["movieFileName"] = "moviedata.json",
    };
}
