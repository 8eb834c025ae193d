using System.Net;
using System.Net.Http.Json;
using System.Text;
using Claro.Recipes;
using Claro.Staff;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claro.Tests.Reading;

/// <summary>
/// A blog imported from Orchard Core keeps its posts' old addresses (<c>/community-notes/new-hours-at-the-east-station</c>)
/// working: residents' bookmarks and other sites' links are sent on for good to the post's page.
/// </summary>
[Trait("Category", "Database")]
public sealed class OrchardAddressTests(ClaroApp site) : IClassFixture<ClaroApp>
{
    private const string OldPath = "/community-notes/new-hours-at-the-east-station";
    private const string NewPath = "/en/community-notes-new-hours-at-the-east-station";

    [Fact]
    public async Task A_blog_posts_old_address_answers_301_to_its_page_once_published_and_follows_the_page_when_its_slug_changes()
    {
        var posts = await ImportBlogAsync();
        var reader = site.Reader();
        var beforePublishing = await reader.GetAsync(OldPath);
        var id = posts["community-notes/new-hours-at-the-east-station"];
        (await site.ApproveAsync(ClaroApp.Reviewer, id, "en")).EnsureSuccessStatusCode();
        (await site.PublishAsync(id, ["en"])).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, beforePublishing.StatusCode);
        foreach (var typed in (string[])[OldPath, "/en" + OldPath, OldPath + "/", "/Community-Notes/NEW-Hours-at-the-East-Station", "/communíty-notes/new-hours-at-the-éast-station"])
        {
            var redirect = await reader.GetAsync(typed);
            Assert.True(redirect.StatusCode == HttpStatusCode.MovedPermanently, $"{typed}: {(int)redirect.StatusCode}");
            Assert.Equal(NewPath, redirect.Headers.Location?.OriginalString);
        }

        var page = await reader.GetAsync(NewPath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<strong>until 9 p.m.</strong>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/es" + OldPath)).StatusCode);
        var unknown = await reader.GetAsync("/es/community-notes/new-hours");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("<html lang=\"es\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var latest = (await site.CultureStateAsync(id, "en")).GetProperty("latestVersion").GetInt32();
        (await site.SaveDraftAsync(ClaroApp.Author, id, "en", new
        {
            slug = "east-station-hours", title = "New hours at the east station", summary = "Open later.", body = "Open **until 9 p.m.**",
            changeNote = "A shorter address.", baseVersion = latest,
        })).EnsureSuccessStatusCode();
        await site.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        Assert.Equal("/en/east-station-hours", (await reader.GetAsync(OldPath)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_withdrawn_posts_old_address_leads_to_its_own_address_which_answers_410()
    {
        var posts = await ImportBlogAsync();
        var id = posts["community-notes/coffee-with-an-officer"];
        (await site.ApproveAsync(ClaroApp.Reviewer, id, "en")).EnsureSuccessStatusCode();
        (await site.PublishAsync(id, ["en"])).EnsureSuccessStatusCode();
        var publisher = await site.SignInAsync(ClaroApp.Publisher);
        (await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{id}/withdraw", new { reason = "The programme ended." })).EnsureSuccessStatusCode();
        var reader = site.Reader();

        var old = await reader.GetAsync("/community-notes/coffee-with-an-officer");
        var own = await reader.GetAsync("/en/community-notes-coffee-with-an-officer");

        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/en/community-notes-coffee-with-an-officer", old.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Gone, own.StatusCode);
        Assert.Contains("The programme ended.", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Imports the blog once for the class (it waits for review on a site with content); returns the document of each post by its Orchard path.</summary>
    private Task<Dictionary<string, string>> ImportBlogAsync() => ImportBlogAsync(site);

    internal static async Task<Dictionary<string, string>> ImportBlogAsync(ClaroApp site)
    {
        var posts = await PagesAsync(site);
        if (posts.Count == 0)
        {
            await using var scope = site.Services.CreateAsyncScope();
            var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Recipes", "Samples", "orchard-blog.recipe.json"));
            await scope.ServiceProvider.GetRequiredService<RecipeImporter>().ImportAsync(
                new MemoryStream(Encoding.UTF8.GetBytes(json)), "orchard-blog.recipe.json", new Actor(ClaroApp.Admin, new HashSet<string>(Roles.All)));
            posts = await PagesAsync(site);
        }

        return posts;
    }

    private static Task<Dictionary<string, string>> PagesAsync(ClaroApp site) =>
        site.WithDbAsync(db => db.Items.Where(i => i.OrchardPath != null && i.OrchardPath.StartsWith("community-notes/"))
            .ToDictionaryAsync(i => i.OrchardPath!, i => i.DocumentId));
}
