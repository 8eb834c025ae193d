using System.Net;
using System.Text.Json;
using Claro.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Claro.Tests.Reading;

/// <summary>Readers counted per page, per language, per day, and nothing else: no cookie, no write per request.</summary>
public sealed class PageViewCountTests
{
    [Fact]
    public async Task Readers_are_served_at_once_while_the_database_is_busy_writing_and_every_page_read_is_counted()
    {
        using var app = new ClaroApp(new() { ["Claro:Database"] = "Sqlite" }, null);
        var reader = app.Reader();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/es/inmigracion")).StatusCode);
        await using var writer = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False");
        await writer.OpenAsync();
        await ExecuteAsync(writer, "BEGIN IMMEDIATE");   // another writer holds the database's write lock

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => reader.GetAsync(i % 3 == 0 ? "/en/immigration" : "/es/inmigracion")));
        await ExecuteAsync(writer, "COMMIT");
        var views = await ViewsAsync(app);

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.All(responses, response => Assert.False(response.Headers.Contains("Set-Cookie"), "a reader's page sets no cookie"));
        Assert.Equal(21, views["es"]);
        Assert.Equal(10, views["en"]);
    }

    [Theory]
    [InlineData("/es/no-such-page")]
    [InlineData("/xx/inmigracion")]
    [InlineData("/es/INMIGRACION")]
    [InlineData("/es/inmigracion/extra")]
    [InlineData("/api/v1/documents")]
    public async Task A_request_that_is_not_a_readers_page_is_not_counted(string path)
    {
        using var app = new ClaroApp(new() { ["Claro:Database"] = "Sqlite" }, null);
        var reader = app.Reader();

        await reader.GetAsync(path);
        await reader.GetAsync("/es/" + new string('a', 5000));
        var views = await ViewsAsync(app);

        Assert.Equal(0, views["es"]);
        Assert.Equal(0, views["en"]);
    }

    [Fact]
    public async Task The_database_keeps_only_page_language_day_and_count()
    {
        using var app = new ClaroApp(new() { ["Claro:Database"] = "Sqlite" }, null);
        await app.Reader().GetAsync("/es/inmigracion");
        await ViewsAsync(app);

        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info('PageViews') ORDER BY cid";
        var columns = new List<string>();
        await using (var rows = await command.ExecuteReaderAsync())
        {
            while (await rows.ReadAsync())
            {
                columns.Add(rows.GetString(0));
            }
        }

        Assert.Equal(["DocumentId", "Culture", "Day", "Count"], columns);
    }

    /// <summary>Page views per language today, as the language-access report adds them up (it writes what is counted first).</summary>
    private static async Task<Dictionary<string, int>> ViewsAsync(ClaroApp app)
    {
        var report = await app.GetJsonAsync(ClaroApp.Publisher, "/api/v1/admin/reports/language-access");
        return report.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("culture").GetString()!, t => t.GetProperty("views").GetInt32());
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
