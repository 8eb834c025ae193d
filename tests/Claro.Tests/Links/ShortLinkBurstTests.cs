using System.Diagnostics;
using System.Net;
using Claro.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Claro.Tests.Links;

/// <summary>A short link read out on the radio: hundreds of listeners at once, while the web team writes.</summary>
public sealed class ShortLinkBurstTests
{
    [Fact]
    public async Task Listeners_are_redirected_at_once_while_the_database_is_busy_writing_and_every_visit_is_counted()
    {
        using var app = new ClaroApp(new() { ["Claro:Database"] = "Sqlite" }, null);
        var reader = app.Reader();
        Assert.Equal(HttpStatusCode.Found, (await reader.GetAsync("/s/inmigracion")).StatusCode);
        await using var writer = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False");
        await writer.OpenAsync();
        await ExecuteAsync(writer, "BEGIN IMMEDIATE");   // another writer holds the database's write lock

        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => reader.GetAsync("/s/inmigracion")));
        var took = clock.Elapsed;
        await ExecuteAsync(writer, "COMMIT");
        var links = await app.GetJsonAsync(ClaroApp.Admin, "/api/v1/admin/shortlinks");

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Found, response.StatusCode));
        Assert.True(took < TimeSpan.FromSeconds(5), $"30 redirects took {took} while another writer held the lock");
        var counted = links.EnumerateArray().Single(l => l.GetProperty("code").GetString() == "inmigracion")
            .GetProperty("hits").EnumerateArray().Sum(h => h.GetProperty("count").GetInt32());
        Assert.Equal(31, counted);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
