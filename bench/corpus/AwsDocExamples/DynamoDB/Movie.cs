using System.Collections.Generic;
using System.Text.Json.Serialization;
using Amazon.DynamoDBv2.DataModel;

namespace AwsDocExamples.DynamoDB;

/// <summary>
/// A movie, as stored in the sample "movie_table". The year is the
/// partition key and the title is the sort key.
/// </summary>
[DynamoDBTable("movie_table")]
public class Movie
{
    [DynamoDBHashKey("year")]
    [JsonPropertyName("year")]
    public int Year { get; set; }

    [DynamoDBRangeKey("title")]
    [JsonPropertyName("title")]
    public string Title { get; set; } = string.Empty;

    [DynamoDBProperty("info")]
    [JsonPropertyName("info")]
    public MovieInfo? Info { get; set; }

    [DynamoDBIgnore]
    public string DisplayName => $"{Title} ({Year})";
}

public class MovieInfo
{
    [JsonPropertyName("plot")]
    public string? Plot { get; set; }

    [JsonPropertyName("rating")]
    public double? Rating { get; set; }

    [JsonPropertyName("rank")]
    public int? Rank { get; set; }

    [JsonPropertyName("running_time_secs")]
    public int? RunningTimeSecs { get; set; }

    [JsonPropertyName("genres")]
    public List<string>? Genres { get; set; }

    [JsonPropertyName("directors")]
    public List<string>? Directors { get; set; }

    [JsonPropertyName("actors")]
    public List<string>? Actors { get; set; }

    [JsonPropertyName("release_date")]
    public string? ReleaseDate { get; set; }
}
