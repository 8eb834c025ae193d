using Claro.Content;
using Claro.Reading;
using Claro.Storage;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Claro.Tests.Storage;

/// <summary>
/// The search tables are made by the migrations. Before, the site made them at every start, outside the
/// migrations: a database from that time already has them, and filled, when it meets the migration that makes them.
/// Runs on the provider the tests run on.
/// </summary>
[Trait("Category", "Database")]
public sealed class SearchIndexMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claro-search-migration-").FullName;
    private readonly TestDatabase? _postgres = TestDatabase.Server is null ? null : TestDatabase.Create();

    [Fact]
    public async Task A_database_whose_search_tables_the_site_made_at_start_migrates_and_keeps_its_filled_index()
    {
        // A database of today's shape whose search tables and filled index were made outside the migration, as the site
        // made them at start: the migration's own history row goes, so the next start runs it again over tables it finds there.
        await using (var before = NewContext())
        {
            await before.Database.MigrateAsync();
            await PublishAsync(before, "Traffic stops", "An officer tells you why you were stopped.");
            await Index(before).FillWhenEmptyAsync();
            var searchMigration = before.Database.GetMigrations().Single(m => m.EndsWith("_AddSearchIndex", StringComparison.Ordinal));
            await before.Database.ExecuteSqlAsync($"DELETE FROM \"__MigrationsHistory\" WHERE \"MigrationId\" = {searchMigration}");
            Assert.Equal([searchMigration], await before.Database.GetPendingMigrationsAsync());
        }

        await using var db = NewContext();
        await db.Database.MigrateAsync();
        await Index(db).FillWhenEmptyAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var hit = Assert.Single(await Index(db).SearchAsync("en", "OFFICER"));
        Assert.Equal("traffic-stops", hit.Slug);
    }

    [Fact]
    public async Task A_new_database_gets_its_search_tables_from_the_migrations_and_fills_them()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        await PublishAsync(db, "Complaints", "You can file a complaint about an officer.");

        await Index(db).FillWhenEmptyAsync();

        Assert.Equal("complaints", Assert.Single(await Index(db).SearchAsync("en", "complaint")).Slug);
    }

    private ClaroDbContext NewContext()
    {
        if (_postgres is null)
        {
            var sqlite = new DbContextOptionsBuilder<SqliteClaroDbContext>();
            sqlite.UseClaroSqlite($"Data Source={Path.Combine(_folder, "claro.db")};Pooling=false");
            return new SqliteClaroDbContext(sqlite.Options);
        }

        var postgres = new DbContextOptionsBuilder<PostgresClaroDbContext>();
        postgres.UseClaroPostgres(_postgres.ConnectionString);
        return new PostgresClaroDbContext(postgres.Options);
    }

    private SearchIndex Index(ClaroDbContext db) => _postgres is null ? new SqliteSearchIndex(db) : new PostgresSearchIndex(db);

    /// <summary>One published English page, saved as the site saves it: the published pointer after the version.</summary>
    private static async Task PublishAsync(ClaroDbContext db, string title, string body)
    {
        var id = OrchardId.New();
        var item = new Item { Id = OrchardId.New(), DocumentId = id, Culture = "en", Slug = Slug.Fold(title), LatestVersionNumber = 1 };
        var version = new ContentVersion
        {
            Id = OrchardId.New(), ItemId = item.Id, Number = 1, Slug = item.Slug, Title = title, Summary = "", Markdown = body, Html = MarkdownRenderer.ToHtml(body),
            Author = "author@example.org", State = VersionState.Published, CreatedUtc = DateTime.UtcNow, PublishedUtc = DateTime.UtcNow,
        };
        db.Documents.Add(new Document { Id = id, SourceCulture = "en", CreatedUtc = DateTime.UtcNow });
        db.Items.Add(item);
        db.Versions.Add(version);
        await db.SaveChangesAsync();
        item.PublishedVersionId = version.Id;
        await db.SaveChangesAsync();
    }

    public void Dispose()
    {
        _postgres?.Drop();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
