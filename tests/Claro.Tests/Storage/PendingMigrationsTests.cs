using Claro.Storage;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Claro.Tests.Storage;

/// <summary>
/// The start-up's quick look at the migration history answers what EF's own check answers: an empty
/// database and one a migration behind are migrated when the site starts, an up-to-date one is left alone.
/// </summary>
[Trait("Category", "Database")]
public sealed class PendingMigrationsTests
{
    [Fact]
    public async Task A_database_a_migration_behind_is_seen_as_such_and_migrated_when_the_site_starts_again()
    {
        using var first = new ClaroApp();
        var (latest, previous) = await first.WithDbAsync(db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            return Task.FromResult((migrations[^1], migrations[^2]));
        });
        Assert.False(await first.WithDbAsync(db => PendingMigrations.AnyAsync(db.Database)));

        await first.WithDbAsync(async db =>
        {
            await db.GetService<IMigrator>().MigrateAsync(previous);
            return true;
        });
        Assert.True(await first.WithDbAsync(db => PendingMigrations.AnyAsync(db.Database)));
        Assert.Equal([latest], await first.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));

        using var restarted = first.OnPostgres ? first.SecondNode() : SameSqliteFile(first);
        var reader = restarted.Reader();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync("/es/")).StatusCode);
        Assert.False(await restarted.WithDbAsync(db => PendingMigrations.AnyAsync(db.Database)));
        Assert.Empty(await restarted.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
        Assert.Contains(latest, await restarted.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList()));
    }

    [Fact]
    public async Task An_empty_database_has_every_migration_pending_and_none_once_migrated()
    {
        using var folder = new TempDirectory();
        var postgres = TestDatabase.Server is null ? null : TestDatabase.Create();
        try
        {
            await using var db = postgres is null ? (ClaroDbContext)EmptySqlite(Path.Combine(folder.Path, "empty.db")) : EmptyPostgres(postgres.ConnectionString);
            Assert.True(await PendingMigrations.AnyAsync(db.Database));
            await db.Database.MigrateAsync();
            Assert.False(await PendingMigrations.AnyAsync(db.Database));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            postgres?.Drop();
        }
    }

    private static SqliteClaroDbContext EmptySqlite(string file)
    {
        var options = new DbContextOptionsBuilder<SqliteClaroDbContext>();
        options.UseClaroSqlite($"Data Source={file}");
        return new SqliteClaroDbContext(options.Options);
    }

    private static PostgresClaroDbContext EmptyPostgres(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresClaroDbContext>();
        options.UseClaroPostgres(connectionString);
        return new PostgresClaroDbContext(options.Options);
    }

    private static ClaroApp SameSqliteFile(ClaroApp first) =>
        new(new Dictionary<string, string?> { ["Claro:Database"] = "Sqlite", ["ConnectionStrings:Claro"] = $"Data Source={first.DatabasePath}" }, null);
}
