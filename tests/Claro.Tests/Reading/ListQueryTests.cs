using System.Net.Http.Json;
using Claro.Reading;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Claro.Tests.Reading;

/// <summary>
/// The readers' list is read with its own SQL (so that a new node's first page does not start EF Core's query
/// pipeline); it must select and order exactly what the model's definition of a published explainer does, on SQLite
/// and on PostgreSQL: nothing withdrawn, nothing never published, nothing of another language.
/// </summary>
[Trait("Category", "Database")]
public sealed class ListQueryTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    [Fact]
    public async Task The_list_holds_what_readers_can_see_in_the_model_s_order()
    {
        var englishOnly = await app.CreateDocumentAsync("list-english-only", "Only in English.", title: "Aardvark policy");
        await app.ReviewAndPublishAsync(englishOnly, ("en", ClaroApp.Author));
        await app.CreateDocumentAsync("list-never-published", "A draft.", title: "Aardwolf policy");
        var withdrawn = await app.CreateDocumentAsync("list-withdrawn", "Gone.", title: "Abacus policy");
        await app.ReviewAndPublishAsync(withdrawn, ("en", ClaroApp.Author));
        var publisher = await app.SignInAsync(ClaroApp.Publisher);
        (await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{withdrawn}/withdraw", new { reason = "Replaced." })).EnsureSuccessStatusCode();

        foreach (var culture in new[] { "en", "es" })
        {
            var listed = await app.WithDbAsync(db => db.ListAsync(culture));
            var expected = await app.WithDbAsync(db => db.Items.AsNoTracking().Published().InCulture(culture)
                .OrderBy(i => i.PublishedVersion!.Title).ThenBy(i => i.Id)
                .Select(i => new PageSummary(i.DocumentId, i.Culture, i.Slug, i.PublishedVersion!.Title, i.PublishedVersion.Summary,
                    i.PublishedVersion.PublishedUtc ?? i.PublishedVersion.CreatedUtc, i.PublishedVersion.Number))
                .ToListAsync());

            Assert.Equal(expected, listed);
            Assert.All(listed, p => Assert.Equal(DateTimeKind.Utc, p.UpdatedUtc.Kind));
            Assert.DoesNotContain(listed, p => p.Slug is "list-never-published" or "list-withdrawn");
        }

        var english = await app.WithDbAsync(db => db.ListAsync("en"));
        Assert.Equal("list-english-only", english[0].Slug);
        Assert.DoesNotContain(await app.WithDbAsync(db => db.ListAsync("es")), p => p.DocumentId == englishOnly);

        var firstOfTwo = await app.WithDbAsync(db => db.ListPageAsync("en", 1, 1));
        Assert.Equal(english.Count, firstOfTwo.Total);
        Assert.Equal(english.Count, firstOfTwo.PageCount);
        Assert.Equal("list-english-only", Assert.Single(firstOfTwo.Pages).Slug);
    }
}
