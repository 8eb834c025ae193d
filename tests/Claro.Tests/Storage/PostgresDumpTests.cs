using System.Diagnostics;
using System.Net.Http.Json;
using Claro.Tests.Support;
using Npgsql;

namespace Claro.Tests.Storage;

/// <summary>What the README tells a PostgreSQL site to run for a backup, and to restore it.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresDumpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claro-pg-dump-").FullName;

    [PostgresFact]
    public async Task A_pg_dump_restored_into_an_empty_database_serves_the_same_site()
    {
        using var source = ClaroApp.OnPostgresDatabase();
        var id = await source.CreateDocumentAsync("dumped", "Dumped words.", "Dumped");
        await source.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        await source.SaveDraftAsync(ClaroApp.Translator, id, "es", new { slug = "volcado", title = "Volcado", summary = "", body = "Palabras volcadas.", changeNote = "", baseVersion = 0 });
        await source.ReviewAndPublishAsync(id, ("es", ClaroApp.Translator));
        await (await source.SignInAsync(ClaroApp.Publisher)).PostAsJsonAsync("/api/v1/admin/shortlinks", new { code = "volcado", documentId = id, culture = "es" });
        var dump = Path.Combine(_folder, "claro.dump");
        var empty = TestDatabase.Create();
        try
        {
            await RunAsync("pg_dump", "--format=custom", "--file", dump, ConnInfo(source.PostgresConnectionString));
            await RunAsync("pg_restore", "--no-owner", "--exit-on-error", "--dbname", ConnInfo(empty.ConnectionString), dump);

            using var restored = ClaroApp.OnPostgresDatabase(new() { ["ConnectionStrings:Claro"] = empty.ConnectionString });
            foreach (var path in new[] { "/en/dumped", "/es/volcado", "/es/search?q=volcadas", "/api/v1/documents?culture=es" })
            {
                Assert.Equal(await source.Reader().GetStringAsync(path), await restored.Reader().GetStringAsync(path));
            }

            foreach (var path in new[] { $"/api/v1/admin/documents/{id}", $"/api/v1/admin/documents/{id}/audit", "/api/v1/admin/shortlinks" })
            {
                Assert.Equal((await source.GetJsonAsync(ClaroApp.Admin, path)).ToString(), (await restored.GetJsonAsync(ClaroApp.Admin, path)).ToString());
            }
        }
        finally
        {
            empty.Drop();
        }
    }

    /// <summary>A libpq connection string, as pg_dump and pg_restore take it.</summary>
    private static string ConnInfo(string connectionString)
    {
        var npgsql = new NpgsqlConnectionStringBuilder(connectionString);
        return $"host={npgsql.Host} port={npgsql.Port} user={npgsql.Username} dbname={npgsql.Database}";
    }

    /// <summary>The tool of the newest PostgreSQL installed (the one test.sh starts its server from), else the one on the PATH.</summary>
    private static async Task RunAsync(string tool, params string[] args)
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin", tool)).LastOrDefault(File.Exists)
            : null;
        using var process = Process.Start(new ProcessStartInfo(installed ?? tool, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await error}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
