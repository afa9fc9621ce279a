using System;
using System.Collections.Generic;
using System.Linq;

namespace ResponsibilityAnalyzers.Benchmark;

/// <summary>One generated C# file.</summary>
internal sealed record GeneratedFile(string Path, string Text, bool CallsAws)
{
    public int Lines { get; } = Text.Count(c => c == '\n') + 1;
}

internal enum ProjectKind
{
    /// <summary>Written by ProjectGenerator (--files).</summary>
    Generated,

    /// <summary>A first-level folder of --corpus DIR.</summary>
    Corpus,

    /// <summary>One long method (--long-method N).</summary>
    LongMethod,
}

/// <summary>A measured project: its files, what it compiles against, and how the report names it.</summary>
internal sealed record GeneratedProject(string Name, string Label, ProjectKind Kind, ReferenceSet References, IReadOnlyList<GeneratedFile> Files)
{
    public bool ReferencesAws => References != ReferenceSet.NoSdk;

    public int Lines => Files.Sum(f => f.Lines);

    public int AwsFiles => Files.Count(f => f.CallsAws);
}

/// <summary>
/// Writes a deterministic, realistic-looking web-shop back end of N files (~60 lines each): services, parsers,
/// reports, caches, pipelines and retry helpers, and (in the AWS project) a given share of files that store data in
/// S3 and DynamoDB through the SDK's request objects, TransferUtility and the document and object models, or (5 % of
/// them) declare the shop's infrastructure as AWS CDK stacks. The project without the AWS SDK is the same project with
/// the AWS files replaced by ordinary ones.
/// </summary>
internal static partial class ProjectGenerator
{
    private static readonly (string Area, string Noun)[] Areas =
    {
        ("Orders", "Order"), ("Billing", "Invoice"), ("Catalog", "Product"), ("Customers", "Customer"),
        ("Shipping", "Shipment"), ("Inventory", "StockItem"), ("Reporting", "Report"), ("Notifications", "Message"),
        ("Payments", "Payment"), ("Accounts", "Account"),
    };

    private static readonly Func<FileContext, string>[] Ordinary =
    {
        ServiceFile, ParserFile, ReportFile, CacheFile, PipelineFile, RetryFile, ApiControllerFile, ParserTestsFile,
    };

    /// <summary>
    /// The files that call AWS. The DI-shaped ones (controllers, repositories of model objects, queue workers,
    /// integration tests: several SDK calls per method, requests built in helpers, attributes on most members) are
    /// listed twice, so they make about half of the AWS files.
    /// </summary>
    private static readonly Func<FileContext, string>[] Aws =
    {
        S3DocumentStoreFile, PresignedLinkFile, BucketProvisionerFile, TransferArchiveFile,
        DynamoDocumentFile, DynamoContextFile, DynamoTableSetupFile, S3AclFile,
        StorageControllerFile, StorageControllerFile, ModelRepositoryFile, ModelRepositoryFile,
        QueueWorkerFile, QueueWorkerFile, StorageIntegrationTestsFile, StorageIntegrationTestsFile,
    };

    /// <summary>The share of the AWS files that are AWS CDK stacks declaring the shop's infrastructure instead.</summary>
    private const double CdkShare = 0.05;

