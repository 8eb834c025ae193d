using System.Data.Common;
using Claro.Reading;
using Claro.Recipes;
using Claro.Staff;
using Claro.Site.Reading;
using Claro.Site.Staff;
using Claro.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Claro.Site.Storage;

/// <summary>
/// Chooses the database (embedded SQLite, or PostgreSQL shared by several web nodes), keeps the
/// data-protection keys in it, migrates it at start, and fills an empty one with the sample content.
/// </summary>
internal static class StorageSetup
{
    private const long PreparationLock = 0x436c61726f50; // "ClaroP"
    private static readonly TimeSpan PreparationTimeout = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddClaroStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, ClaroOptions options)
    {
        var connectionString = configuration.GetConnectionString("Claro");
        if (options.Database == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Claro:Database=Postgres needs ConnectionStrings:Claro, a PostgreSQL connection string such as \"Host=db;Database=claro;Username=claro;Password=…\".");
            }

            connectionString = PostgresConnectionString(connectionString);
            services.AddDbContextPool<ClaroDbContext, PostgresClaroDbContext>(db => db.UseClaroPostgres(connectionString));
            services.AddScoped<ISearchIndex, PostgresSearchIndex>();
            services.AddReaderChangeNotifications(connectionString);
        }
        else
        {
            services.AddDbContextPool<ClaroDbContext, SqliteClaroDbContext>(db => db.UseClaroSqlite(SqliteConnectionString(connectionString, environment)));
            services.AddScoped<ISearchIndex, SqliteSearchIndex>();
        }

        services.AddDataProtection().SetApplicationName("Claro");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceScopeFactory>((keys, scopes) => keys.XmlRepository = new DatabaseXmlRepository(scopes));
        return services;
    }

    /// <summary>
    /// Only staff sign-in and forms need the key ring: it is read from the database on first use, not by
    /// data protection's warm-up at every start. Called after everything that registers data protection
    /// (Identity, antiforgery), since each registration adds the warm-up again.
    /// </summary>
    public static IServiceCollection ReadKeyRingOnFirstUse(this IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IHostedService) && services[i].ImplementationType?.Name == "DataProtectionHostedService")
            {
                services.RemoveAt(i);
            }
        }

        return services;
    }

    /// <summary>
    /// Unless the connection string sets its own: time limits, since a database that does not answer must turn
    /// into a quick 503, not a request that hangs (Npgsql waits 15 s to connect and 30 s for a command); and
    /// statements prepared once per connection, so that the server does not parse and plan the site's queries
    /// at every execution (two nodes publish a third more often under load, bench/RESULTS.md).
    /// </summary>
    internal static string PostgresConnectionString(string connectionString)
    {
        // Npgsql's builder answers ContainsKey for every keyword it knows, set or not: ask the connection string itself.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(Keyword).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains(Keyword("Timeout")))
        {
            builder.Timeout = 5;
        }

        if (!given.Contains(Keyword("Command Timeout")))
        {
            builder.CommandTimeout = 15;
        }

        if (!given.Contains(Keyword("Max Auto Prepare")))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ToString();

        // Npgsql takes "Command Timeout" and "CommandTimeout" alike.
        static string Keyword(string name) => name.Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>The configured SQLite file, or <c>App_Data/claro.db</c>; its folder is created when missing.</summary>
    private static string SqliteConnectionString(string? connectionString, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.Combine(environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "claro.db")}";
        }
        else
        {
            var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource, environment.ContentRootPath));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return new SqliteConnectionStringBuilder(connectionString) { Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>Applies migrations, turns on write-ahead logging, and seeds an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ClaroDbContext>();
        var logger = services.GetRequiredService<ILogger<ClaroDbContext>>();
        await using var turn = await db.TakePreparationTurnAsync();
        // Migrate takes a lock and compares the model with the migrations' snapshot, which costs a
        // restart a few hundred milliseconds; an up-to-date database needs one look at the history.
        if (await PendingMigrations.AnyAsync(db.Database))
        {
            await db.Database.MigrateAsync();
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        await services.GetRequiredService<ISearchIndex>().FillWhenEmptyAsync();
        var options = services.GetRequiredService<IOptions<ClaroOptions>>().Value;
        if (options.SeedSampleContent && !await db.Database.AnyRowsAsync(ClaroDbContext.DocumentsTable))
        {
            var recipe = Path.Combine(app.Environment.ContentRootPath, options.SampleRecipe);
            // The first start restores the sample site into the empty database, published as it ships.
            var report = await services.GetRequiredService<RecipeImporter>().ImportFileAsync(recipe, Actor.System("first start"));
            logger.LogInformation("Filled the empty database from {Recipe}: {Documents} documents, {Versions} versions, {Links} short links",
                options.SampleRecipe, report.Documents, report.Versions, report.ShortLinks);
        }

        if (app.Environment.IsDevelopment())
        {
            await services.GetRequiredService<DemoAccounts>().EnsureAsync();
        }
    }

    /// <summary>
    /// Nodes started together on one PostgreSQL database (a deployment scaling out), and the site's commands run beside
    /// them, take turns preparing it: each would otherwise apply the same migrations and import the same sample content,
    /// and all but one would fail. The turn is a lock held by the context's connection until it is disposed. Waiting for
    /// another node's migrations, and migrating a large database, may take longer than a request's statement is allowed.
    /// </summary>
    public static async Task<IAsyncDisposable> TakePreparationTurnAsync(this ClaroDbContext db)
    {
        if (!db.Database.IsNpgsql())
        {
            return NoTurn.Instance;
        }

        db.Database.SetCommandTimeout(PreparationTimeout);
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PreparationLock})");
        return new PreparationTurn(db);
    }

    private sealed class PreparationTurn(ClaroDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PreparationLock})");
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class NoTurn : IAsyncDisposable
    {
        public static readonly NoTurn Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
