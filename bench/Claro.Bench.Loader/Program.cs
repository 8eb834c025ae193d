using System.Diagnostics;
using Claro;
using Claro.Bench.Loader;
using Claro.Localization;
using Claro.Notifications;
using Claro.Reading;
using Claro.Staff;
using Claro.Storage;
using Claro.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

// Fills a database through the library, as the web team would: each document is created in English,
// sent to review, approved by a second person, translated into Spanish, reviewed and approved, and
// both languages are published together. Then the search index is filled.
//
//   dotnet Claro.Bench.Loader.dll --database sqlite --connection "Data Source=/tmp/x.db" --documents 10000 --out /tmp/lists
//
// --out receives paths.txt (every page path) and queries-en.txt / queries-es.txt (search words),
// which bench/scale.sh feeds to wrk and to its search client.
var settings = Arguments.Parse(args);
var provider = settings.Get("database", "sqlite").Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
var connectionString = settings.Get("connection", "Data Source=claro-bench.db");
var documents = int.Parse(settings.Get("documents", "10000"));
var batchSize = int.Parse(settings.Get("batch", "200"));
var seed = int.Parse(settings.Get("seed", "20261127"));
var outFolder = settings.Get("out", ".");
Directory.CreateDirectory(outFolder);

var options = Options.Create(new ClaroOptions { Cultures = ["en", "es"], Database = provider });
var clock = TimeProvider.System;
var author = new Actor("author@bench.example.org", new HashSet<string> { Roles.Author, Roles.Translator });
var translator = new Actor("translator@bench.example.org", new HashSet<string> { Roles.Translator });
var reviewer = new Actor("reviewer@bench.example.org", new HashSet<string> { Roles.Reviewer });
var publisher = new Actor("publisher@bench.example.org", new HashSet<string> { Roles.Publisher });

// The site's own context and provider settings (StorageSetup), built without the host.
var postgresOptions = new DbContextOptionsBuilder<PostgresClaroDbContext>();
postgresOptions.UseClaroPostgres(connectionString);
var sqliteOptions = new DbContextOptionsBuilder<SqliteClaroDbContext>();
sqliteOptions.UseClaroSqlite(connectionString);
ClaroDbContext NewContext() => provider == DatabaseProvider.Postgres
    ? new PostgresClaroDbContext(postgresOptions.Options)
    : new SqliteClaroDbContext(sqliteOptions.Options);

// The loader holds the only connection: on SQLite, a commit need not wait for the disk (the site
// itself keeps SQLite's defaults); a crash here only means loading again.
async Task OpenAsync(ClaroDbContext db)
{
    await db.Database.OpenConnectionAsync();
    if (provider == DatabaseProvider.Sqlite)
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    }
}

var total = Stopwatch.StartNew();
await using (var db = NewContext())
{
    await db.Database.MigrateAsync();
    if (await db.Documents.AnyAsync())
    {
        Console.Error.WriteLine("The database already holds documents; load into an empty one.");
        return 1;
    }
}

var text = new TextGenerator(seed);
var paths = new List<string>(documents * 2);
for (var start = 0; start < documents; start += batchSize)
{
    // Many documents per DbContext and per transaction: EditorialService saves each step with
    // SaveChanges, which joins the open transaction, so a batch costs one commit.
    await using var db = NewContext();
    await OpenAsync(db);
    await using var transaction = await db.Database.BeginTransactionAsync();
    // Mail is off here (no Claro:Mail:Host), so the planner writes no mail and needs no translations.
    var editorial = new EditorialService(db, clock, options, [], new NotificationPlanner(db, PoTranslations.Load(AppContext.BaseDirectory, []), options));
    for (var n = start; n < Math.Min(start + batchSize, documents); n++)
    {
        var en = text.Page("en", n);
        var es = text.Page("es", n);
        var id = Must(await editorial.CreateAsync(author, new NewDocument("en", en.Slug, en.Title, en.Summary, en.Body)), "create", n);
        Must(await editorial.SubmitAsync(author, id, "en"), "submit en", n);
        Must(await editorial.ApproveAsync(reviewer, id, "en", versionRead: 1), "approve en", n);
        Must(await editorial.SaveDraftAsync(translator, id, "es", new DraftInput(es.Slug, es.Title, es.Summary, es.Body, "Traducción", 0, 1)), "translate", n);
        Must(await editorial.SubmitAsync(translator, id, "es"), "submit es", n);
        Must(await editorial.ApproveAsync(reviewer, id, "es", versionRead: 1), "approve es", n);
        Must(await editorial.PublishAsync(publisher, id, ["en", "es"], allowOutdatedTranslations: false), "publish", n);
        db.ChangeTracker.Clear();
        paths.Add($"/en/{en.Slug}");
        paths.Add($"/es/{es.Slug}");
    }

    await transaction.CommitAsync();
    var done = Math.Min(start + batchSize, documents);
    if (done % 1000 == 0 || done == documents)
    {
        Console.WriteLine($"  {done} documents published ({total.Elapsed.TotalSeconds:F0} s)");
    }
}

var loaded = total.Elapsed;
await using (var db = NewContext())
{
    await OpenAsync(db);
    ISearchIndex search = provider == DatabaseProvider.Postgres ? new PostgresSearchIndex(db) : new SqliteSearchIndex(db);
    await search.FillWhenEmptyAsync();
    var pages = await db.Items.CountAsync(i => i.PublishedVersionId != null);
    var hits = await search.SearchAsync("es", text.CommonWord("es"));
    Console.WriteLine($"Published pages: {pages}; search index filled in {(total.Elapsed - loaded).TotalSeconds:F0} s");
    if (pages != documents * 2 || hits.Count == 0)
    {
        Console.Error.WriteLine("The database does not hold every page, or search finds nothing.");
        return 1;
    }
}

await File.WriteAllLinesAsync(Path.Combine(outFolder, "paths.txt"), paths);
foreach (var culture in new[] { "en", "es" })
{
    await File.WriteAllLinesAsync(Path.Combine(outFolder, $"queries-{culture}.txt"), text.Queries(culture, 200));
}

Console.WriteLine($"Loaded {documents} documents × 2 cultures through EditorialService in {loaded.TotalSeconds:F0} s, {total.Elapsed.TotalSeconds:F0} s with the search index");
return 0;

static T Must<T>(Outcome<T> outcome, string step, int n) =>
    outcome.Succeeded ? outcome.Value! : throw new InvalidOperationException($"Document {n}, {step}: {outcome.Refusal!.Detail}");
