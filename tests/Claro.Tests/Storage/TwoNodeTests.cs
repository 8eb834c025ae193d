using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Claro.Tests.Storage;

/// <summary>Two web nodes on one PostgreSQL database, as behind a load balancer.</summary>
[Trait("Category", "Postgres")]
public sealed class TwoNodeTests
{
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(1);

    [PostgresFact]
    public async Task Two_nodes_started_at_the_same_moment_on_an_empty_database_both_serve_the_sample_site_once()
    {
        using var alone = ClaroApp.OnPostgresDatabase();
        var sampleDocuments = await alone.WithDbAsync(db => db.Documents.CountAsync());
        using var nodeA = ClaroApp.OnPostgresDatabase();
        using var nodeB = nodeA.SecondNode();

        var first = await Task.WhenAll(Task.Run(() => nodeA.Reader().GetAsync("/es/")), Task.Run(() => nodeB.Reader().GetAsync("/es/")));

        Assert.All(first, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(sampleDocuments, await nodeA.WithDbAsync(db => db.Documents.CountAsync()));
        Assert.NotEqual(0, sampleDocuments);
    }

    [PostgresFact]
    public async Task A_bearer_token_made_on_one_node_opens_the_admin_API_on_the_other()
    {
        using var nodeA = ClaroApp.OnPostgresDatabase();
        using var nodeB = nodeA.SecondNode();
        var id = await nodeA.CreateDocumentAsync("one-sign-in", "Signed in once.");
        var onB = nodeB.Reader();
        onB.DefaultRequestHeaders.Authorization = (await nodeA.SignInAsync(ClaroApp.Author)).DefaultRequestHeaders.Authorization;

        var read = await onB.GetAsync($"/api/v1/admin/documents/{id}");
        var created = await onB.PostAsJsonAsync("/api/v1/admin/documents", new { culture = "en", slug = "made-on-b", title = "Made on B", summary = "", body = "Text." });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [PostgresFact]
    public async Task A_publish_on_one_node_replaces_the_page_the_other_node_cached_within_a_second()
    {
        using var nodeA = ClaroApp.OnPostgresDatabase();
        using var nodeB = nodeA.SecondNode();
        var id = await nodeA.CreateDocumentAsync("shared-page", "Old words.");
        await nodeA.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        var reader = nodeB.Reader();
        Assert.Contains("Old words.", await reader.GetStringAsync("/en/shared-page"), StringComparison.Ordinal);
        var cached = await reader.GetAsync("/en/shared-page");
        Assert.True(cached.Headers.Age.HasValue, "node B serves the page from its output cache");
        await nodeA.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "shared-page", title = "Test page", summary = "", body = "New words.", changeNote = "Reworded", baseVersion = 1 });

        await nodeA.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        var page = await ReadWithinAsync(reader, "/en/shared-page", "New words.");

        Assert.Contains("New words.", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/shared-page\">", await reader.GetStringAsync("/en/search?q=new+words"), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_node_whose_listening_connection_was_lost_reconnects_and_hears_the_next_publish()
    {
        using var nodeA = ClaroApp.OnPostgresDatabase();
        using var nodeB = nodeA.SecondNode();
        var id = await nodeA.CreateDocumentAsync("after-reconnect", "Old words.");
        await nodeA.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        var reader = nodeB.Reader();
        Assert.Contains("Old words.", await reader.GetStringAsync("/en/after-reconnect"), StringComparison.Ordinal);
        var database = await nodeB.WithDbAsync(db => Task.FromResult(db.Database.GetDbConnection().Database));
        var before = await ListenersAsync(nodeB, database);

        await nodeB.WithDbAsync(db => db.Database.SqlQuery<bool>($"SELECT pg_terminate_backend(pid) AS \"Value\" FROM pg_stat_activity WHERE application_name = 'claro-reader-changes' AND datname = {database}").ToListAsync());
        var clock = Stopwatch.StartNew();
        var after = await ListenersAsync(nodeB, database);
        while ((after.Count < before.Count || after.Intersect(before).Any()) && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
            after = await ListenersAsync(nodeB, database);
        }

        Assert.Equal(before.Count, after.Count);
        Assert.Contains("Old words.", await reader.GetStringAsync("/en/after-reconnect"), StringComparison.Ordinal);
        await nodeA.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "after-reconnect", title = "Test page", summary = "", body = "New words.", changeNote = "", baseVersion = 1 });
        await nodeA.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));

        Assert.Contains("New words.", await ReadWithinAsync(reader, "/en/after-reconnect", "New words."), StringComparison.Ordinal);
    }

    /// <summary>The page, fetched until it holds the text or a second has passed.</summary>
    private static async Task<string> ReadWithinAsync(HttpClient reader, string path, string text)
    {
        var clock = Stopwatch.StartNew();
        var page = await reader.GetStringAsync(path);
        while (!page.Contains(text, StringComparison.Ordinal) && clock.Elapsed < Propagation)
        {
            await Task.Delay(25);
            page = await reader.GetStringAsync(path);
        }

        return page;
    }

    /// <summary>Server processes of the listening connections of both nodes on the database.</summary>
    private static Task<List<int>> ListenersAsync(ClaroApp node, string database) =>
        node.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT pid AS \"Value\" FROM pg_stat_activity WHERE application_name = 'claro-reader-changes' AND datname = {database} ORDER BY pid").ToListAsync());
}
