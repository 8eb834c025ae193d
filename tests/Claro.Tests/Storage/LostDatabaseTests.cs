using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Claro.Tests.Support;
using Npgsql;

namespace Claro.Tests.Storage;

/// <summary>
/// A web node whose PostgreSQL server goes away and comes back (through a relay the test shuts, as when the
/// server stops): readers keep the cached pages, health says so, writes are refused at once with a 503
/// problem, and the node recovers by itself, hearing other nodes' publications again.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class LostDatabaseTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(6);

    [PostgresFact]
    public async Task A_node_rides_out_a_lost_database_and_recovers_without_a_restart()
    {
        using var nodeA = ClaroApp.OnPostgresDatabase();
        var direct = new NpgsqlConnectionStringBuilder(nodeA.PostgresConnectionString);
        using var gate = new TcpGate(direct.Host!, direct.Port);
        using var nodeB = nodeA.SecondNode(new() { ["ConnectionStrings:Claro"] = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = gate.Port }.ToString() });
        var id = await nodeA.CreateDocumentAsync("through-an-outage", "Old words.");
        await nodeA.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        var reader = nodeB.Reader();
        var author = await nodeB.SignInAsync(ClaroApp.Author);
        Assert.Contains("Old words.", await reader.GetStringAsync("/en/through-an-outage"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, (await reader.GetAsync("/s/inmigracion")).StatusCode);

        gate.Shut();
        var clock = Stopwatch.StartNew();
        var health = await reader.GetAsync("/health");
        var healthTook = clock.Elapsed;
        clock.Restart();
        var write = await nodeB.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "through-an-outage", title = "Test page", summary = "", body = "Lost words.", changeNote = "", baseVersion = 1 });
        var writeTook = clock.Elapsed;
        var cached = await reader.GetAsync("/en/through-an-outage");
        var shortLink = await reader.GetAsync("/s/inmigracion");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.True(healthTook < Quick, $"/health took {healthTook}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.True(writeTook < Quick, $"the refused write took {writeTook}");
        Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
        Assert.Contains("database", (await write.Content.ReadFromJsonAsync<Problem>())!.Detail, StringComparison.Ordinal);
        Assert.NotNull(write.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Contains("Old words.", await cached.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, shortLink.StatusCode);

        gate.Open();
        Assert.True(await WithinAsync(TimeSpan.FromSeconds(10), async () => (await reader.GetAsync("/health")).StatusCode == HttpStatusCode.OK), "/health recovers");
        var firstWrite = await author.PutAsJsonAsync($"/api/v1/admin/documents/{id}/en/draft", new { slug = "through-an-outage", title = "Test page", summary = "", body = "New words.", changeNote = "", baseVersion = 1 });
        Assert.Equal(HttpStatusCode.OK, firstWrite.StatusCode);
        await nodeA.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        Assert.True(await WithinAsync(TimeSpan.FromSeconds(8), async () => (await reader.GetStringAsync("/en/through-an-outage")).Contains("New words.", StringComparison.Ordinal)),
            "node B hears node A's publication again once its listening connection is back");
    }

    private static async Task<bool> WithinAsync(TimeSpan limit, Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