    public static GeneratedProject Generate(int fileCount, double awsShare, int seed, bool withAws)
    {
        var planRandom = new Random(seed);
        var plan = Enumerable.Range(0, fileCount).Select(_ => Areas[planRandom.Next(Areas.Length)]).ToArray();

        // The same files call AWS in both projects; the project without the SDK gets ordinary code in their place.
        var awsCount = (int)Math.Round(fileCount * awsShare, MidpointRounding.AwayFromZero);
        var awsIndexes = Enumerable.Range(0, fileCount).OrderBy(_ => planRandom.Next()).Take(awsCount).ToHashSet();

        var files = new List<GeneratedFile>(fileCount);
        for (var i = 0; i < fileCount; i++)
        {
            var random = new Random(FileSeed(seed, i));
            var other = random.Next(i + 1);
            var context = new FileContext(
                random,
                plan[i].Area,
                plan[i].Noun + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                plan[other].Area,
                plan[other].Noun + other.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var callsAws = withAws && awsIndexes.Contains(i);
            var template = callsAws ? Aws[random.Next(Aws.Length)] : Ordinary[random.Next(Ordinary.Length)];

            // Drawn apart from the file's own random numbers, so every other file is the same as without CDK files.
            if (callsAws && new Random(FileSeed(~seed, i)).NextDouble() < CdkShare)
            {
                template = CdkStackFile;
            }

            files.Add(new GeneratedFile($"/src/{context.Area}/{context.Entity}.cs", template(context), callsAws));
        }

        var label = $"{(withAws ? "AWS" : "No SDK")}, {fileCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} files";
        // What a web project gets from its packages (options, routing, test attributes), declared in the project
        // itself so it compiles with the framework and the AWS SDK only; the same in both projects.
        files.Add(new GeneratedFile("/src/Infrastructure/Hosting.cs", HostingFile, false));
        return new GeneratedProject(withAws ? "Contoso.Shop" : "Contoso.Shop.NoAws", label, ProjectKind.Generated, withAws ? ReferenceSet.AwsCdkNet10 : ReferenceSet.NoSdk, files);
    }

    /// <summary>
    /// --long-method N: one file with one method of N requests, each a PutObjectRequest local built with an initializer
    /// and sent on the next statement (2N statements), as a seeding or migration method is written. Binding grows
    /// linearly with N; a rule whose cost grows faster shows here.
    /// </summary>
    public static GeneratedProject LongMethod(int requests)
    {
        var text = new System.Text.StringBuilder();
        text.Append("""
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.S3;
            using Amazon.S3.Model;

            namespace Contoso.Shop.Seeding;

            public sealed class CatalogSeeder
            {
                private const string Bucket = "contoso-catalog-seed";
                private readonly IAmazonS3 _s3;

                public CatalogSeeder(IAmazonS3 s3) => _s3 = s3;

                public async Task SeedAsync(string body, CancellationToken cancellationToken)
                {

            """);
        for (var i = 0; i < requests; i++)
        {
            var sse = (i % 4) switch { 0 => "AES256", 1 => "AWSKMS", 2 => "AES256", _ => "AWSKMSDSSE" };
            text.Append($$"""
                        var request{{i}} = new PutObjectRequest { BucketName = Bucket, Key = "seed/{{i}}.json", ContentBody = body, ContentType = "application/json", ServerSideEncryptionMethod = ServerSideEncryptionMethod.{{sse}} };
                        await _s3.PutObjectAsync(request{{i}}, cancellationToken).ConfigureAwait(false);

                """);
        }

        text.Append("""
                }
            }

            """);
        var file = new GeneratedFile("/src/Seeding/CatalogSeeder.cs", text.ToString(), true);
        var label = $"Long method, {requests.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} requests";
        return new GeneratedProject("Contoso.Seeding", label, ProjectKind.LongMethod, ReferenceSet.AwsNet10, new[] { file });
    }

    /// <summary>
    /// A well-mixed seed per file (SplitMix64 of seed and index): the seeded System.Random gives correlated first values
    /// for neighbouring seeds, which would tie the template choice to the file index.
    /// </summary>
    private static int FileSeed(int seed, int index)
    {
        var z = unchecked(((ulong)(uint)seed << 32) + (ulong)index + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    private sealed class FileContext
    {
        public FileContext(Random random, string area, string entity, string otherArea, string otherEntity)
        {
            Random = random;
            Area = area;
            Entity = entity;
            OtherArea = otherArea;
            OtherEntity = otherEntity;
        }

        public Random Random { get; }

        public string Area { get; }

        public string Entity { get; }

        public string OtherArea { get; }

        public string OtherEntity { get; }

        public string Namespace => "Contoso.Shop." + Area;

        public string Lower => Area.ToLowerInvariant();

        public string Bucket => "contoso-" + Lower + "-" + Pick("data", "exports", "archive", "media");

        public int Number(int min, int max) => Random.Next(min, max + 1);

        public string Pick(params string[] choices) => choices[Random.Next(choices.Length)];

        public bool Chance(double probability) => Random.NextDouble() < probability;

        /// <summary>The using block of the given namespaces.</summary>
        public string Usings(params string[] namespaces) => UsingBlock(false, namespaces);

        /// <summary>The using block, plus the namespace of the other file's record when it differs.</summary>
        public string UsingsWithOther(params string[] namespaces) => UsingBlock(true, namespaces);

        private string UsingBlock(bool withOther, string[] namespaces)
        {
            var all = new SortedSet<string>(namespaces, Comparer<string>.Create(CompareNamespaces));
            if (withOther && OtherArea != Area)
            {
                all.Add("Contoso.Shop." + OtherArea);
            }

            return string.Join("\n", all.Select(n => $"using {n};"));
        }

        /// <summary>The record every file declares, so files can use each other's.</summary>
        public string Record =>
            $"public sealed record {Entity}(Guid Id, string Name, decimal Amount, DateTimeOffset CreatedAt, IReadOnlyList<string> Tags, bool IsActive);";

        private static int CompareNamespaces(string x, string y)
        {
            var xSystem = x == "System" || x.StartsWith("System.", StringComparison.Ordinal);
            var ySystem = y == "System" || y.StartsWith("System.", StringComparison.Ordinal);
            return xSystem != ySystem ? (xSystem ? -1 : 1) : string.CompareOrdinal(x, y);
        }
    }

    // ----- Ordinary business code -----

    private static string ServiceFile(FileContext c) => $$"""
        {{c.UsingsWithOther("System", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks")}}

        namespace {{c.Namespace}};

        {{c.Record}}

        public interface I{{c.Entity}}Repository
        {
            Task<IReadOnlyList<{{c.Entity}}>> ListAsync(CancellationToken cancellationToken);

            Task SaveAsync({{c.Entity}} item, CancellationToken cancellationToken);
        }

        public sealed class {{c.Entity}}NotFoundException : Exception
        {
            public {{c.Entity}}NotFoundException(Guid id)
                : base($"{{c.Entity}} {id} was not found.") => Id = id;

            public Guid Id { get; }
        }

        public sealed class {{c.Entity}}Service
        {
            private readonly I{{c.Entity}}Repository _repository;
            private readonly Func<DateTimeOffset> _clock;

            public {{c.Entity}}Service(I{{c.Entity}}Repository repository, Func<DateTimeOffset> clock)
            {
                _repository = repository ?? throw new ArgumentNullException(nameof(repository));
                _clock = clock;
            }

            public async Task<{{c.Entity}}> GetAsync(Guid id, CancellationToken cancellationToken)
            {
                var all = await _repository.ListAsync(cancellationToken).ConfigureAwait(false);
                return all.FirstOrDefault(x => x.Id == id) ?? throw new {{c.Entity}}NotFoundException(id);
            }

            public async Task<decimal> TotalSinceAsync(int days, CancellationToken cancellationToken)
            {
                var since = _clock().AddDays(-days);
                var all = await _repository.ListAsync(cancellationToken).ConfigureAwait(false);
                return all.Where(x => x.IsActive && x.CreatedAt >= since).Sum(x => x.Amount);
            }

            public async Task<IReadOnlyDictionary<string, int>> CountByTagAsync(CancellationToken cancellationToken)
            {
                var all = await _repository.ListAsync(cancellationToken).ConfigureAwait(false);
                return all.SelectMany(x => x.Tags)
                    .GroupBy(tag => tag, StringComparer.OrdinalIgnoreCase)
                    .OrderByDescending(g => g.Count())
                    .Take({{c.Number(3, 20)}})
                    .ToDictionary(g => g.Key, g => g.Count());
            }

            public async Task RenameAsync(Guid id, string name, CancellationToken cancellationToken)
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    throw new ArgumentException("A name is required.", nameof(name));
                }

                var current = await GetAsync(id, cancellationToken).ConfigureAwait(false);
                await _repository.SaveAsync(current with { Name = name.Trim() }, cancellationToken).ConfigureAwait(false);
            }

            public {{c.OtherEntity}} Convert({{c.Entity}} item) =>
                new(item.Id, item.Name, item.Amount * {{c.Number(1, 9)}}.{{c.Number(0, 99):00}}m, item.CreatedAt, item.Tags, item.IsActive);
        }
        """;

    private static string ParserFile(FileContext c) => $$"""
        {{c.Usings("System", "System.Collections.Generic", "System.Globalization", "System.Text")}}

        namespace {{c.Namespace}};

        {{c.Record}}

        public static class {{c.Entity}}Parser
        {
            private static readonly char[] Separators = { '{{c.Pick(",", ";", "|")}}', '\t' };

            public static bool TryParse(string? line, out {{c.Entity}}? result)
            {
                result = null;
                if (string.IsNullOrWhiteSpace(line))
                {
                    return false;
                }

                var parts = line.Split(Separators, StringSplitOptions.TrimEntries);
                if (parts.Length < 4 || !Guid.TryParse(parts[0], out var id))
                {
                    return false;
                }

                if (!decimal.TryParse(parts[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
                    || !DateTimeOffset.TryParse(parts[3], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created))
                {
                    return false;
                }

                var tags = parts.Length > 4 ? parts[4].Split(' ', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
                result = new {{c.Entity}}(id, parts[1], amount, created, tags, !parts[1].StartsWith('#'));
                return true;
            }

            public static string Format({{c.Entity}} item)
            {
                var builder = new StringBuilder({{c.Number(64, 256)}});
                builder.Append(item.Id.ToString("N")).Append(Separators[0]);
                builder.Append(item.Name.Replace(Separators[0], ' ')).Append(Separators[0]);
                builder.Append(item.Amount.ToString("F{{c.Number(0, 4)}}", CultureInfo.InvariantCulture)).Append(Separators[0]);
                builder.Append(item.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
                if (item.Tags.Count > 0)
                {
                    builder.Append(Separators[0]).Append(string.Join(' ', item.Tags));
                }

                return builder.ToString();
            }

            public static IReadOnlyList<string> Validate({{c.Entity}} item)
            {
                var errors = new List<string>();
                if (item.Name.Length > {{c.Number(40, 200)}})
                {
                    errors.Add($"{nameof(item.Name)} is too long ({item.Name.Length} characters).");
                }

                if (item.Amount < 0m)
                {
                    errors.Add("The amount must not be negative.");
                }

                return errors;
            }

            public static string Describe({{c.Entity}} item) => item switch
            {
                { IsActive: false } => "inactive",
                { Amount: > {{c.Number(100, 5000)}}m } => "large",
                { Tags.Count: 0 } => "untagged",
                _ => item.Name.ToUpperInvariant(),
            };
        }
        """;

    private static string ReportFile(FileContext c) => $$"""
        {{c.UsingsWithOther("System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Text")}}

        namespace {{c.Namespace}};

        {{c.Record}}

        public sealed record {{c.Entity}}Summary(string Tag, int Count, decimal Total, decimal Average);

        public sealed class {{c.Entity}}Report
        {
            private readonly IReadOnlyList<{{c.Entity}}> _items;
            private readonly CultureInfo _culture;

            public {{c.Entity}}Report(IEnumerable<{{c.Entity}}> items, string culture = "{{c.Pick("en-US", "de-DE", "fr-FR", "en-GB")}}")
            {
                _items = items.ToList();
                _culture = CultureInfo.GetCultureInfo(culture);
            }

            public IReadOnlyList<{{c.Entity}}Summary> ByTag() =>
                (from item in _items
                 where item.IsActive
                 from tag in item.Tags
                 group item by tag into g
                 let total = g.Sum(x => x.Amount)
                 orderby total descending
                 select new {{c.Entity}}Summary(g.Key, g.Count(), total, g.Average(x => x.Amount)))
                .Take({{c.Number(5, 50)}})
                .ToList();

            public IDictionary<int, decimal> ByMonth(int year) =>
                _items.Where(x => x.CreatedAt.Year == year)
                    .GroupBy(x => x.CreatedAt.Month)
                    .ToDictionary(g => g.Key, g => g.Sum(x => x.Amount));

            public string Render()
            {
                var text = new StringBuilder();
                text.AppendLine("Tag;Count;Total;Average");
                foreach (var row in ByTag())
                {
                    text.Append(row.Tag).Append(';')
                        .Append(row.Count.ToString(_culture)).Append(';')
                        .Append(row.Total.ToString("C", _culture)).Append(';')
                        .AppendLine(row.Average.ToString("N2", _culture));
                }

                var largest = _items.MaxBy(x => x.Amount);
                if (largest is not null)
                {
                    text.AppendLine($"Largest: {largest.Name} ({largest.Amount.ToString("C", _culture)})");
                }

                return text.ToString();
            }

            public IEnumerable<{{c.OtherEntity}}> Related(Func<{{c.Entity}}, {{c.OtherEntity}}?> map) =>
                _items.Select(map).OfType<{{c.OtherEntity}}>().Distinct();
        }
        """;

    private static string CacheFile(FileContext c) => $$"""
        {{c.Usings("System", "System.Collections.Concurrent", "System.Collections.Generic", "System.Linq", "System.Threading")}}

        namespace {{c.Namespace}};

        {{c.Record}}

        public sealed class {{c.Entity}}EvictedEventArgs : EventArgs
        {
            public {{c.Entity}}EvictedEventArgs({{c.Entity}} item) => Item = item;

            public {{c.Entity}} Item { get; }
        }

        public sealed class {{c.Entity}}Cache : IDisposable
        {
            private readonly ConcurrentDictionary<Guid, (DateTimeOffset Stored, {{c.Entity}} Item)> _entries = new();
            private readonly TimeSpan _lifetime = TimeSpan.FromMinutes({{c.Number(1, 60)}});
            private readonly Timer _timer;
            private readonly object _gate = new();
            private int _hits;
            private int _misses;

            public {{c.Entity}}Cache() => _timer = new Timer(_ => Evict(DateTimeOffset.UtcNow), null, _lifetime, _lifetime);

            public event EventHandler<{{c.Entity}}EvictedEventArgs>? Evicted;

            public double HitRatio => _hits + _misses == 0 ? 0d : (double)_hits / (_hits + _misses);

            public {{c.Entity}} GetOrAdd(Guid id, Func<Guid, {{c.Entity}}> load)
            {
                if (_entries.TryGetValue(id, out var entry) && DateTimeOffset.UtcNow - entry.Stored < _lifetime)
                {
                    Interlocked.Increment(ref _hits);
                    return entry.Item;
                }

                Interlocked.Increment(ref _misses);
                var item = load(id);
                _entries[id] = (DateTimeOffset.UtcNow, item);
                return item;
            }

            public void Evict(DateTimeOffset now)
            {
                List<{{c.Entity}}> evicted;
                lock (_gate)
                {
                    evicted = _entries.Where(e => now - e.Value.Stored >= _lifetime).Select(e => e.Value.Item).ToList();
                    foreach (var item in evicted)
                    {
                        _entries.TryRemove(item.Id, out _);
                    }
                }

                evicted.ForEach(item => Evicted?.Invoke(this, new {{c.Entity}}EvictedEventArgs(item)));
            }

            public void Dispose() => _timer.Dispose();
        }
        """;

    private static string PipelineFile(FileContext c) => $$"""
        {{c.Usings("System", "System.Collections.Generic", "System.Runtime.CompilerServices", "System.Threading", "System.Threading.Tasks")}}

        namespace {{c.Namespace}};

        {{c.Record}}

        public enum {{c.Entity}}Stage
        {
            Received,
            Validated,
            {{c.Pick("Priced", "Enriched", "Approved")}},
            Completed,
            Rejected,
        }

        public interface I{{c.Entity}}Step
        {
            ValueTask<{{c.Entity}}Stage> RunAsync({{c.Entity}} item, CancellationToken cancellationToken);
        }

        public sealed class {{c.Entity}}Pipeline
        {
            private readonly IReadOnlyList<I{{c.Entity}}Step> _steps;
            private readonly Action<string> _log;

            public {{c.Entity}}Pipeline(IReadOnlyList<I{{c.Entity}}Step> steps, Action<string> log)
            {
                _steps = steps;
                _log = log;
            }

            public async IAsyncEnumerable<({{c.Entity}} Item, {{c.Entity}}Stage Stage)> RunAsync(
                IAsyncEnumerable<{{c.Entity}}> items,
                [EnumeratorCancellation] CancellationToken cancellationToken = default)
            {
                await foreach (var item in items.WithCancellation(cancellationToken))
                {
                    var stage = {{c.Entity}}Stage.Received;
                    foreach (var step in _steps)
                    {
                        stage = await step.RunAsync(item, cancellationToken).ConfigureAwait(false);
                        if (stage is {{c.Entity}}Stage.Rejected)
                        {
                            _log($"{item.Id}: rejected by {step.GetType().Name}");
                            break;
                        }
                    }

                    yield return (item, stage);
                }
            }

            public static string Label({{c.Entity}}Stage stage) => stage switch
            {
                {{c.Entity}}Stage.Received or {{c.Entity}}Stage.Validated => "in progress",
                {{c.Entity}}Stage.Completed => "done",
                {{c.Entity}}Stage.Rejected => "rejected",
                _ => stage.ToString().ToLowerInvariant(),
            };
        }
        """;

    private static string RetryFile(FileContext c) => $$"""
        {{c.Usings("System", "System.Collections.Generic", "System.IO", "System.Net.Http", "System.Threading", "System.Threading.Tasks")}}

        namespace {{c.Namespace}};

        {{c.Record}}

        public abstract class {{c.Entity}}Exception : Exception
        {
            protected {{c.Entity}}Exception(string message, Exception? inner = null)
                : base(message, inner)
            {
            }
        }

        public sealed class {{c.Entity}}TransientException : {{c.Entity}}Exception
        {
            public {{c.Entity}}TransientException(string message, Exception inner)
                : base(message, inner)
            {
            }
        }

        public sealed record {{c.Entity}}Result({{c.Entity}}? Value, string? Error)
        {
            public bool IsSuccess => Error is null;

            public static {{c.Entity}}Result Ok({{c.Entity}} value) => new(value, null);

            public static {{c.Entity}}Result Fail(string error) => new(null, error);
        }

        public sealed class {{c.Entity}}Retry
        {
            private readonly int _attempts = {{c.Number(2, 6)}};
            private readonly TimeSpan _delay = TimeSpan.FromMilliseconds({{c.Number(50, 2000)}});

            public async Task<{{c.Entity}}Result> RunAsync(Func<CancellationToken, Task<{{c.Entity}}>> action, CancellationToken cancellationToken)
            {
                var errors = new List<string>();
                for (var attempt = 1; attempt <= _attempts; attempt++)
                {
                    try
                    {
                        return {{c.Entity}}Result.Ok(await action(cancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutException)
                    {
                        errors.Add($"attempt {attempt}: {ex.Message}");
                        await Task.Delay(_delay * attempt, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        return {{c.Entity}}Result.Fail("cancelled");
                    }
                    finally
                    {
                        errors.TrimExcess();
                    }
                }

                return {{c.Entity}}Result.Fail(string.Join("; ", errors));
            }
        }
        """;

    // ----- Files that call AWS -----

    private static string S3DocumentStoreFile(FileContext c)
    {
        var config = c.Pick("UseHttp = false,", "ForcePathStyle = true,", "UseHttp = true,", "ServiceURL = \"http://localhost:4566\",", "UseDualstackEndpoint = true,");
        var acl = c.Chance(0.1) ? "S3CannedACL.PublicRead" : c.Pick("S3CannedACL.Private", "S3CannedACL.BucketOwnerFullControl", "isPublic ? S3CannedACL.PublicRead : S3CannedACL.Private");
        var sse = c.Pick("ServerSideEncryptionMethod.AES256", "ServerSideEncryptionMethod.AWSKMS", "ServerSideEncryptionMethod.None");
        return $$"""
            {{c.Usings("System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Net", "System.Threading", "System.Threading.Tasks", "Amazon", "Amazon.S3", "Amazon.S3.Model")}}

            namespace {{c.Namespace}};

            {{c.Record}}

            public sealed class {{c.Entity}}DocumentStore
            {
                private readonly IAmazonS3 _s3;
                private readonly string _bucket;

                public {{c.Entity}}DocumentStore(string bucket, string region)
                {
                    var config = new AmazonS3Config
                    {
                        RegionEndpoint = RegionEndpoint.GetBySystemName(region),
                        {{config}}
                        Timeout = TimeSpan.FromSeconds({{c.Number(5, 120)}}),
                    };
                    _s3 = new AmazonS3Client(config);
                    _bucket = bucket;
                }

                public async Task<string> SaveAsync({{c.Entity}} item, bool isPublic, CancellationToken cancellationToken)
                {
                    var key = $"{{c.Lower}}/{item.CreatedAt:yyyy/MM/dd}/{item.Id:N}.csv";
                    var request = new PutObjectRequest
                    {
                        BucketName = _bucket,
                        Key = key,
                        ContentBody = Serialize(item),
                        ContentType = "text/csv",
                        CannedACL = {{acl}},
                        ServerSideEncryptionMethod = {{sse}},
                    };
                    request.Metadata.Add("x-amz-meta-owner", item.Name);
                    var response = await _s3.PutObjectAsync(request, cancellationToken).ConfigureAwait(false);
                    if (response.HttpStatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"Storing {key} failed with {response.HttpStatusCode}.");
                    }

                    return key;
                }

                public async Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
                {
                    var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix, MaxKeys = {{c.Number(50, 1000)}} };
                    var response = await _s3.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
                    return (response.S3Objects ?? new List<S3Object>())
                        .Select(o => o.Key)
                        .OrderBy(k => k, StringComparer.Ordinal)
                        .ToList();
                }

                private static string Serialize({{c.Entity}} item) =>
                    string.Join(',', item.Id, item.Name, item.Amount.ToString(CultureInfo.InvariantCulture), string.Join(' ', item.Tags));
            }
            """;
    }

    private static string PresignedLinkFile(FileContext c)
    {
        var protocol = c.Chance(0.15) ? "Protocol.HTTP" : "Protocol.HTTPS";
        var expires = c.Pick("DateTime.UtcNow.Add(lifetime)", $"DateTime.UtcNow.AddMinutes({c.Number(5, 60)})", $"DateTime.UtcNow.AddHours({c.Number(1, 12)})", $"DateTime.UtcNow.AddDays({c.Number(1, 10)})");
        return $$"""
            {{c.Usings("System", "System.Collections.Generic", "System.Linq", "System.Threading.Tasks", "Amazon.S3", "Amazon.S3.Model")}}

            namespace {{c.Namespace}};

            {{c.Record}}

            public sealed class {{c.Entity}}LinkService
            {
                private const string Bucket = "{{c.Bucket}}";
                private readonly IAmazonS3 _s3;

                public {{c.Entity}}LinkService(IAmazonS3 s3) => _s3 = s3 ?? throw new ArgumentNullException(nameof(s3));

                public async Task<Uri> DownloadLinkAsync({{c.Entity}} item, TimeSpan lifetime)
                {
                    if (lifetime <= TimeSpan.Zero)
                    {
                        throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "The lifetime must be positive.");
                    }

                    var request = new GetPreSignedUrlRequest
                    {
                        BucketName = Bucket,
                        Key = $"exports/{item.Id:N}.pdf",
                        Verb = HttpVerb.GET,
                        Expires = {{expires}},
                        Protocol = {{protocol}},
                    };
                    var url = await _s3.GetPreSignedURLAsync(request).ConfigureAwait(false);
                    return new Uri(url);
                }

                public async Task<Uri> UploadLinkAsync(string fileName, string contentType)
                {
                    var extension = System.IO.Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
                    if (extension is not ("pdf" or "png" or "jpg" or "csv"))
                    {
                        throw new NotSupportedException($"Files of type '{extension}' cannot be uploaded.");
                    }

                    var request = new GetPreSignedUrlRequest
                    {
                        BucketName = Bucket,
                        Key = $"uploads/{Guid.NewGuid():N}.{extension}",
                        Verb = HttpVerb.PUT,
                        ContentType = contentType,
                        Expires = DateTime.UtcNow.AddMinutes({{c.Number(5, 30)}}),
                    };
                    return new Uri(await _s3.GetPreSignedURLAsync(request).ConfigureAwait(false));
                }

                public IEnumerable<string> Keys(IEnumerable<{{c.Entity}}> items) =>
                    items.Where(i => i.IsActive).Select(i => $"exports/{i.Id:N}.pdf").Distinct();
            }
            """;
    }

    private static string BucketProvisionerFile(FileContext c)
    {
        var block = c.Chance(0.15) ? "false" : "true";
        var ownership = c.Pick("ObjectOwnership.BucketOwnerEnforced", "ObjectOwnership.BucketOwnerEnforced", "ObjectOwnership.ObjectWriter");
        var principal = c.Chance(0.1) ? "\\\"*\\\"" : "{ \\\"AWS\\\": \\\"arn:aws:iam::123456789012:root\\\" }";
        return $$"""
            {{c.Usings("System", "System.Collections.Generic", "System.Threading", "System.Threading.Tasks", "Amazon.S3", "Amazon.S3.Model")}}

            namespace {{c.Namespace}};

            {{c.Record}}

            public sealed class {{c.Entity}}BucketProvisioner
            {
                private readonly IAmazonS3 _s3;

                public {{c.Entity}}BucketProvisioner(IAmazonS3 s3) => _s3 = s3;

                public async Task CreateAsync(string environment, CancellationToken cancellationToken)
                {
                    var bucket = $"contoso-{{c.Lower}}-{environment.ToLowerInvariant()}";
                    await _s3.PutBucketAsync(new PutBucketRequest
                    {
                        BucketName = bucket,
                        UseClientRegion = true,
                        ObjectOwnership = {{ownership}},
                    }, cancellationToken).ConfigureAwait(false);

                    await _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
                    {
                        BucketName = bucket,
                        PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                        {
                            BlockPublicAcls = {{block}},
                            BlockPublicPolicy = true,
                            IgnorePublicAcls = true,
                            RestrictPublicBuckets = true,
                        },
                    }, cancellationToken).ConfigureAwait(false);

                    var policy = "{ \"Version\": \"2012-10-17\", \"Statement\": [ { \"Effect\": \"Allow\", \"Principal\": {{principal}}, " +
                        "\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::" + bucket + "/*\" } ] }";
                    await _s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = bucket, Policy = policy }, cancellationToken)
                        .ConfigureAwait(false);

                    await _s3.PutBucketOwnershipControlsAsync(new PutBucketOwnershipControlsRequest
                    {
                        BucketName = bucket,
                        OwnershipControls = new OwnershipControls
                        {
                            Rules = new List<OwnershipControlsRule> { new OwnershipControlsRule { ObjectOwnership = {{ownership}} } },
                        },
                    }, cancellationToken).ConfigureAwait(false);
                }

                public static IReadOnlyList<string> Environments(string? configured) =>
                    string.IsNullOrEmpty(configured)
                        ? new[] { "dev", "test", "prod" }
                        : configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
            """;
    }

    private static string TransferArchiveFile(FileContext c)
    {
        var acl = c.Chance(0.1) ? "S3CannedACL.PublicReadWrite" : c.Pick("S3CannedACL.Private", "S3CannedACL.BucketOwnerRead");
        var sse = c.Pick("ServerSideEncryptionMethod.AES256", "ServerSideEncryptionMethod.AWSKMS");
        return $$"""
            {{c.Usings("System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Threading", "System.Threading.Tasks", "Amazon.S3", "Amazon.S3.Transfer")}}

            namespace {{c.Namespace}};

            {{c.Record}}

            public sealed class {{c.Entity}}Archive : IDisposable
            {
                private readonly TransferUtility _transfer;
                private readonly string _bucket;

                public {{c.Entity}}Archive(IAmazonS3 s3, string bucket)
                {
                    _transfer = new TransferUtility(s3);
                    _bucket = bucket;
                }

                public async Task ArchiveAsync(string folder, IEnumerable<{{c.Entity}}> items, CancellationToken cancellationToken)
                {
                    var files = Directory.EnumerateFiles(folder, "*.{{c.Pick("json", "csv", "xml")}}")
                        .Where(f => items.Any(i => f.Contains(i.Id.ToString("N"), StringComparison.OrdinalIgnoreCase)))
                        .ToList();
                    foreach (var file in files)
                    {
                        var request = new TransferUtilityUploadRequest
                        {
                            BucketName = _bucket,
                            FilePath = file,
                            Key = "{{c.Lower}}/" + Path.GetFileName(file),
                            CannedACL = {{acl}},
                            ServerSideEncryptionMethod = {{sse}},
                            PartSize = {{c.Number(5, 64)}} * 1024 * 1024,
                        };
                        await _transfer.UploadAsync(request, cancellationToken).ConfigureAwait(false);
                    }
                }

                public async Task<int> RestoreAsync(string folder, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
                {
                    var restored = 0;
                    foreach (var key in keys.Where(k => k.StartsWith("{{c.Lower}}/", StringComparison.Ordinal)))
                    {
                        var target = Path.Combine(folder, Path.GetFileName(key));
                        try
                        {
                            await _transfer.DownloadAsync(new TransferUtilityDownloadRequest { BucketName = _bucket, Key = key, FilePath = target }, cancellationToken)
                                .ConfigureAwait(false);
                            restored++;
                        }
                        catch (AmazonS3Exception ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
                        {
                            File.Delete(target);
                        }
                    }

                    return restored;
                }

                public void Dispose() => _transfer.Dispose();
            }
            """;
    }

    private static string DynamoDocumentFile(FileContext c) => $$"""
        {{c.Usings("System", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks", "Amazon.DynamoDBv2", "Amazon.DynamoDBv2.DocumentModel")}}

        namespace {{c.Namespace}};

        {{c.Record}}

        public sealed class {{c.Entity}}Table
        {
            private readonly Table _table;

            public {{c.Entity}}Table(IAmazonDynamoDB client)
            {
                _table = (Table)new TableBuilder(client, "{{c.Lower}}-{{c.Pick("items", "records", "state")}}")
                    .AddHashKey("Id", DynamoDBEntryType.String)
                    .Build();
            }

            public async Task PutAsync({{c.Entity}} item, CancellationToken cancellationToken)
            {
                var document = new Document
                {
                    ["Id"] = item.Id.ToString("N"),
                    ["Name"] = item.Name,
                    ["Amount"] = item.Amount,
                    ["CreatedAt"] = item.CreatedAt.UtcDateTime,
                    ["Tags"] = item.Tags.ToList(),
                    ["IsActive"] = item.IsActive,
                };
                await _table.PutItemAsync(document, cancellationToken).ConfigureAwait(false);
            }

            public async Task<{{c.Entity}}?> GetAsync(Guid id, CancellationToken cancellationToken)
            {
                var document = await _table.GetItemAsync(new Primitive(id.ToString("N")), cancellationToken).ConfigureAwait(false);
                if (document is null)
                {
                    return null;
                }

                return new {{c.Entity}}(
                    id,
                    document["Name"].AsString(),
                    document["Amount"].AsDecimal(),
                    new DateTimeOffset(document["CreatedAt"].AsDateTime()),
                    document.TryGetValue("Tags", out var tags) ? tags.AsListOfString() : new List<string>(),
                    document["IsActive"].AsBoolean());
            }

            public static IEnumerable<string> Dirty(IEnumerable<{{c.Entity}}> before, IEnumerable<{{c.Entity}}> after) =>
                after.Except(before).Select(x => x.Id.ToString("N")).OrderBy(x => x, StringComparer.Ordinal);
        }
        """;

    private static string DynamoContextFile(FileContext c) => $$"""
        {{c.Usings("System", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks", "Amazon.DynamoDBv2", "Amazon.DynamoDBv2.DataModel")}}

        namespace {{c.Namespace}};

        {{c.Record}}

        [DynamoDBTable("{{c.Lower}}-{{c.Pick("entities", "documents", "rows")}}")]
        public sealed class {{c.Entity}}Entity
        {
            [DynamoDBHashKey]
            public string Id { get; set; } = "";

            [DynamoDBProperty("name")]
            public string Name { get; set; } = "";

            public decimal Amount { get; set; }

            public DateTime CreatedAt { get; set; }

            public List<string> Tags { get; set; } = new();

            public bool IsActive { get; set; }
        }

        public sealed class {{c.Entity}}Store
        {
            private readonly IDynamoDBContext _context;

            public {{c.Entity}}Store(IAmazonDynamoDB client) =>
                _context = new DynamoDBContextBuilder().WithDynamoDBClient(() => client).Build();

            public Task SaveAsync({{c.Entity}} item, CancellationToken cancellationToken) =>
                _context.SaveAsync(new {{c.Entity}}Entity
                {
                    Id = item.Id.ToString("N"),
                    Name = item.Name.Trim(),
                    Amount = Math.Round(item.Amount, {{c.Number(0, 4)}}),
                    CreatedAt = item.CreatedAt.UtcDateTime,
                    Tags = item.Tags.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                    IsActive = item.IsActive,
                }, cancellationToken);

            public async Task<{{c.Entity}}?> LoadAsync(Guid id, CancellationToken cancellationToken)
            {
                var entity = await _context.LoadAsync<{{c.Entity}}Entity>(id.ToString("N"), cancellationToken).ConfigureAwait(false);
                return entity is null
                    ? null
                    : new {{c.Entity}}(Guid.ParseExact(entity.Id, "N"), entity.Name, entity.Amount, entity.CreatedAt, entity.Tags, entity.IsActive);
            }
        }
        """;

    private static string DynamoTableSetupFile(FileContext c)
    {
        var sse = c.Chance(0.2) ? "false" : "true";
        var config = c.Pick("UseHttp = false,", "ServiceURL = \"http://localhost:8000\",", "UseHttp = true,", "MaxErrorRetry = 5,");
        return $$"""
            {{c.Usings("System", "System.Collections.Generic", "System.Globalization", "System.Threading", "System.Threading.Tasks", "Amazon.DynamoDBv2", "Amazon.DynamoDBv2.Model")}}

            namespace {{c.Namespace}};

            {{c.Record}}

            public sealed class {{c.Entity}}TableSetup
            {
                private const string TableName = "{{c.Lower}}-ledger";
                private readonly IAmazonDynamoDB _client;

                public {{c.Entity}}TableSetup(string region)
                {
                    _client = new AmazonDynamoDBClient(new AmazonDynamoDBConfig
                    {
                        RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region),
                        {{config}}
                    });
                }

                public Task CreateAsync(CancellationToken cancellationToken) =>
                    _client.CreateTableAsync(new CreateTableRequest
                    {
                        TableName = TableName,
                        KeySchema = new List<KeySchemaElement> { new KeySchemaElement { AttributeName = "Id", KeyType = KeyType.HASH } },
                        AttributeDefinitions = new List<AttributeDefinition>
                        {
                            new AttributeDefinition { AttributeName = "Id", AttributeType = ScalarAttributeType.S },
                        },
                        BillingMode = BillingMode.PAY_PER_REQUEST,
                        SSESpecification = new SSESpecification { Enabled = {{sse}}, SSEType = SSEType.KMS },
                    }, cancellationToken);

                public async Task AppendAsync({{c.Entity}} item, CancellationToken cancellationToken)
                {
                    var request = new PutItemRequest
                    {
                        TableName = TableName,
                        Item = new Dictionary<string, AttributeValue>
                        {
                            ["Id"] = new AttributeValue { S = item.Id.ToString("N") },
                            ["Name"] = new AttributeValue { S = item.Name },
                            ["Amount"] = new AttributeValue { N = item.Amount.ToString(CultureInfo.InvariantCulture) },
                            ["CreatedAt"] = new AttributeValue { S = item.CreatedAt.ToString("O", CultureInfo.InvariantCulture) },
                        },
                        ConditionExpression = "attribute_not_exists(Id)",
                    };
                    try
                    {
                        await _client.PutItemAsync(request, cancellationToken).ConfigureAwait(false);
                    }
                    catch (ConditionalCheckFailedException)
                    {
                        throw new InvalidOperationException($"{item.Id} is already in {TableName}.");
                    }
                }
            }
            """;
    }

    private static string S3AclFile(FileContext c)
    {
        var group = c.Chance(0.1) ? "http://acs.amazonaws.com/groups/global/AllUsers" : "http://acs.amazonaws.com/groups/s3/LogDelivery";
        var acl = c.Chance(0.1) ? "S3CannedACL.AuthenticatedRead" : "S3CannedACL.BucketOwnerFullControl";
        return $$"""
            {{c.Usings("System", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks", "Amazon.S3", "Amazon.S3.Model")}}

            namespace {{c.Namespace}};

            {{c.Record}}

            public sealed class {{c.Entity}}Sharing
            {
                private readonly IAmazonS3 _s3;
                private readonly string _bucket;

                public {{c.Entity}}Sharing(IAmazonS3 s3, string bucket)
                {
                    _s3 = s3;
                    _bucket = bucket;
                }

                public Task GrantLogDeliveryAsync(CancellationToken cancellationToken)
                {
                    var grant = new S3Grant
                    {
                        Grantee = new S3Grantee { URI = "{{group}}" },
                        Permission = S3Permission.{{c.Pick("WRITE", "READ_ACP", "READ")}},
                    };
                    var request = new PutBucketAclRequest
                    {
                        BucketName = _bucket,
                        AccessControlPolicy = new S3AccessControlList { Grants = new List<S3Grant> { grant } },
                    };
                    return _s3.PutBucketAclAsync(request, cancellationToken);
                }

                public async Task CopyToPartnerAsync({{c.Entity}} item, string partnerBucket, CancellationToken cancellationToken)
                {
                    var request = new CopyObjectRequest
                    {
                        SourceBucket = _bucket,
                        SourceKey = $"{{c.Lower}}/{item.Id:N}.json",
                        DestinationBucket = partnerBucket,
                        DestinationKey = $"incoming/{{c.Lower}}/{item.Id:N}.json",
                        ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256,
                    };
                    request.CannedACL = {{acl}};
                    await _s3.CopyObjectAsync(request, cancellationToken).ConfigureAwait(false);
                }

                public static IReadOnlyList<string> PartnersFor({{c.Entity}} item, IReadOnlyDictionary<string, string[]> partnersByTag) =>
                    item.Tags
                        .SelectMany(tag => partnersByTag.TryGetValue(tag, out var partners) ? partners : Array.Empty<string>())
                        .Distinct(StringComparer.Ordinal)
                        .ToList();
            }
            """;
    }

    // ----- AWS CDK stacks (Amazon.CDK.Lib): the area's infrastructure, props built in initializers -----

    /// <summary>
    /// A stack of the area: a bucket, a table, a queue, a Lambda function that drains the queue, a security group and
    /// (some of them) a database. Most props are set as a careful team sets them; a seeded small share is left out or
    /// set unsafely (no versioning, no point-in-time recovery, SSH open to the internet, an unencrypted database).
    /// </summary>
    private static string CdkStackFile(FileContext c)
    {
        var versioned = c.Chance(0.8) ? "true" : "false";
        var pointInTimeRecovery = c.Chance(0.8) ? "\n            PointInTimeRecovery = true," : "";
        var removal = c.Pick("RemovalPolicy.RETAIN", "RemovalPolicy.RETAIN", "RemovalPolicy.DESTROY");
        var sshFrom = c.Chance(0.1) ? "Peer.AnyIpv4()" : "Peer.Ipv4(\"10.0.0.0/16\")";
        var queueEncryption = c.Pick("QueueEncryption.SQS_MANAGED", "QueueEncryption.KMS_MANAGED", "QueueEncryption.SQS_MANAGED");
        var database = !c.Chance(0.4) ? "" : $$"""


                    var database = new DatabaseInstance(this, "{{c.Area}}Database", new DatabaseInstanceProps
                    {
                        Engine = DatabaseInstanceEngine.Postgres(new PostgresInstanceEngineProps { Version = PostgresEngineVersion.VER_16_3 }),
                        InstanceType = InstanceType.Of(InstanceClass.BURSTABLE3, InstanceSize.{{c.Pick("SMALL", "MEDIUM", "LARGE")}}),
                        Vpc = vpc,
                        VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
                        SecurityGroups = new[] { firewall },
                        Credentials = Credentials.FromGeneratedSecret("{{c.Lower}}_admin"),
                        MultiAz = {{(c.Chance(0.5) ? "true" : "false")}},
                        StorageEncrypted = {{(c.Chance(0.9) ? "true" : "false")}},
                        BackupRetention = Duration.Days({{c.Number(7, 35)}}),
                        DeletionProtection = true,
                    });
                    database.Connections.AllowDefaultPortFrom(worker);
            """;
        return $$"""
            {{c.Usings("System", "System.Collections.Generic", "Amazon.CDK", "Amazon.CDK.AWS.DynamoDB", "Amazon.CDK.AWS.EC2", "Amazon.CDK.AWS.Lambda", "Amazon.CDK.AWS.Lambda.EventSources", "Amazon.CDK.AWS.RDS", "Amazon.CDK.AWS.S3", "Amazon.CDK.AWS.SQS", "Constructs")}}
            using InstanceType = Amazon.CDK.AWS.EC2.InstanceType;

            namespace {{c.Namespace}};

            {{c.Record}}

            public sealed class {{c.Entity}}Stack : Stack
            {
                public {{c.Entity}}Stack(Construct scope, string id, IStackProps props, IVpc vpc)
                    : base(scope, id, props)
                {
                    var documents = new Bucket(this, "{{c.Entity}}Documents", new BucketProps
                    {
                        BucketName = "{{c.Bucket}}-{{c.Number(100, 999)}}",
                        Versioned = {{versioned}},
                        Encryption = BucketEncryption.{{c.Pick("S3_MANAGED", "KMS_MANAGED", "S3_MANAGED")}},
                        BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
                        EnforceSSL = true,
                        RemovalPolicy = RemovalPolicy.RETAIN,
                        LifecycleRules = new ILifecycleRule[]
                        {
                            new LifecycleRule { Id = "archive", Transitions = new ITransition[] { new Transition { StorageClass = StorageClass.GLACIER, TransitionAfter = Duration.Days({{c.Number(30, 365)}}) } } },
                        },
                    });

                    var table = new Table(this, "{{c.Entity}}Table", new TableProps
                    {
                        PartitionKey = new Amazon.CDK.AWS.DynamoDB.Attribute { Name = "Id", Type = AttributeType.STRING },
                        SortKey = new Amazon.CDK.AWS.DynamoDB.Attribute { Name = "CreatedAt", Type = AttributeType.STRING },
                        BillingMode = BillingMode.PAY_PER_REQUEST,{{pointInTimeRecovery}}
                        DeletionProtection = true,
                        RemovalPolicy = {{removal}},
                    });

                    var deadLetters = new Queue(this, "{{c.Entity}}DeadLetters", new QueueProps { RetentionPeriod = Duration.Days(14), EnforceSSL = true });
                    var queue = new Queue(this, "{{c.Entity}}Queue", new QueueProps
                    {
                        VisibilityTimeout = Duration.Seconds({{c.Number(30, 300)}}),
                        Encryption = {{queueEncryption}},
                        EnforceSSL = true,
                        DeadLetterQueue = new DeadLetterQueue { Queue = deadLetters, MaxReceiveCount = {{c.Number(3, 5)}} },
                    });

                    var firewall = new SecurityGroup(this, "{{c.Entity}}Firewall", new SecurityGroupProps { Vpc = vpc, Description = "{{c.Area}} workers", AllowAllOutbound = true });
                    firewall.AddIngressRule({{sshFrom}}, Port.Tcp(22), "SSH for the operators");

                    var worker = new Function(this, "{{c.Entity}}Worker", new FunctionProps
                    {
                        Runtime = Runtime.DOTNET_8,
                        Handler = "Contoso.Shop::Contoso.Shop.{{c.Area}}.{{c.Entity}}Worker::HandleAsync",
                        Code = Code.FromAsset("publish/{{c.Lower}}"),
                        MemorySize = {{c.Pick("256", "512", "1024")}},
                        Timeout = Duration.Seconds({{c.Number(10, 60)}}),
                        Vpc = vpc,
                        SecurityGroups = new[] { firewall },
                        Environment = new Dictionary<string, string>
                        {
                            ["TABLE_NAME"] = table.TableName,
                            ["BUCKET_NAME"] = documents.BucketName,
                            ["QUEUE_URL"] = queue.QueueUrl,
                        },
                    });
                    worker.AddEventSource(new SqsEventSource(queue, new SqsEventSourceProps { BatchSize = {{c.Number(1, 10)}} }));
                    table.GrantReadWriteData(worker);
                    documents.GrantReadWrite(worker);{{database}}
                }
            }
            """;
    }
}
