using System.Net.Http.Json;
using System.Text.Json;
using Claro.Tests.Support;

namespace Claro.Tests.Links;

/// <summary>
/// Links between explainers follow the reader's language: authors link any language's page, readers
/// reach their own language's page and heading where it is published, and the stored HTML follows
/// when that changes. The sample content (published in English and Spanish) is the web of pages linked to.
/// </summary>
[Trait("Category", "Database")]
public sealed class PageLinkTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private async Task<string> PublishedEnglishAsync(string slug, string body)
    {
        var id = await app.CreateDocumentAsync(slug, body);
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        return id;
    }

    private async Task PublishSpanishAsync(string id, string slug, string body, int baseVersion = 0)
    {
        var draft = new { slug, title = "Página de prueba", summary = "Una página.", body, changeNote = "Traducción", baseVersion };
        (await app.SaveDraftAsync(ClaroApp.Translator, id, "es", draft)).EnsureSuccessStatusCode();
        await app.ReviewAndPublishAsync(id, ("es", ClaroApp.Translator));
    }

    [Fact]
    public async Task A_translation_that_keeps_the_source_links_sends_Spanish_readers_to_the_Spanish_pages_and_headings()
    {
        var id = await PublishedEnglishAsync("links-follow", "See [how the call works](/en/ice-help#call) and [our policy](/en/IMMIGRATION#policy).");
        await PublishSpanishAsync(id, "enlaces-siguen", "Vea [cómo se atiende la llamada](/en/ice-help#call) y [la política](/en/IMMIGRATION#policy).");

        var spanish = await ReaderBody.LinksAsync(app.Reader(), "/es/enlaces-siguen");
        var english = await ReaderBody.LinksAsync(app.Reader(), "/en/links-follow");
        var delivered = await app.Reader().GetFromJsonAsync<JsonElement>("/api/v1/documents/es/enlaces-siguen");

        Assert.Equal([("/es/ice-pide-ayuda#llamada", null), ("/es/inmigracion#politica", null)], spanish.Select(l => (l.Href, l.HrefLang)));
        Assert.Equal([("/en/ice-help#call", null), ("/en/immigration#policy", null)], english.Select(l => (l.Href, l.HrefLang)));
        Assert.Contains("href=\"/es/ice-pide-ayuda#llamada\"", delivered.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_an_explainer_without_a_Spanish_page_marks_the_English_page_until_the_Spanish_one_is_published()
    {
        var target = await PublishedEnglishAsync("only-english", "Intro.\n\n## First {#first}\n\nOne.\n\n## Second {#second}\n\nTwo.");
        var id = await PublishedEnglishAsync("links-wait", "Read [the second part](/en/only-english#second).");
        await PublishSpanishAsync(id, "enlaces-esperan", "Lea [la segunda parte](/en/only-english#second).");
        var before = await ReaderBody.LinksAsync(app.Reader(), "/es/enlaces-esperan");

        await PublishSpanishAsync(target, "solo-ingles", "Intro.\n\n## Primera {#primera}\n\nUna.\n\n## Segunda {#segunda}\n\nDos.");
        var after = await ReaderBody.LinksAsync(app.Reader(), "/es/enlaces-esperan");

        Assert.Equal(("/en/only-english#second", "en"), (before.Single().Href, before.Single().HrefLang));
        Assert.Equal(("/es/solo-ingles#segunda", null), (after.Single().Href, after.Single().HrefLang));
    }

    [Fact]
    public async Task When_the_linked_page_moves_to_a_new_address_the_pages_linking_to_it_follow()
    {
        var target = await PublishedEnglishAsync("moving-page", "Text.");
        await PublishSpanishAsync(target, "pagina-vieja", "Texto.");
        var id = await PublishedEnglishAsync("links-move", "See [the page](/en/moving-page).");
        await PublishSpanishAsync(id, "enlaces-mueven", "Vea [la página](/es/pagina-vieja).");

        await PublishSpanishAsync(target, "pagina-nueva", "Texto.", baseVersion: 1);
        var moved = await ReaderBody.LinksAsync(app.Reader(), "/es/enlaces-mueven");
        await PublishSpanishAsync(id, "enlaces-mueven", "Vea [la página](/es/pagina-vieja) otra vez.", baseVersion: 1);
        var writtenWithTheOldAddress = await ReaderBody.LinksAsync(app.Reader(), "/es/enlaces-mueven");

        Assert.Equal("/es/pagina-nueva", moved.Single().Href);
        Assert.Equal("/es/pagina-nueva", writtenWithTheOldAddress.Single().Href);
    }

    [Fact]
    public async Task A_link_written_before_its_page_existed_follows_once_the_page_is_published()
    {
        var id = await PublishedEnglishAsync("links-early", "See [the coming page](/en/coming-page).");
        await PublishSpanishAsync(id, "enlaces-tempranos", "Vea [la página que viene](/en/coming-page).");
        var before = await ReaderBody.LinksAsync(app.Reader(), "/es/enlaces-tempranos");

        var coming = await PublishedEnglishAsync("coming-page", "Text.");
        var inEnglish = await ReaderBody.LinksAsync(app.Reader(), "/es/enlaces-tempranos");
        await PublishSpanishAsync(coming, "pagina-que-viene", "Texto.");
        var inSpanish = await ReaderBody.LinksAsync(app.Reader(), "/es/enlaces-tempranos");

        Assert.Equal(("/en/coming-page", null), (before.Single().Href, before.Single().HrefLang));
        Assert.Equal(("/en/coming-page", "en"), (inEnglish.Single().Href, inEnglish.Single().HrefLang));
        Assert.Equal(("/es/pagina-que-viene", null), (inSpanish.Single().Href, inSpanish.Single().HrefLang));
    }

    [Fact]
    public async Task Explainers_published_at_the_same_moment_both_reach_the_page_that_links_them()
    {
        var first = await PublishedEnglishAsync("race-first", "One.");
        var second = await PublishedEnglishAsync("race-second", "Two.");
        var id = await PublishedEnglishAsync("race-links", "See [one](/en/race-first) and [two](/en/race-second).");
        await PublishSpanishAsync(id, "carrera-enlaces", "Vea [uno](/en/race-first) y [dos](/en/race-second).");
        foreach (var (document, slug) in new[] { (first, "carrera-uno"), (second, "carrera-dos") })
        {
            var draft = new { slug, title = "Prueba", summary = "", body = "Texto.", changeNote = "", baseVersion = 0 };
            (await app.SaveDraftAsync(ClaroApp.Translator, document, "es", draft)).EnsureSuccessStatusCode();
            (await app.StepAsync(ClaroApp.Translator, document, "es", "submit")).EnsureSuccessStatusCode();
            (await app.ApproveAsync(ClaroApp.Reviewer, document, "es")).EnsureSuccessStatusCode();
        }

        var published = await Task.WhenAll(app.PublishAsync(first, ["es"]), app.PublishAsync(second, ["es"]));
        var links = await ReaderBody.LinksAsync(app.Reader(), "/es/carrera-enlaces");

        Assert.All(published, p => p.EnsureSuccessStatusCode());
        Assert.Equal(["/es/carrera-uno", "/es/carrera-dos"], links.Select(l => l.Href));
    }

    [Fact]
    public async Task A_link_its_author_marked_with_hreflang_keeps_its_address()
    {
        var id = await PublishedEnglishAsync("links-chosen", "Text.");
        await PublishSpanishAsync(id, "enlaces-elegidos", "Lea [el texto original en inglés](/en/immigration){hreflang=en}.");

        var link = (await ReaderBody.LinksAsync(app.Reader(), "/es/enlaces-elegidos")).Single();

        Assert.Equal(("/en/immigration", "en"), (link.Href, link.HrefLang));
    }
}
